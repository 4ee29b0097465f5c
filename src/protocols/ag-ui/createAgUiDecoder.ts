import type { EmitStreamPart, StreamDecoder, StreamDecoderContext } from '../StreamDecoder';
import { ChatStreamError } from '../../sse/ChatStreamError';
import { createInBandError } from '../createInBandError';
import { parseJsonFrame } from '../parseJsonFrame';
import type { AgUiEvent } from './AgUiEvent';
import { emitAgUiData, malformedEvent, nonEmptyString, requireString, sumAgUiUsage } from './agUiFields';
import { createAgUiChunkStreams } from './createAgUiChunkStreams';
import { createAgUiStateTracker } from './createAgUiStateTracker';
import { createAgUiTextParts } from './createAgUiTextParts';
import { createAgUiToolCalls } from './createAgUiToolCalls';
import { finishAgUiRun } from './finishAgUiRun';

/**
 * Creates a decoder for an AG-UI agent's event stream (`data: <event JSON>` frames, as LangGraph,
 * CrewAI, Pydantic AI, LlamaIndex, Agno, Mastra and the .NET and CopilotKit servers send), starting
 * from the agent state in `context` (for `STATE_DELTA`).
 *
 * - `RUN_STARTED`: `metadata` with the run id. `RUN_FINISHED`: the summed `usage` list, `finish` (the
 *   outcome's type, `'success'` when absent) and `done`; its `result` or `outcome` also go to a transient
 *   `ag-ui-run-finished` data part; interrupts ask for approvals (`finishAgUiRun`). `RUN_ERROR`: an
 *   `error` part with a `'server'` error (its `code` as the provider code); the run is over, so later
 *   events are ignored and the partial answer is kept.
 * - `TEXT_MESSAGE_*` → `text`, a part per message (`part-end` at its end); `TOOL_CALL_*` → `tool-call`
 *   deltas numbered by `toolCallId`, `end` at `TOOL_CALL_END`; `TOOL_CALL_RESULT` → `tool-result` (its
 *   `content` as sent), as does a `MESSAGES_SNAPSHOT` tool message for a call of this run that got no
 *   result event (LlamaIndex). `REASONING_*` and the older `THINKING_*` → `reasoning`, with
 *   `REASONING_ENCRYPTED_VALUE` as its `encrypted` value (a call's goes on its `providerData`). The
 *   agent's message ids stay on `providerData` for the request. The `*_CHUNK` shorthands open a message
 *   or call on a new id and close it on the next event of another kind, as the AG-UI client does.
 * - Steps: AG-UI steps are named graph nodes (LangGraph's `agent` and `tools`), not model calls, and
 *   servers do not pair them reliably, so they never shape the message: each goes to a transient
 *   `ag-ui-step` data part (`{ stepName, status: 'started' | 'finished' }`). A `step-start` part marks
 *   instead what a step means in the message model: output that follows a tool result.
 * - `STATE_SNAPSHOT` / `STATE_DELTA` (JSON Patch) → `state` parts with the whole new state; a patch that
 *   cannot be applied gives a `'protocol'` `error` part naming the operation and keeps the state.
 * - Transient data parts: `MESSAGES_SNAPSHOT` → `ag-ui-messages-snapshot` (the messages), `CUSTOM` →
 *   `ag-ui-custom` (`{ name, value }`), `RAW` → `ag-ui-raw` (`{ event, source }`), `ACTIVITY_*` →
 *   `ag-ui-activity` (the event). Unknown event types are ignored.
 *
 * A frame that is not a JSON object with a string `type`, or an event without a field the decoder
 * needs (a `delta`, a `toolCallId`, a `snapshot`, a patch array), throws a `'protocol'` error naming it.
 */
export function createAgUiDecoder(context?: StreamDecoderContext): StreamDecoder {
  const state = createAgUiStateTracker(context?.state);
  const parts = createAgUiTextParts();
  const tools = createAgUiToolCalls();
  const chunks = createAgUiChunkStreams(parts, tools);
  let over = false;

  function decodeEvent(event: AgUiEvent, emit: EmitStreamPart): void {
    const type = event.type;
    chunks.before(type, emit);
    switch (type) {
      case 'TEXT_MESSAGE_CONTENT':
        return parts.text(requireString(event, 'delta'), emit);
      case 'TEXT_MESSAGE_START':
        return parts.startText(nonEmptyString(event.messageId), emit);
      case 'TEXT_MESSAGE_END':
        return parts.endText(emit);
      case 'TOOL_CALL_START':
        parts.beginOutput(emit);
        return tools.start(requireString(event, 'toolCallId'), nonEmptyString(event.toolCallName), event.parentMessageId, emit);
      case 'TOOL_CALL_ARGS':
        return tools.args(requireString(event, 'toolCallId'), requireString(event, 'delta'), emit);
      case 'TOOL_CALL_END':
        return tools.end(requireString(event, 'toolCallId'), emit);
      case 'TOOL_CALL_RESULT':
        // `result` for `content` is off-spec (hand-written servers); only this run's calls start a step.
        if (tools.result(requireString(event, 'toolCallId'), event.content !== undefined ? event.content : event.result, event.messageId, emit)) parts.afterToolResult();
        return;
      case 'REASONING_MESSAGE_CONTENT':
      case 'THINKING_TEXT_MESSAGE_CONTENT':
        return parts.reasoning(requireString(event, 'delta'), emit);
      case 'REASONING_MESSAGE_START':
      case 'THINKING_TEXT_MESSAGE_START':
        return parts.startReasoning(nonEmptyString(event.messageId), emit);
      case 'REASONING_END':
      case 'THINKING_END':
        return parts.endReasoning(emit);
      case 'TEXT_MESSAGE_CHUNK':
      case 'TOOL_CALL_CHUNK':
      case 'REASONING_MESSAGE_CHUNK':
        return chunks.decode(type, event, emit);
      case 'REASONING_ENCRYPTED_VALUE': {
        const value = event.encryptedValue;
        if (typeof value !== 'string') throw malformedEvent(event, '"encryptedValue" must be a string');
        const entityId = typeof event.entityId === 'string' ? event.entityId : undefined;
        if (event.subtype !== 'tool-call') return parts.encrypted(entityId, value, emit);
        if (entityId !== undefined) tools.encrypted(entityId, value, emit);
        return;
      }
      case 'STATE_SNAPSHOT':
        if (!('snapshot' in event)) throw malformedEvent(event, 'no "snapshot"');
        return emit(state.snapshot(event.snapshot));
      case 'STATE_DELTA':
        if (!Array.isArray(event.delta)) throw malformedEvent(event, '"delta" must be a JSON Patch array');
        return emit(state.patch(event.delta));
      case 'MESSAGES_SNAPSHOT':
        if (tools.resultsFromSnapshot(event.messages, emit)) parts.afterToolResult();
        return emitAgUiData('ag-ui-messages-snapshot', event.messages, emit);
      case 'CUSTOM':
        return emitAgUiData('ag-ui-custom', { name: event.name, value: event.value }, emit);
      case 'RAW':
        return emitAgUiData('ag-ui-raw', { event: event.event, source: event.source }, emit);
      case 'ACTIVITY_SNAPSHOT':
      case 'ACTIVITY_DELTA':
        return emitAgUiData('ag-ui-activity', event, emit);
      case 'STEP_STARTED':
      case 'STEP_FINISHED':
        return emitAgUiData('ag-ui-step', { stepName: event.stepName, status: type === 'STEP_STARTED' ? 'started' : 'finished' }, emit);
      case 'RUN_STARTED': {
        const id = nonEmptyString(event.runId);
        return emit(id === undefined ? { type: 'metadata' } : { type: 'metadata', id });
      }
      case 'RUN_FINISHED':
        return finishAgUiRun(event, tools, emit);
      case 'RUN_ERROR': {
        const usage = sumAgUiUsage(event.usage);
        if (usage) emit({ type: 'usage', usage });
        over = true;
        return emit({ type: 'error', error: createInBandError(event) });
      }
    }
  }

  return {
    decode(event, emit) {
      const raw = event.data;
      if (over || raw === '') return;
      const frame = parseJsonFrame<AgUiEvent>(raw);
      if (typeof frame.type !== 'string') {
        throw new ChatStreamError('protocol', `Malformed AG-UI event: no string "type" in ${raw.slice(0, 120)}`, { body: raw });
      }
      decodeEvent(frame, emit);
    },
  };
}
