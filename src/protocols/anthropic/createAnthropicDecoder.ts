import type { EmitStreamPart, StreamDecoder } from '../StreamDecoder';
import { createInBandError } from '../createInBandError';
import { parseJsonFrame } from '../parseJsonFrame';
import type { AnthropicContentBlock, AnthropicDelta, AnthropicStreamEvent } from './AnthropicStreamEvent';
import { createContentBlockDecoder } from './createContentBlockDecoder';
import { messageAsEvents } from './messageAsEvents';
import { isRecord, malformedEvent, nonEmptyString } from './malformedEvent';
import { mergeAnthropicUsage, normalizeAnthropicUsage } from './normalizeAnthropicUsage';

/** The transient `data` part with a `message_delta`'s `stop_details` (a refusal's `category` and `explanation`). */
export const ANTHROPIC_STOP_DETAILS_DATA = 'anthropic-stop-details';
/** The transient `data` part with the code execution `container` (`id`, `expires_at`) to reuse on the next request. */
export const ANTHROPIC_CONTAINER_DATA = 'anthropic-container';

/**
 * Creates a decoder for the Anthropic Messages stream (`POST /v1/messages` with `stream: true`).
 *
 * `message_start` emits `metadata` (`id`, `model`) and the first `usage`; each content block becomes
 * its own part (see the block rules on `createContentBlockDecoder`: text, thinking with its signature,
 * redacted thinking, tool calls from `input_json_delta`, server tools and their results, citations as
 * sources); `message_delta` emits `finish` with the `stop_reason` as sent (`end_turn`, `tool_use`,
 * `max_tokens`, `refusal`, `pause_turn`, …) and `usage`, whose counters replace the earlier ones
 * because they are cumulative, and its `stop_details` and code execution `container` as transient
 * `data` parts (`anthropic-stop-details`, `anthropic-container`, for `onData`); `message_stop` emits `done`. An `error` event emits an in-band
 * `'server'` error, leaving the parts already emitted in place. `ping` and unknown event types are
 * skipped. A frame that is not a JSON object, has no type, or lacks what its type requires (a block
 * event without a numeric `index`, say) throws a `'protocol'` error that names the fault.
 *
 * A server that ignored `stream: true` and sent one whole message is read by `decodeCompletion` with
 * the same rules, its `metadata` part marked `streamed: false`.
 *
 * Per token (a `text_delta`), nothing is allocated beyond the parsed frame and the emitted part.
 */
export function createAnthropicDecoder(): StreamDecoder {
  const blocks = createContentBlockDecoder();
  let usage: Record<string, unknown> | undefined;
  // A second message in one body (a proxy joining continuations) must not reuse the first one's block indexes.
  let messages = 0;
  let indexBase = 0;
  let nextIndexBase = 0;

  function blockIndex(frame: AnthropicStreamEvent, type: string, data: string): number {
    const index = frame.index;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
      throw malformedEvent(`${type} without a numeric \`index\``, data);
    }
    const resolved = indexBase + index;
    if (resolved >= nextIndexBase) nextIndexBase = resolved + 1;
    return resolved;
  }

  function emitUsage(next: unknown, emit: EmitStreamPart): void {
    if (!isRecord(next)) return;
    usage = mergeAnthropicUsage(usage, next);
    emit({ type: 'usage', usage: normalizeAnthropicUsage(usage) });
  }

  function messageStart(frame: AnthropicStreamEvent, emit: EmitStreamPart, data: string): void {
    const message = frame.message;
    if (!isRecord(message)) throw malformedEvent('message_start without a `message` object', data);
    if (messages++ > 0) {
      indexBase = nextIndexBase;
      usage = undefined;
      emit({ type: 'step-start', choice: 0 });
    }
    const id = nonEmptyString(message.id);
    const model = nonEmptyString(message.model);
    if (id !== undefined || model !== undefined) emit({ type: 'metadata', id, model });
    emitUsage(message.usage, emit);
  }

  function decodeEvent(frame: AnthropicStreamEvent, type: string, emit: EmitStreamPart, data: string): void {
    switch (type) {
      case 'content_block_delta': {
        const delta = frame.delta;
        if (!isRecord(delta)) throw malformedEvent('content_block_delta without a `delta` object', data);
        blocks.delta(blockIndex(frame, type, data), delta as AnthropicDelta, emit, data);
        return;
      }
      case 'content_block_start': {
        const block = frame.content_block;
        if (!isRecord(block)) throw malformedEvent('content_block_start without a `content_block` object', data);
        blocks.start(blockIndex(frame, type, data), block as AnthropicContentBlock, emit);
        return;
      }
      case 'content_block_stop':
        blocks.stop(blockIndex(frame, type, data), emit);
        return;
      case 'message_start':
        messageStart(frame, emit, data);
        return;
      case 'message_delta': {
        const delta = frame.delta;
        if (isRecord(delta)) {
          const reason = nonEmptyString(delta.stop_reason);
          if (reason !== undefined) emit({ type: 'finish', choice: 0, reason });
          // Facts the message model has no field for reach `onData`, so an app can show or reuse them.
          if (isRecord(delta.stop_details)) emit({ type: 'data', choice: 0, name: ANTHROPIC_STOP_DETAILS_DATA, data: delta.stop_details, transient: true });
          if (isRecord(delta.container)) emit({ type: 'data', choice: 0, name: ANTHROPIC_CONTAINER_DATA, data: delta.container, transient: true });
        }
        emitUsage(frame.usage, emit);
        return;
      }
      case 'message_stop':
        emit({ type: 'done' });
        return;
      case 'error':
        emit({ type: 'error', error: createInBandError(frame) });
        return;
    }
  }

  return {
    decode(event, emit) {
      const data = event.data;
      if (data === '') return;
      const frame = parseJsonFrame<AnthropicStreamEvent>(data);
      // The `type` inside the data is authoritative; the SSE `event:` name stands in for a bare payload.
      const type = typeof frame.type === 'string' ? frame.type : event.event;
      if (type === undefined || type === '') throw malformedEvent('no `type` in the data and no `event:` name', data);
      decodeEvent(frame, type, emit, data);
    },
    decodeCompletion(body, emit) {
      const events = messageAsEvents(body);
      const data = JSON.stringify(body);
      if (events[0]?.type === 'message_start') emit({ type: 'metadata', streamed: false });
      for (const frame of events) decodeEvent(frame, frame.type, emit, data);
    },
  };
}
