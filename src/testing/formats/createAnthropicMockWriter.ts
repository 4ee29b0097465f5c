import { createMockErrorObject } from '../createMockErrorBody';
import type { MockFrameWriter, MockFrameWriterContext, MockToken, MockUsageCounts } from './MockFrameWriter';
import { SSE_HEADERS, sseFrame, truncatedJson } from './sseFrame';

type BlockKind = 'thinking' | 'text' | 'tool_use';

// Anthropic's `input_tokens` leaves out the tokens read from cache, which it reports apart.
function inputUsage(usage: MockUsageCounts): object {
  const cached = usage.cachedTokens;
  if (cached === undefined) return { input_tokens: usage.promptTokens, output_tokens: 1 };
  return { input_tokens: Math.max(0, usage.promptTokens - cached), cache_read_input_tokens: cached, output_tokens: 1 };
}

// Chat Completions finish reasons in Anthropic's words; anything else is sent as given.
const STOP_REASONS: Record<string, string> = { stop: 'end_turn', length: 'max_tokens', tool_calls: 'tool_use', content_filter: 'refusal' };

/**
 * Anthropic Messages: `message_start` (with the input tokens) and a `ping`, then one content block per run
 * of tokens of a kind (`thinking` closed by its `signature_delta`, `text`, `tool_use` with
 * `input_json_delta`), `message_delta` with the stop reason and output tokens, and `message_stop`.
 * Anthropic has no refusal text, so a scenario's refusal is sent as text and the stop reason defaults to
 * `refusal`. An error is one `error` event.
 */
export function createAnthropicMockWriter(context: MockFrameWriterContext): MockFrameWriter {
  const event = (type: string, fields: object = {}) => sseFrame(JSON.stringify({ type, ...fields }), type);
  const usage = context.usage;
  let index = -1;
  let open: BlockKind | undefined;
  let toolUse = false;
  let refusal = false;

  function close(frames: string[]): void {
    if (open === undefined) return;
    if (open === 'thinking') {
      // The signature lets the thinking be sent back on the next request; any opaque base64 will do here.
      const signature = btoa(`mock thinking signature ${context.id} ${index}`);
      frames.push(event('content_block_delta', { index, delta: { type: 'signature_delta', signature } }));
    }
    frames.push(event('content_block_stop', { index }));
    open = undefined;
  }

  function openBlock(kind: BlockKind, block: object, frames: string[]): void {
    close(frames);
    index++;
    open = kind;
    frames.push(event('content_block_start', { index, content_block: block }));
  }

  function token(token: MockToken): string[] {
    const frames: string[] = [];
    if (token.type === 'reasoning') {
      if (open !== 'thinking') openBlock('thinking', { type: 'thinking', thinking: '', signature: '' }, frames);
      frames.push(event('content_block_delta', { index, delta: { type: 'thinking_delta', thinking: token.text } }));
    } else if (token.type === 'tool-call-args') {
      frames.push(event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: token.text } }));
    } else if (token.type === 'tool-call-start' || token.type === 'tool-call') {
      toolUse = true;
      openBlock('tool_use', { type: 'tool_use', id: token.id, name: token.name, input: {} }, frames);
      if (token.type === 'tool-call') frames.push(event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: token.arguments } }));
    } else {
      refusal ||= token.type === 'refusal';
      if (open !== 'text') openBlock('text', { type: 'text', text: '' }, frames);
      frames.push(event('content_block_delta', { index, delta: { type: 'text_delta', text: token.text } }));
    }
    return frames;
  }

  return {
    headers: SSE_HEADERS,
    start: () => [
      event('message_start', {
        message: {
          id: `msg_mock${context.id}`, type: 'message', role: 'assistant', model: context.model, content: [], stop_reason: null, stop_sequence: null,
          ...(usage && { usage: inputUsage(usage) }),
        },
      }),
      event('ping'),
    ],
    token,
    finish(reason) {
      const frames: string[] = [];
      close(frames);
      const stop = reason === undefined ? (toolUse ? 'tool_use' : refusal ? 'refusal' : 'end_turn') : (STOP_REASONS[reason] ?? reason);
      // Anthropic's output count is cumulative: this one replaces the 1 of `message_start`.
      frames.push(event('message_delta', { delta: { stop_reason: stop, stop_sequence: null }, ...(usage && { usage: { output_tokens: usage.completionTokens } }) }));
      frames.push(event('message_stop'));
      return frames;
    },
    error: (error) => [event('error', { error: { type: error.type ?? 'api_error', message: createMockErrorObject(500, error.message).message } })],
    malformed: () => sseFrame(truncatedJson({ type: 'content_block_delta', index: Math.max(0, index), delta: { type: 'text_delta', text: 'cut short' } }), 'content_block_delta'),
  };
}
