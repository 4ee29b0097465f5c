import type { EmitStreamPart } from '../StreamDecoder';

/** One entry of an array `content`; every field is checked before use. */
interface ContentChunk {
  type?: unknown;
  text?: unknown;
  thinking?: unknown;
  refusal?: unknown;
}

const isChunk = (value: unknown): value is ContentChunk => typeof value === 'object' && value !== null;

/** Emits `value` as a delta of `type` when it is a non-empty string; anything else carries no text. */
function emitDelta(type: 'text' | 'reasoning' | 'refusal', choice: number, value: unknown, emit: EmitStreamPart): void {
  if (typeof value === 'string' && value !== '') emit({ type, choice, delta: value });
}

/** Emits a thinking chunk's `thinking` (a string, or a list of `{type:'text', text}` entries) as reasoning. */
function emitThinking(choice: number, thinking: unknown, emit: EmitStreamPart): void {
  if (!Array.isArray(thinking)) return emitDelta('reasoning', choice, thinking, emit);
  for (let i = 0; i < thinking.length; i++) {
    const inner: unknown = thinking[i];
    // Mistral's thinking list holds text chunks and reference chunks; references carry no text.
    if (isChunk(inner) && inner.type === 'text') emitDelta('reasoning', choice, inner.text, emit);
  }
}

/**
 * Emits the parts of a `content` sent as an array of typed chunks instead of a string, in the order
 * of the array. Mistral does this in streams and whole answers of its reasoning models:
 * `{type:'text', text}` is answer text, `{type:'thinking', thinking:[{type:'text', text}, …]}` is
 * reasoning (a plain-string `thinking` is read too). `{type:'refusal', refusal}`, the OpenAI content
 * part, is refusal text. Anything else (`reference` citations, images, unknown types, malformed
 * entries) carries nothing this message model can show, and is skipped rather than failing the stream.
 */
export function emitContentParts(choice: number, content: readonly unknown[], emit: EmitStreamPart): void {
  for (let i = 0; i < content.length; i++) {
    const chunk = content[i];
    if (!isChunk(chunk)) continue;
    switch (chunk.type) {
      case 'text':
        emitDelta('text', choice, chunk.text, emit);
        break;
      case 'thinking':
        emitThinking(choice, chunk.thinking, emit);
        break;
      case 'refusal':
        emitDelta('refusal', choice, chunk.refusal, emit);
        break;
    }
  }
}
