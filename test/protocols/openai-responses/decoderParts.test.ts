import { describe, expect, it } from 'vitest';
import { completed, opening, runEvents } from './runEvents';

// Event shapes the recordings do not cover, written after the openai-node event types (6.49).

const messageAdded = (index: number, id: string) => ({
  type: 'response.output_item.added',
  output_index: index,
  item: { id, type: 'message', role: 'assistant', status: 'in_progress', content: [] },
});
const messageDone = (index: number, id: string, content: unknown[] = []) => ({
  type: 'response.output_item.done',
  output_index: index,
  item: { id, type: 'message', role: 'assistant', status: 'completed', content },
});
const textDelta = (index: number, delta: string, content = 0) => ({ type: 'response.output_text.delta', output_index: index, content_index: content, delta });

describe('OpenAI Responses decoder: parts', () => {
  it('refusal deltas make a refusal part', () => {
    const { message } = runEvents([
      ...opening(),
      messageAdded(0, 'msg_1'),
      { type: 'response.refusal.delta', output_index: 0, content_index: 0, delta: "I can't " },
      { type: 'response.refusal.delta', output_index: 0, content_index: 0, delta: 'help with that.' },
      messageDone(0, 'msg_1', [{ type: 'refusal', refusal: "I can't help with that." }]),
      completed(9),
    ]);
    expect(message.parts).toEqual([{ type: 'refusal', text: "I can't help with that." }]);
    expect(message.status).toBe('complete');
  });

  it('two message items stay two text parts; a second content entry is a part of its own', () => {
    const { message } = runEvents([
      ...opening(),
      messageAdded(0, 'msg_a'),
      textDelta(0, 'First.'),
      messageDone(0, 'msg_a'),
      messageAdded(1, 'msg_b'),
      textDelta(1, 'Second'),
      textDelta(1, ', still.'),
      textDelta(1, 'Third.', 1),
      messageDone(1, 'msg_b'),
      completed(20),
    ]);
    expect(message.parts).toEqual([
      { type: 'text', text: 'First.', providerData: { itemId: 'msg_a' } },
      { type: 'text', text: 'Second, still.', providerData: { itemId: 'msg_b' } },
      { type: 'text', text: 'Third.', providerData: { itemId: 'msg_b' } },
    ]);
  });

  it('reasoning text and two summary entries: one reasoning part each, the encrypted content on the last', () => {
    const { message } = runEvents([
      ...opening(),
      { type: 'response.output_item.added', output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [] } },
      { type: 'response.reasoning_text.delta', output_index: 0, content_index: 0, delta: 'raw thought' },
      { type: 'response.reasoning_summary_text.delta', output_index: 0, summary_index: 0, delta: '**Plan**' },
      { type: 'response.reasoning_summary_text.delta', output_index: 0, summary_index: 1, delta: '**Check**' },
      { type: 'response.output_item.done', output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [], encrypted_content: 'enc-1' } },
      completed(7),
    ]);
    expect(message.parts).toEqual([
      { type: 'reasoning', text: 'raw thought', providerData: { itemId: 'rs_1' } },
      { type: 'reasoning', text: '**Plan**', providerData: { itemId: 'rs_1' } },
      { type: 'reasoning', text: '**Check**', encrypted: 'enc-1', providerData: { itemId: 'rs_1' } },
    ]);
  });

  it('items sent whole, without deltas, are filled in from output_item.done', () => {
    const { message } = runEvents([
      ...opening(),
      messageDone(0, 'msg_1', [{ type: 'output_text', text: 'Whole answer.', annotations: [{ type: 'url_citation', url: 'https://a.example', title: 'A', start_index: 0, end_index: 5 }] }]),
      { type: 'response.output_item.done', output_index: 1, item: { id: 'fc_1', type: 'function_call', call_id: 'call_1', name: 'lookup', arguments: '{"q":1}' } },
      { type: 'response.output_item.done', output_index: 2, item: { id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: 'why' }] } },
      completed(9),
    ]);
    expect(message.parts).toEqual([
      { type: 'text', text: 'Whole answer.', providerData: { itemId: 'msg_1' } },
      { type: 'source', sourceType: 'url', url: 'https://a.example', title: 'A', startIndex: 0, endIndex: 5 },
      {
        type: 'tool-call',
        toolCallId: 'call_1',
        toolName: 'lookup',
        argumentsText: '{"q":1}',
        args: { q: 1 },
        state: 'ready',
        providerData: { itemId: 'fc_1' },
      },
      { type: 'reasoning', text: 'why', providerData: { itemId: 'rs_1' } },
    ]);
  });

  it('a custom tool call keeps its free-text input unparsed', () => {
    const { message } = runEvents([
      ...opening(),
      { type: 'response.output_item.added', output_index: 0, item: { id: 'ctc_1', type: 'custom_tool_call', call_id: 'call_c', name: 'shell', input: '' } },
      { type: 'response.custom_tool_call_input.delta', output_index: 0, delta: 'ls -la ' },
      { type: 'response.custom_tool_call_input.delta', output_index: 0, delta: '/tmp' },
      { type: 'response.output_item.done', output_index: 0, item: { id: 'ctc_1', type: 'custom_tool_call', call_id: 'call_c', name: 'shell', input: 'ls -la /tmp' } },
      completed(6),
    ]);
    expect(message.parts).toEqual([
      expect.objectContaining({ type: 'tool-call', toolCallId: 'call_c', toolName: 'shell', custom: true, argumentsText: 'ls -la /tmp', args: 'ls -la /tmp', state: 'ready' }),
    ]);
  });

  it('code interpreter: progress as status, its code streamed into the arguments, its outputs as the result', () => {
    const item = { id: 'ci_1', type: 'code_interpreter_call', status: 'in_progress', code: '', container_id: 'cntr_1', outputs: null };
    const code = 'print("hi")\n';
    const { message, parts } = runEvents([
      ...opening(),
      { type: 'response.output_item.added', output_index: 0, item },
      { type: 'response.code_interpreter_call.interpreting', output_index: 0, item_id: 'ci_1' },
      { type: 'response.code_interpreter_call_code.delta', output_index: 0, delta: 'print("h' },
      { type: 'response.code_interpreter_call_code.delta', output_index: 0, delta: 'i")\n' },
      { type: 'response.output_item.done', output_index: 0, item: { ...item, status: 'completed', code, outputs: [{ type: 'logs', logs: 'hi\n' }] } },
      completed(6),
    ]);
    const calls = parts.filter((part) => part.type === 'tool-call');
    expect(calls.flatMap((part) => (part.providerData ? [part.providerData.status] : []))).toEqual(['in_progress', 'interpreting', 'completed']);
    expect(calls.map((part) => part.argumentsDelta).join('')).toBe(JSON.stringify({ code, container_id: 'cntr_1' }));
    expect(message.parts).toEqual([
      {
        type: 'tool-call',
        toolCallId: 'ci_1',
        toolName: 'code_interpreter',
        argumentsText: JSON.stringify({ code, container_id: 'cntr_1' }),
        args: { code, container_id: 'cntr_1' },
        state: 'ready',
        providerExecuted: true,
        providerData: { itemId: 'ci_1', status: 'completed' },
        result: { status: 'completed', outputs: [{ type: 'logs', logs: 'hi\n' }] },
      },
    ]);
  });

  it('code interpreter without code deltas: the code comes whole from output_item.done', () => {
    const item = { id: 'ci_2', type: 'code_interpreter_call', status: 'completed', code: 'x = 1', container_id: 'cntr_2', outputs: [] };
    const { message } = runEvents([...opening(), { type: 'response.output_item.done', output_index: 0, item }, completed(3)]);
    expect(message.parts[0]).toMatchObject({ toolName: 'code_interpreter', args: { code: 'x = 1', container_id: 'cntr_2' }, result: { status: 'completed', outputs: [] } });
  });

  it('image generation: a provider-run call, then the image as a file part', () => {
    const item = { id: 'ig_1', type: 'image_generation_call', status: 'in_progress' };
    const { message } = runEvents([
      ...opening(),
      { type: 'response.output_item.added', output_index: 0, item },
      { type: 'response.output_item.done', output_index: 0, item: { ...item, status: 'completed', result: 'iVBORw0KGgo=', output_format: 'webp' } },
      completed(4),
    ]);
    expect(message.parts.map((part) => part.type)).toEqual(['tool-call', 'file']);
    expect(message.parts[0]).toMatchObject({ toolName: 'image_generation', providerExecuted: true, result: { status: 'completed' } });
    expect(message.parts[1]).toEqual({ type: 'file', mediaType: 'image/webp', data: 'iVBORw0KGgo=' });
  });

  it('an MCP call streams its arguments and ends with the server tool’s output, or its error', () => {
    const added = { type: 'response.output_item.added', output_index: 0, item: { id: 'mcp_1', type: 'mcp_call', name: 'search_docs', arguments: '' } };
    const { message } = runEvents([
      ...opening(),
      added,
      { type: 'response.mcp_call_arguments.delta', output_index: 0, delta: '{"q":"x"}' },
      { type: 'response.output_item.done', output_index: 0, item: { id: 'mcp_1', type: 'mcp_call', name: 'search_docs', arguments: '{"q":"x"}', output: 'found', error: null } },
      { ...added, output_index: 1, item: { id: 'mcp_2', type: 'mcp_call', name: 'broken', arguments: '{}' } },
      { type: 'response.output_item.done', output_index: 1, item: { id: 'mcp_2', type: 'mcp_call', name: 'broken', arguments: '{}', error: 'server down' } },
      completed(8),
    ]);
    expect(message.parts).toEqual([
      expect.objectContaining({ toolCallId: 'mcp_1', toolName: 'search_docs', args: { q: 'x' }, providerExecuted: true, result: 'found' }),
      expect.objectContaining({ toolCallId: 'mcp_2', toolName: 'broken', args: {}, result: 'server down', isError: true }),
    ]);
  });

  it('function-call deltas with no announced item still make a call; its id comes from output_item.done', () => {
    const { message } = runEvents([
      ...opening(),
      { type: 'response.function_call_arguments.delta', output_index: 0, item_id: 'fc_x', delta: '{"a":' },
      { type: 'response.function_call_arguments.delta', output_index: 0, item_id: 'fc_y', delta: '2}' },
      { type: 'response.output_item.done', output_index: 0, item: { id: 'fc_z', type: 'function_call', call_id: 'call_9', name: 'add', arguments: '{"a":2}' } },
      completed(5),
    ]);
    expect(message.parts).toEqual([
      expect.objectContaining({ type: 'tool-call', toolCallId: 'call_9', toolName: 'add', argumentsText: '{"a":2}', args: { a: 2 }, state: 'ready' }),
    ]);
  });
});
