import { createMockErrorObject } from '../createMockErrorBody';
import type { MockFrameWriter, MockFrameWriterContext, MockToken } from './MockFrameWriter';
import { parseArguments, sseFrame, truncatedJson } from './sseFrame';

type Block = { kind: 'reasoning' | 'text'; id: string } | { kind: 'tool'; id: string; name: string; input: string };

// Chat Completions finish reasons in the AI SDK's words; others are sent as given.
const FINISH_REASONS: Record<string, string> = { tool_calls: 'tool-calls', content_filter: 'content-filter' };

const DONE = 'data: [DONE]\n\n';
const frame = (payload: object) => sseFrame(JSON.stringify(payload));

/**
 * The Vercel AI SDK UI message stream v1, as `toUIMessageStreamResponse()` writes it: `start` and
 * `start-step`, then `reasoning-*`, `text-*` and `tool-input-*` chunks by id, `finish-step`, `finish` with
 * the finish reason, and `data: [DONE]`. A tool call's arguments end with `tool-input-available`, or
 * `tool-input-error` when they are not a JSON object. The format has no refusal (sent as text) and no
 * usage (not sent). An error is an `error` chunk, then `[DONE]`.
 */
export function createAiSdkUiMockWriter(context: MockFrameWriterContext): MockFrameWriter {
  let open: Block | undefined;
  let blocks = 0;
  let toolCalls = false;

  function close(frames: string[]): void {
    const block = open;
    if (block === undefined) return;
    open = undefined;
    if (block.kind !== 'tool') return void frames.push(frame({ type: `${block.kind}-end`, id: block.id }));
    const input = parseArguments(block.input);
    frames.push(
      input === undefined
        ? frame({ type: 'tool-input-error', toolCallId: block.id, toolName: block.name, input: block.input, errorText: 'The arguments are not a JSON object.' })
        : frame({ type: 'tool-input-available', toolCallId: block.id, toolName: block.name, input }),
    );
  }

  function token(token: MockToken): string[] {
    const frames: string[] = [];
    if (token.type === 'tool-call-args') {
      if (open?.kind === 'tool') open.input += token.text;
      frames.push(frame({ type: 'tool-input-delta', toolCallId: open?.id, inputTextDelta: token.text }));
      return frames;
    }
    if (token.type === 'tool-call-start' || token.type === 'tool-call') {
      close(frames);
      toolCalls = true;
      const args = token.type === 'tool-call' ? token.arguments : '';
      open = { kind: 'tool', id: token.id, name: token.name, input: args };
      frames.push(frame({ type: 'tool-input-start', toolCallId: token.id, toolName: token.name }));
      if (args !== '') frames.push(frame({ type: 'tool-input-delta', toolCallId: token.id, inputTextDelta: args }));
      return frames;
    }
    const kind = token.type === 'reasoning' ? 'reasoning' : 'text';
    if (open?.kind !== kind) {
      close(frames);
      open = { kind, id: String(blocks++) };
      frames.push(frame({ type: `${kind}-start`, id: open.id }));
    }
    frames.push(frame({ type: `${kind}-delta`, id: open.id, delta: token.text }));
    return frames;
  }

  return {
    headers: {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      'x-vercel-ai-ui-message-stream': 'v1',
      'x-accel-buffering': 'no',
    },
    start: () => [frame({ type: 'start', messageId: `msg-mock${context.id}` }), frame({ type: 'start-step' })],
    token,
    finish(reason) {
      const frames: string[] = [];
      close(frames);
      const finishReason = reason === undefined ? (toolCalls ? 'tool-calls' : 'stop') : (FINISH_REASONS[reason] ?? reason);
      frames.push(frame({ type: 'finish-step' }), frame({ type: 'finish', finishReason }), DONE);
      return frames;
    },
    error: (error) => [frame({ type: 'error', errorText: createMockErrorObject(500, error.message).message }), DONE],
    malformed: () => sseFrame(truncatedJson({ type: 'text-delta', id: String(blocks), delta: 'cut short' })),
  };
}
