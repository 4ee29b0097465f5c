import type { OpenAIChatChoice, OpenAIChatChunk, OpenAIChatCustomTool, OpenAIChatFunction, OpenAIChatToolCallDelta } from './OpenAIChatChunk';
import type { StreamPart } from '../StreamPart';
import type { EmitStreamPart, StreamDecoder } from '../StreamDecoder';
import { completionAsChunk } from './completionAsChunk';
import { createInBandError } from '../createInBandError';
import { createToolCallIndexer, type ToolCallIndexer } from './createToolCallIndexer';
import { emitContentParts } from './emitContentParts';
import { normalizeOpenAIUsage } from './normalizeOpenAIUsage';
import { argumentsText, choiceIndex, groqUsage, nonEmptyString, readMetadata } from './openAIChatFields';
import { parseJsonFrame } from '../parseJsonFrame';

const CHAR_OPEN_BRACKET = 91;
const CHAR_SPACE = 32;

type ToolCallDelta = Extract<StreamPart, { type: 'tool-call' }>;

/** Emits one tool-call delta from a function object (`name`, `arguments`) or a custom tool's (`name`, `input`). */
function emitToolCall(emit: EmitStreamPart, choice: number, index: number, id: string | undefined, source: unknown, custom: boolean): void {
  const fields = typeof source === 'object' && source !== null ? (source as OpenAIChatFunction & OpenAIChatCustomTool) : undefined;
  const part: ToolCallDelta = {
    type: 'tool-call',
    choice,
    index,
    id,
    name: nonEmptyString(fields?.name),
    argumentsDelta: argumentsText(custom ? fields?.input : fields?.arguments),
  };
  if (custom) part.custom = true;
  emit(part);
}

/**
 * Creates a decoder for the OpenAI Chat Completions stream (`/v1/chat/completions` with
 * `stream: true`) and the many servers that copy it: Azure, DeepSeek, Groq, Mistral, Ollama, vLLM,
 * llama.cpp, OpenRouter, and Claude behind compatible endpoints.
 *
 * Emits, per frame and in this order: `metadata` once (on the first frame with a real id or model),
 * then for each choice its `reasoning` (`reasoning_content` or `reasoning`), `text` (a `content`
 * array of typed chunks, as Mistral sends, gives `reasoning` and `text` parts in array order),
 * `refusal`, `tool-call` parts (legacy `function_call` as call 0; a `type: 'custom'` call marked
 * `custom`) and `finish`, then `usage` when the frame carries a usage object (or, failing that, Groq's
 * `x_groq.usage`). `data: [DONE]` (trailing spaces allowed, as Azure sends) emits `done`;
 * an `{"error": …}` frame emits an `error` part with a `'server'` error. A frame that is not a JSON
 * object, or whose `choices[].index` is not an integer from 0 to 127, throws a `'protocol'` error; a
 * missing index means choice 0.
 *
 * A server that ignored `stream: true` and sent one `chat.completion` JSON body is read by
 * `decodeCompletion` with the same rules, its `metadata` part marked `streamed: false`.
 *
 * This runs once per token, so it allocates nothing per frame beyond the parts it emits.
 */
export function createOpenAIChatDecoder(): StreamDecoder {
  let metadataSent = false;
  let toolCalls: ToolCallIndexer | undefined;

  function decodeToolCalls(choice: number, calls: unknown[], emit: EmitStreamPart): void {
    toolCalls ??= createToolCallIndexer();
    for (let i = 0; i < calls.length; i++) {
      const call = calls[i] as OpenAIChatToolCallDelta | null | undefined;
      if (typeof call !== 'object' || call === null) continue;
      const id = nonEmptyString(call.id);
      const index = toolCalls.resolve(choice, call.index, id);
      const custom = call.custom;
      // A custom tool's input is free text, not JSON: the part says so, so the store never JSON-parses it.
      if ((typeof custom === 'object' && custom !== null) || call.type === 'custom') emitToolCall(emit, choice, index, id, custom, true);
      else emitToolCall(emit, choice, index, id, call.function, false);
    }
  }

  function decodeChoice(entry: OpenAIChatChoice, emit: EmitStreamPart): void {
    const wireIndex = entry.index;
    // Nearly every frame is choice 0; only other indexes pay for the range check.
    const choice = wireIndex === 0 ? 0 : choiceIndex(wireIndex);
    const delta = entry.delta;
    if (typeof delta === 'object' && delta !== null) {
      // DeepSeek sends `reasoning_content`, Ollama and OpenRouter `reasoning`; never emit both.
      let reasoning = delta.reasoning_content;
      if (typeof reasoning !== 'string' || reasoning === '') reasoning = delta.reasoning;
      if (typeof reasoning === 'string' && reasoning !== '') emit({ type: 'reasoning', choice, delta: reasoning });
      const content = delta.content;
      // The string test comes first: it is the per-token path, and arrays (Mistral's typed chunks) are rare.
      if (typeof content === 'string') {
        if (content !== '') emit({ type: 'text', choice, delta: content });
      } else if (Array.isArray(content)) emitContentParts(choice, content, emit);
      const refusal = delta.refusal;
      if (typeof refusal === 'string' && refusal !== '') emit({ type: 'refusal', choice, delta: refusal });
      const calls = delta.tool_calls;
      if (Array.isArray(calls)) decodeToolCalls(choice, calls, emit);
      const legacy = delta.function_call;
      // The legacy call has no id and there is only ever one; the store generates the id.
      if (typeof legacy === 'object' && legacy !== null) emitToolCall(emit, choice, 0, undefined, legacy, false);
    }
    const reason = entry.finish_reason;
    if (typeof reason === 'string' && reason !== '') emit({ type: 'finish', choice, reason });
  }

  function decodeChunk(chunk: OpenAIChatChunk, emit: EmitStreamPart): void {
    const choices = chunk.choices;
    if (!Array.isArray(choices) && chunk.error !== undefined && chunk.error !== null) {
      emit({ type: 'error', error: createInBandError(chunk) });
      return;
    }
    if (!metadataSent) {
      const metadata = readMetadata(chunk);
      if (metadata !== undefined) {
        metadataSent = true;
        emit(metadata);
      }
    }
    if (Array.isArray(choices)) {
      for (let i = 0; i < choices.length; i++) {
        const entry = choices[i] as OpenAIChatChoice | null | undefined;
        if (typeof entry === 'object' && entry !== null) decodeChoice(entry, emit);
      }
    }
    let usage = chunk.usage;
    // Groq sends usage in its `x_groq` extension, not always with a top-level copy.
    if (usage === undefined || usage === null) usage = groqUsage(chunk.x_groq);
    if (typeof usage === 'object' && usage !== null) emit({ type: 'usage', usage: normalizeOpenAIUsage(usage) });
  }

  return {
    decode(event, emit) {
      const data = event.data;
      if (data === '') return;
      const first = data.charCodeAt(0);
      // Only frames that start with `[` or whitespace can be the terminator or blank, so only they pay for a trim.
      if (first === CHAR_OPEN_BRACKET || first <= CHAR_SPACE) {
        const trimmed = data.trim();
        if (trimmed === '[DONE]') {
          emit({ type: 'done' });
          return;
        }
        if (trimmed === '') return;
      }
      decodeChunk(parseJsonFrame<OpenAIChatChunk>(data), emit);
    },
    decodeCompletion(body, emit) {
      const chunk = completionAsChunk(body);
      if (Array.isArray(chunk.choices)) {
        metadataSent = true;
        emit({ ...(readMetadata(chunk) ?? { type: 'metadata' }), streamed: false });
      }
      decodeChunk(chunk, emit);
      emit({ type: 'done' });
    },
  };
}
