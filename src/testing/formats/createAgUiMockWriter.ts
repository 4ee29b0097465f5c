import { createMockErrorObject } from '../createMockErrorBody';
import type { MockFrameWriter, MockFrameWriterContext, MockToken } from './MockFrameWriter';
import { SSE_HEADERS, sseFrame, truncatedJson } from './sseFrame';

type Open = { kind: 'reasoning' | 'text' | 'tool'; id: string };

const frame = (payload: object) => sseFrame(JSON.stringify(payload));

function requestField(context: MockFrameWriterContext, name: 'threadId' | 'runId'): string | undefined {
  const value = (context.request?.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * AG-UI over SSE, as the official encoders write it (`data:` lines, no `event:`, no terminator):
 * `RUN_STARTED` with the request's `threadId` and `runId` (made up when the request has none), then
 * `REASONING_START` / `REASONING_MESSAGE_*` / `REASONING_END`, `TEXT_MESSAGE_START` / `CONTENT` / `END`
 * and `TOOL_CALL_START` / `ARGS` / `END`, and `RUN_FINISHED`. The format has no refusal (sent as text),
 * no finish reason and no usage. An error is `RUN_ERROR`, which ends the run.
 */
export function createAgUiMockWriter(context: MockFrameWriterContext): MockFrameWriter {
  const threadId = requestField(context, 'threadId') ?? `thread-mock${context.id}`;
  const runId = requestField(context, 'runId') ?? `run-mock${context.id}`;
  let open: Open | undefined;
  let messages = 0;
  let lastTextId: string | undefined;

  function close(frames: string[]): void {
    const current = open;
    if (current === undefined) return;
    open = undefined;
    if (current.kind === 'tool') frames.push(frame({ type: 'TOOL_CALL_END', toolCallId: current.id }));
    else if (current.kind === 'text') frames.push(frame({ type: 'TEXT_MESSAGE_END', messageId: current.id }));
    else frames.push(frame({ type: 'REASONING_MESSAGE_END', messageId: current.id }), frame({ type: 'REASONING_END', messageId: current.id }));
  }

  function token(token: MockToken): string[] {
    const frames: string[] = [];
    if (token.type === 'tool-call-args') {
      frames.push(frame({ type: 'TOOL_CALL_ARGS', toolCallId: open?.id, delta: token.text }));
    } else if (token.type === 'tool-call-start' || token.type === 'tool-call') {
      close(frames);
      open = { kind: 'tool', id: token.id };
      frames.push(frame({ type: 'TOOL_CALL_START', toolCallId: token.id, toolCallName: token.name, ...(lastTextId && { parentMessageId: lastTextId }) }));
      if (token.type === 'tool-call' && token.arguments !== '') frames.push(frame({ type: 'TOOL_CALL_ARGS', toolCallId: token.id, delta: token.arguments }));
    } else {
      const kind = token.type === 'reasoning' ? 'reasoning' : 'text';
      if (open?.kind !== kind) {
        close(frames);
        open = { kind, id: `msg-mock${context.id}-${messages++}` };
        if (kind === 'text') {
          lastTextId = open.id;
          frames.push(frame({ type: 'TEXT_MESSAGE_START', messageId: open.id, role: 'assistant' }));
        } else {
          frames.push(frame({ type: 'REASONING_START', messageId: open.id }), frame({ type: 'REASONING_MESSAGE_START', messageId: open.id, role: 'reasoning' }));
        }
      }
      const type = kind === 'text' ? 'TEXT_MESSAGE_CONTENT' : 'REASONING_MESSAGE_CONTENT';
      frames.push(frame({ type, messageId: open.id, delta: token.text }));
    }
    return frames;
  }

  return {
    headers: SSE_HEADERS,
    start: () => [frame({ type: 'RUN_STARTED', threadId, runId })],
    token,
    finish() {
      const frames: string[] = [];
      close(frames);
      frames.push(frame({ type: 'RUN_FINISHED', threadId, runId }));
      return frames;
    },
    error: (error) => [frame({ type: 'RUN_ERROR', message: createMockErrorObject(500, error.message).message, ...(error.code != null && { code: error.code }) })],
    malformed: () => sseFrame(truncatedJson({ type: 'TEXT_MESSAGE_CONTENT', messageId: `msg-mock${context.id}-${messages}`, delta: 'cut short' })),
  };
}
