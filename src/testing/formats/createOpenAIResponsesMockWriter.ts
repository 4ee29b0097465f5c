import { createMockErrorObject } from '../createMockErrorBody';
import type { MockFrameWriter, MockFrameWriterContext, MockToken, MockUsageCounts } from './MockFrameWriter';
import { SSE_HEADERS, sseFrame, truncatedJson } from './sseFrame';

type OpenItem =
  | { kind: 'reasoning'; id: string; index: number; text: string }
  | { kind: 'message'; id: string; index: number; content: object[]; part: 'text' | 'refusal' | undefined; text: string }
  | { kind: 'function_call'; id: string; index: number; callId: string; name: string; text: string };

function toResponsesUsage(counts: MockUsageCounts): object {
  return {
    input_tokens: counts.promptTokens,
    input_tokens_details: { cached_tokens: counts.cachedTokens ?? 0 },
    output_tokens: counts.completionTokens,
    output_tokens_details: { reasoning_tokens: counts.reasoningTokens ?? 0 },
    total_tokens: counts.totalTokens,
  };
}

// Chat Completions reasons that end a Responses answer as `incomplete`, with the reason it names.
const INCOMPLETE: Record<string, string> = { length: 'max_output_tokens', content_filter: 'content_filter' };

/**
 * OpenAI Responses: `response.created` and `response.in_progress`, then one output item per block
 * (reasoning with a summary, a message with `output_text` and `refusal` content parts, function calls),
 * each opened with `output_item.added` and closed with its `.done` events, every event numbered by
 * `sequence_number`; the end is `response.completed`, or `response.incomplete` for `length` and
 * `content_filter`. An error is the `error` event followed by `response.failed`.
 */
export function createOpenAIResponsesMockWriter(context: MockFrameWriterContext): MockFrameWriter {
  const output: object[] = [];
  let sequence = 0;
  let open: OpenItem | undefined;
  const event = (type: string, fields: object) => sseFrame(JSON.stringify({ type, sequence_number: sequence++, ...fields }), type);
  const response = (status: string, extra: object = {}) => ({
    id: `resp_mock${context.id}`, object: 'response', created_at: context.created, status, error: null,
    incomplete_details: null, model: context.model, output: [...output], usage: null, ...extra,
  });
  const itemId = (prefix: string) => `${prefix}_mock${context.id}${output.length}`;

  function closePart(item: Extract<OpenItem, { kind: 'message' }>, frames: string[]): void {
    if (item.part === undefined) return;
    const at = { item_id: item.id, output_index: item.index, content_index: item.content.length };
    const part = item.part === 'text' ? { type: 'output_text', annotations: [], text: item.text } : { type: 'refusal', refusal: item.text };
    frames.push(item.part === 'text' ? event('response.output_text.done', { ...at, text: item.text }) : event('response.refusal.done', { ...at, refusal: item.text }));
    frames.push(event('response.content_part.done', { ...at, part }));
    item.content.push(part);
    item.part = undefined;
    item.text = '';
  }

  function close(frames: string[]): void {
    const item = open;
    if (item === undefined) return;
    open = undefined;
    let done: object;
    if (item.kind === 'reasoning') {
      const at = { item_id: item.id, output_index: item.index, summary_index: 0 };
      frames.push(event('response.reasoning_summary_text.done', { ...at, text: item.text }));
      frames.push(event('response.reasoning_summary_part.done', { ...at, part: { type: 'summary_text', text: item.text } }));
      done = { id: item.id, type: 'reasoning', summary: [{ type: 'summary_text', text: item.text }] };
    } else if (item.kind === 'message') {
      closePart(item, frames);
      done = { id: item.id, type: 'message', status: 'completed', content: item.content, role: 'assistant' };
    } else {
      frames.push(event('response.function_call_arguments.done', { item_id: item.id, output_index: item.index, arguments: item.text }));
      done = { id: item.id, type: 'function_call', status: 'completed', arguments: item.text, call_id: item.callId, name: item.name };
    }
    frames.push(event('response.output_item.done', { output_index: item.index, item: done }));
    output.push(done);
  }

  function openFor(token: MockToken, frames: string[]): OpenItem {
    const kind = token.type === 'reasoning' ? 'reasoning' : token.type === 'text' || token.type === 'refusal' ? 'message' : 'function_call';
    if (open !== undefined && open.kind === kind && kind !== 'function_call') return open;
    if (open !== undefined && token.type === 'tool-call-args') return open;
    close(frames);
    const index = output.length;
    if (token.type === 'reasoning') {
      open = { kind: 'reasoning', id: itemId('rs'), index, text: '' };
      frames.push(event('response.output_item.added', { output_index: index, item: { id: open.id, type: 'reasoning', summary: [] } }));
      frames.push(event('response.reasoning_summary_part.added', { item_id: open.id, output_index: index, summary_index: 0, part: { type: 'summary_text', text: '' } }));
    } else if (kind === 'message') {
      open = { kind: 'message', id: itemId('msg'), index, content: [], part: undefined, text: '' };
      frames.push(event('response.output_item.added', { output_index: index, item: { id: open.id, type: 'message', status: 'in_progress', content: [], role: 'assistant' } }));
    } else {
      const call = token as Extract<MockToken, { type: 'tool-call-start' | 'tool-call' }>;
      open = { kind: 'function_call', id: itemId('fc'), index, callId: call.id, name: call.name, text: '' };
      const item = { id: open.id, type: 'function_call', status: 'in_progress', arguments: '', call_id: call.id, name: call.name };
      frames.push(event('response.output_item.added', { output_index: index, item }));
    }
    return open;
  }

  return {
    headers: SSE_HEADERS,
    start: () => [event('response.created', { response: response('in_progress') }), event('response.in_progress', { response: response('in_progress') })],
    token(token) {
      const frames: string[] = [];
      const item = openFor(token, frames);
      if (item.kind === 'reasoning' && token.type === 'reasoning') {
        item.text += token.text;
        frames.push(event('response.reasoning_summary_text.delta', { item_id: item.id, output_index: item.index, summary_index: 0, delta: token.text }));
      } else if (item.kind === 'message' && (token.type === 'text' || token.type === 'refusal')) {
        if (item.part !== token.type) {
          closePart(item, frames);
          item.part = token.type;
          const part = token.type === 'text' ? { type: 'output_text', annotations: [], text: '' } : { type: 'refusal', refusal: '' };
          frames.push(event('response.content_part.added', { item_id: item.id, output_index: item.index, content_index: item.content.length, part }));
        }
        item.text += token.text;
        const name = token.type === 'text' ? 'response.output_text.delta' : 'response.refusal.delta';
        frames.push(event(name, { item_id: item.id, output_index: item.index, content_index: item.content.length, delta: token.text }));
      } else if (item.kind === 'function_call') {
        const text = token.type === 'tool-call-args' ? token.text : token.type === 'tool-call' ? token.arguments : '';
        item.text += text;
        if (text !== '') frames.push(event('response.function_call_arguments.delta', { item_id: item.id, output_index: item.index, delta: text }));
      }
      return frames;
    },
    finish(reason) {
      const frames: string[] = [];
      close(frames);
      const usage = context.usage === undefined ? null : toResponsesUsage(context.usage);
      const incomplete = reason === undefined ? undefined : INCOMPLETE[reason];
      if (incomplete === undefined) frames.push(event('response.completed', { response: response('completed', { usage }) }));
      else frames.push(event('response.incomplete', { response: response('incomplete', { usage, incomplete_details: { reason: incomplete } }) }));
      return frames;
    },
    error(error) {
      const object = createMockErrorObject(500, error.message);
      const code = error.code ?? error.type ?? 'server_error';
      return [
        event('error', { code, message: object.message, param: null }),
        event('response.failed', { response: response('failed', { error: { code, message: object.message } }) }),
      ];
    },
    malformed: () => sseFrame(truncatedJson({ type: 'response.output_text.delta', sequence_number: sequence, item_id: itemId('msg'), output_index: 0, content_index: 0, delta: 'cut short' }), 'response.output_text.delta'),
  };
}
