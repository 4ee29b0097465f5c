import type { EmitStreamPart, StreamDecoder } from '../StreamDecoder';
import type { StreamPart } from '../StreamPart';
import { parseJsonFrame } from '../parseJsonFrame';
import { createOutputItems, type OpenKind } from './createOutputItems';
import { createResponseLifecycle } from './createResponseLifecycle';
import { emitItemAdded, emitItemDone } from './emitOutputItem';
import { HOSTED_TOOL_PROGRESS } from './hostedToolCalls';
import type { OpenAIResponsesEvent } from './OpenAIResponsesEvent';
import { readAnnotation } from './readAnnotation';
import { decodeResponseBody } from './decodeResponseBody';
import { deltaOf, eventType, itemOf, outputIndex, responseOf, subIndex } from './responsesFields';

/**
 * Creates a decoder for the OpenAI Responses API stream (`/v1/responses` with `stream: true`), from
 * OpenAI, Azure, GitHub Copilot and the servers that copy it. The event is named by its JSON `type`
 * (the `event:` line is optional, as in the 2025-03 shape).
 *
 * Pieces are tied to their output item by `output_index`, never by `item_id` (GitHub Copilot rotates
 * it on every event). Each output item, and each summary or content entry in it, is a part of its own:
 * a `part-end` is emitted when the next delta belongs elsewhere and when an item ends.
 *
 * - `response.output_text.delta` → `text` (with the item id, and message `phase`, in `providerData`);
 *   `response.refusal.delta` → `refusal`; `response.reasoning_summary_text.delta` and
 *   `response.reasoning_text.delta` → `reasoning`, with the item id in `providerData`.
 * - A reasoning item's `encrypted_content` (sent with `include: ['reasoning.encrypted_content']`) →
 *   `encrypted` on that item's last reasoning part.
 * - Function calls (`function_call_arguments.delta`) and custom tool calls (`custom_tool_call_input.delta`)
 *   → `tool-call` parts with `index` = `output_index`, ended on `output_item.done`.
 * - Hosted tools (web search, file search, code interpreter, image generation, MCP) → `tool-call` parts
 *   marked `providerExecuted`, their progress as `providerData.status`, their input and result on
 *   `output_item.done` (`tool-result`; a generated image is also a `file` part). MCP arguments and
 *   code interpreter code stream as they are written (the code as the `code` string of the arguments).
 * - Output-text annotations → `source` parts, after the text of their item (see `readAnnotation`).
 * - Lifecycle, usage, finish and errors: see `createResponseLifecycle`.
 * - Every `sequence_number` → a `metadata` part with `sequenceNumber`, so the message keeps the last.
 *
 * A frame that is not a JSON object, has no string `type`, or lacks a field its event needs (an
 * `output_index`, a string `delta`, an `item`) throws a `'protocol'` error naming it. Unknown events are
 * ignored, so new event types never break a stream. A server that ignored `stream: true` and sent one
 * response object is read by `decodeCompletion`.
 */
export function createOpenAIResponsesDecoder(): StreamDecoder {
  const items = createOutputItems();
  const lifecycle = createResponseLifecycle();

  // Text-like deltas, the per-token path: a part literal, and `providerData` only on a part's first delta.
  function textLike(kind: OpenKind, event: OpenAIResponsesEvent, type: string, sub: unknown, emit: EmitStreamPart): void {
    const index = outputIndex(event, type);
    const delta = deltaOf(event, type);
    if (delta === '') return;
    const item = items.at(index);
    item.streamed = true;
    const opened = items.open(kind, index, subIndex(sub), emit);
    if (kind === 'refusal') return emit({ type: 'refusal', choice: 0, delta });
    const part: StreamPart = kind === 'text' ? { type: 'text', choice: 0, delta } : { type: 'reasoning', choice: 0, delta };
    if (opened && item.providerData) part.providerData = item.providerData;
    emit(part);
  }

  function toolInput(event: OpenAIResponsesEvent, type: string, emit: EmitStreamPart): void {
    const index = outputIndex(event, type);
    let argumentsDelta = deltaOf(event, type);
    const item = items.at(index);
    const part: StreamPart = { type: 'tool-call', choice: 0, index, argumentsDelta };
    if (type === 'response.custom_tool_call_input.delta') part.custom = true;
    else if (type !== 'response.function_call_arguments.delta') part.providerExecuted = true;
    if (type === 'response.code_interpreter_call_code.delta') {
      // The code streams as the `code` string of the call's JSON arguments, so the UI sees it grow;
      // `output_item.done` closes the object.
      argumentsDelta = JSON.stringify(argumentsDelta).slice(1, -1);
      part.argumentsDelta = item.streamed ? argumentsDelta : `{"code":"${argumentsDelta}`;
    }
    item.streamed = true;
    emit(part);
  }

  function decodeEvent(event: OpenAIResponsesEvent, emit: EmitStreamPart): void {
    const type = eventType(event);
    switch (type) {
      case 'response.output_text.delta':
        return textLike('text', event, type, event.content_index, emit);
      case 'response.reasoning_summary_text.delta':
        return textLike('summary', event, type, event.summary_index, emit);
      case 'response.reasoning_text.delta':
        return textLike('reasoning', event, type, event.content_index, emit);
      case 'response.refusal.delta':
        return textLike('refusal', event, type, event.content_index, emit);
      case 'response.function_call_arguments.delta':
      case 'response.custom_tool_call_input.delta':
      case 'response.mcp_call_arguments.delta':
      case 'response.code_interpreter_call_code.delta':
        return toolInput(event, type, emit);
      case 'response.output_item.added':
        return emitItemAdded(items, outputIndex(event, type), itemOf(event, type), emit);
      case 'response.output_item.done':
        return emitItemDone(items, outputIndex(event, type), itemOf(event, type), emit);
      case 'response.output_text.annotation.added': {
        const item = items.at(outputIndex(event, type));
        item.annotated = true;
        const source = readAnnotation(event.annotation);
        if (source) (item.sources ??= []).push(source);
        return;
      }
      case 'response.created':
      case 'response.queued':
      case 'response.in_progress':
      case 'response.completed':
      case 'response.incomplete':
      case 'response.failed':
        return lifecycle.response(type, responseOf(event, type), emit);
      case 'error':
        return lifecycle.error(event, emit);
    }
    const status = HOSTED_TOOL_PROGRESS.get(type);
    if (status !== undefined) {
      const index = outputIndex(event, type);
      // Progress of a call whose item was never announced has no part to update.
      if (items.at(index).kind !== '') {
        emit({ type: 'tool-call', choice: 0, index, argumentsDelta: '', providerExecuted: true, providerData: { status } });
      }
    }
  }

  return {
    decode(event, emit) {
      const data = event.data;
      if (data === '') return;
      // Proxies that translate other formats sometimes end with the Chat Completions terminator.
      if (data.charCodeAt(0) === 91 /* [ */ && data.trim() === '[DONE]') return emit({ type: 'done' });
      const frame = parseJsonFrame<OpenAIResponsesEvent>(data);
      decodeEvent(frame, emit);
      const sequenceNumber = frame.sequence_number;
      if (typeof sequenceNumber === 'number') emit({ type: 'metadata', sequenceNumber });
    },
    decodeCompletion(body, emit) {
      decodeResponseBody(body, items, lifecycle, emit);
    },
  };
}
