import type { EmitStreamPart } from '../StreamDecoder';

/** One entry of an array `content`; every field is checked before use. */
interface ContentChunk {
  type?: unknown;
  text?: unknown;
  thinking?: unknown;
  refusal?: unknown;
}

const isChunk = (value: unknown): value is ContentChunk => typeof value === 'object' && value !== null;

/** Emits the text of each `{type:'text', text}` entry of a thinking chunk's `thinking` list as reasoning. */
function emitThinking(choice: number, thinking: unknown, emit: EmitStreamPart): void {
  if (typeof thinking === 'string') {
    if (thinking !== '') emit({ type: 'reasoning', choice, delta: thinking });
    return;
  }
  if (!Array.isArray(thinking)) return;
  for (let i = 0; i < thinking.length; i++) {
    const inner: unknown = thinking[i];
    // Mistral's thinking list holds text chunks and reference chunks; references carry no text.
    if (isChunk(inner) && inner.type === 'text' && typeof inner.text === 'string' && inner.text !== '') {
      emit({ type: 'reasoning', choice, delta: inner.text });
    }
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
        if (typeof chunk.text === 'string' && chunk.text !== '') emit({ type: 'text', choice, delta: chunk.text });
        break;
      case 'thinking':
        emitThinking(choice, chunk.thinking, emit);
        break;
      case 'refusal':
        if (typeof chunk.refusal === 'string' && chunk.refusal !== '') emit({ type: 'refusal', choice, delta: chunk.refusal });
        break;
    }
  }
}
