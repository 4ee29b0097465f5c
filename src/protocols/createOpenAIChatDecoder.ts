import { ChatStreamError } from '../sse/ChatStreamError';
import type { OpenAIChatChoice, OpenAIChatChunk, OpenAIChatFunction, OpenAIChatToolCallDelta } from './OpenAIChatChunk';
import type { EmitStreamPart, StreamDecoder } from './StreamDecoder';
import type { StreamPart } from './StreamPart';
import { createInBandError } from './createInBandError';
import { createToolCallIndexer, type ToolCallIndexer } from './createToolCallIndexer';
import { normalizeOpenAIUsage } from './normalizeOpenAIUsage';
import { parseJsonFrame } from './parseJsonFrame';

const CHAR_OPEN_BRACKET = 91;
const CHAR_SPACE = 32;

/**
 * Choices per response: OpenAI caps `n` at 128. A larger, negative or fractional `choices[].index` is
 * not an answer but a broken or hostile server, and it would cost every later snapshot (and the UI)
 * work in proportion to the index rather than to what arrived.
 */
const MAX_CHOICES = 128;

function choiceIndex(value: unknown): number {
  if (typeof value !== 'number') return 0;
  if (Number.isInteger(value) && value >= 0 && value < MAX_CHOICES) return value;
  throw new ChatStreamError(
    'protocol',
    `Malformed stream frame: choices[].index ${value} is out of range (expected an integer from 0 to ${MAX_CHOICES - 1}).`,
  );
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function argumentsText(value: unknown): string {
  if (typeof value === 'string') return value;
  // A few servers send arguments as an object rather than JSON text; the store expects text.
  return value === undefined || value === null ? '' : JSON.stringify(value);
}

/** The first frame's id and model, skipping the empty placeholders of Azure's filter frames. */
function readMetadata(chunk: OpenAIChatChunk): StreamPart | undefined {
  const id = nonEmptyString(chunk.id);
  const model = nonEmptyString(chunk.model);
  if (id === undefined && model === undefined) return undefined;
  const part: Extract<StreamPart, { type: 'metadata' }> = { type: 'metadata' };
  if (id !== undefined) part.id = id;
  if (model !== undefined) part.model = model;
  // `created: 0` is a placeholder (Azure, sanitized recordings), not 1970.
  if (typeof chunk.created === 'number' && chunk.created > 0) part.created = chunk.created;
  return part;
}

/**
 * Creates a decoder for the OpenAI Chat Completions stream (`/v1/chat/completions` with
 * `stream: true`) and the many servers that copy it: Azure, DeepSeek, Groq, Mistral, Ollama, vLLM,
 * llama.cpp, OpenRouter, and Claude behind compatible endpoints.
 *
 * Emits, per frame and in this order: `metadata` once (on the first frame with a real id or model),
 * then for each choice its `reasoning` (`reasoning_content` or `reasoning`), `text`, `refusal`,
 * `tool-call` parts (legacy `function_call` as call 0) and `finish`, then `usage` when the frame
 * carries a usage object. `data: [DONE]` (trailing spaces allowed, as Azure sends) emits `done`;
 * an `{"error": …}` frame emits an `error` part with a `'server'` error. A frame that is not a JSON
 * object, or whose `choices[].index` is not an integer from 0 to 127, throws a `'protocol'` error; a
 * missing index means choice 0.
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
      const fn = call.function;
      const hasFunction = typeof fn === 'object' && fn !== null;
      emit({
        type: 'tool-call',
        choice,
        index: toolCalls.resolve(choice, call.index, id),
        id,
        name: hasFunction ? nonEmptyString(fn.name) : undefined,
        argumentsDelta: hasFunction ? argumentsText(fn.arguments) : '',
      });
    }
  }

  function decodeChoice(entry: OpenAIChatChoice, emit: EmitStreamPart): void {
    const choice = choiceIndex(entry.index);
    const delta = entry.delta;
    if (typeof delta === 'object' && delta !== null) {
      // DeepSeek sends `reasoning_content`, Ollama and OpenRouter `reasoning`; never emit both.
      let reasoning = delta.reasoning_content;
      if (typeof reasoning !== 'string' || reasoning === '') reasoning = delta.reasoning;
      if (typeof reasoning === 'string' && reasoning !== '') emit({ type: 'reasoning', choice, delta: reasoning });
      const content = delta.content;
      if (typeof content === 'string' && content !== '') emit({ type: 'text', choice, delta: content });
      const refusal = delta.refusal;
      if (typeof refusal === 'string' && refusal !== '') emit({ type: 'refusal', choice, delta: refusal });
      const calls = delta.tool_calls;
      if (Array.isArray(calls)) decodeToolCalls(choice, calls, emit);
      const legacy: OpenAIChatFunction | null | undefined = delta.function_call;
      if (typeof legacy === 'object' && legacy !== null) {
        // The legacy call has no id and there is only ever one; the store generates the id.
        const name = nonEmptyString(legacy.name);
        emit({ type: 'tool-call', choice, index: 0, id: undefined, name, argumentsDelta: argumentsText(legacy.arguments) });
      }
    }
    const reason = entry.finish_reason;
    if (typeof reason === 'string' && reason !== '') emit({ type: 'finish', choice, reason });
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
      const chunk = parseJsonFrame<OpenAIChatChunk>(data);
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
      const usage = chunk.usage;
      if (typeof usage === 'object' && usage !== null) emit({ type: 'usage', usage: normalizeOpenAIUsage(usage) });
    },
  };
}
