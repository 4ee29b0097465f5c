import type { EmitStreamPart } from '../StreamDecoder';
import { ChatStreamError } from '../../sse/ChatStreamError';
import type { AgUiEvent } from './AgUiEvent';
import type { AgUiTextParts } from './createAgUiTextParts';
import type { AgUiToolCalls } from './createAgUiToolCalls';
import { nonEmptyString } from './agUiFields';

type ChunkKind = 'TEXT_MESSAGE_CHUNK' | 'TOOL_CALL_CHUNK' | 'REASONING_MESSAGE_CHUNK';

// Events that end an open chunk stream, as the AG-UI client's `transformChunks` ends it; the others
// (RAW, ACTIVITY_*, REASONING_ENCRYPTED_VALUE, SUBAGENT_STARTED, unknown types) pass by it.
const ENDS_CHUNK = /* @__PURE__ */ new Set([
  'TEXT_MESSAGE_START', 'TEXT_MESSAGE_CONTENT', 'TEXT_MESSAGE_END', 'TEXT_MESSAGE_CHUNK',
  'TOOL_CALL_START', 'TOOL_CALL_ARGS', 'TOOL_CALL_END', 'TOOL_CALL_CHUNK', 'TOOL_CALL_RESULT',
  'STATE_SNAPSHOT', 'STATE_DELTA', 'MESSAGES_SNAPSHOT', 'CUSTOM', 'STEP_STARTED', 'STEP_FINISHED',
  'RUN_STARTED', 'RUN_FINISHED', 'RUN_ERROR', 'SUBAGENT_FINISHED', 'SUBAGENT_ERROR',
  'REASONING_START', 'REASONING_MESSAGE_START', 'REASONING_MESSAGE_CONTENT', 'REASONING_MESSAGE_END',
  'REASONING_MESSAGE_CHUNK', 'REASONING_END',
]);

/** The `*_CHUNK` shorthands of AG-UI: messages and calls without explicit start and end events. */
export interface AgUiChunkStreams {
  /** Called before every event: ends the open chunk stream when `type` is an event that ends it. */
  before(type: string, emit: EmitStreamPart): void;
  /** Decodes a `TEXT_MESSAGE_CHUNK`, `TOOL_CALL_CHUNK` or `REASONING_MESSAGE_CHUNK` event. */
  decode(kind: ChunkKind, event: AgUiEvent, emit: EmitStreamPart): void;
}

/**
 * Creates the chunk streams of one response. A chunk with a new id (or the first one) opens a message
 * or call, a chunk without an id or with the same id continues it, and the next event of another
 * kind closes it (a call then ends, and is parsed). The first chunk of a call needs its `toolCallId`;
 * text and reasoning chunks without an id are taken as they come, where the AG-UI client refuses them.
 */
export function createAgUiChunkStreams(parts: AgUiTextParts, tools: AgUiToolCalls): AgUiChunkStreams {
  let open: ChunkKind | undefined;
  let openId: string | undefined;

  const close = (emit: EmitStreamPart) => {
    if (open === 'TOOL_CALL_CHUNK') tools.end(openId!, emit);
    else if (open === 'TEXT_MESSAGE_CHUNK') parts.endText(emit);
    else parts.endReasoning(emit);
    open = openId = undefined;
  };

  return {
    before(type, emit) {
      if (open !== undefined && type !== open && ENDS_CHUNK.has(type)) close(emit);
    },
    decode(kind, event, emit) {
      const rawId = kind === 'TOOL_CALL_CHUNK' ? event.toolCallId : event.messageId;
      const id = typeof rawId === 'string' ? rawId : undefined;
      const delta = typeof event.delta === 'string' ? event.delta : '';
      if (open !== kind || (id !== undefined && id !== openId)) {
        if (open !== undefined) close(emit);
        if (kind === 'TOOL_CALL_CHUNK') {
          if (id === undefined) throw new ChatStreamError('protocol', 'Malformed AG-UI TOOL_CALL_CHUNK event: the first chunk of a call needs a string "toolCallId"', { body: event });
          parts.beginOutput(emit);
          tools.start(id, nonEmptyString(event.toolCallName), event.parentMessageId, emit);
        } else if (kind === 'TEXT_MESSAGE_CHUNK') parts.startText(id, emit);
        else parts.startReasoning(id, emit);
        open = kind;
        openId = id;
      }
      if (kind === 'TOOL_CALL_CHUNK') tools.args(openId!, delta, emit);
      else if (kind === 'TEXT_MESSAGE_CHUNK') parts.text(delta, emit);
      else parts.reasoning(delta, emit);
    },
  };
}
