import { afterEach, describe, it, expect } from 'vitest';
import { getToolCalls } from '../../../src/message';
import { anthropicProtocol } from '../../../src/protocols/anthropic';
import { createChatStore } from '../../../src/store/createChatStore';
import { readFixtureBytes } from '../../core/decodeBytes';
import { startTestServer, type TestServer } from '../../helpers/startTestServer';

let server: TestServer | undefined;
afterEach(() => server?.close());

/** A real loopback server that answers request i with body i, as an event stream. */
async function serve(bodies: readonly (string | Uint8Array)[]): Promise<TestServer> {
  server = await startTestServer((_req, res, index) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(bodies[index]);
  });
  return server;
}

const sse = (events: object[]) => events.map((event) => `event: ${(event as { type: string }).type}\ndata: ${JSON.stringify(event)}\n\n`).join('');

/** One answer with a signed thinking block, text and a tool call: the case where the API needs all three back. */
const thinkThenCall = sse([
  { type: 'message_start', message: { id: 'msg_a', model: 'claude-x', content: [], usage: { input_tokens: 20, output_tokens: 1 } } },
  { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Need the weather.' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'SIG-abc' } },
  { type: 'content_block_stop', index: 0 },
  { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_w', name: 'weather', input: {} } },
  { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"city":' } },
  { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '"Oslo"}' } },
  { type: 'content_block_stop', index: 1 },
  { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 30 } },
  { type: 'message_stop' },
]);

describe('anthropicProtocol round trip through a real server and the store', () => {
  it('the second request carries the thinking signature, the tool_use and its tool_result', async () => {
    const { url, bodies } = await serve([thinkThenCall, readFixtureBytes('anthropic/text.sse')]);
    const store = createChatStore({ api: `${url}/v1/messages`, protocol: anthropicProtocol, body: { model: 'claude-x' }, retry: false });
    expect(await store.send('Weather in Oslo?')).toBe('complete');
    const [call] = getToolCalls(store.getState().messages.at(-1)!);
    expect(call).toMatchObject({ toolCallId: 'toolu_w', args: { city: 'Oslo' }, state: 'ready' });
    store.addToolResult({ toolCallId: 'toolu_w', result: { celsius: 3 } });
    expect(await store.continue()).toBe('complete');

    expect(JSON.parse(bodies[0]!)).toEqual({
      model: 'claude-x',
      max_tokens: 4096,
      stream: true,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Weather in Oslo?' }] }],
    });
    expect(JSON.parse(bodies[1]!)).toEqual({
      model: 'claude-x',
      max_tokens: 4096,
      stream: true,
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather in Oslo?' }] },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'Need the weather.', signature: 'SIG-abc' },
            { type: 'tool_use', id: 'toolu_w', name: 'weather', input: { city: 'Oslo' } },
          ],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_w', content: '{"celsius":3}' }] },
      ],
    });
    expect(store.getState().messages.at(-1)?.metadata?.finishReason).toBe('end_turn');
  });

  it('recorded answers: redacted thinking and a server tool search go back as they came on the next turn', async () => {
    const { url, bodies } = await serve([
      readFixtureBytes('anthropic/redacted-thinking-then-text.sse'),
      readFixtureBytes('anthropic/server-tool-search-then-tool-use.sse'),
      readFixtureBytes('anthropic/text.sse'),
    ]);
    const store = createChatStore({ api: `${url}/v1/messages`, protocol: anthropicProtocol, body: { model: 'claude-x', max_tokens: 1024 }, retry: false });
    await store.send('first');
    await store.send('second');
    store.addToolResult({ toolCallId: 'toolu_01EFn5wTNBYA8Reni8rbmnHT', result: '0.92', isError: undefined });
    await store.continue();
    const third = JSON.parse(bodies[2]!) as { max_tokens: number; messages: { role: string; content: { type: string }[] }[] };
    expect(third.max_tokens).toBe(1024);
    expect(third.messages.map((message) => `${message.role}: ${message.content.map((block) => block.type).join(', ')}`)).toEqual([
      'user: text',
      'assistant: redacted_thinking, redacted_thinking, text',
      'user: text',
      'assistant: text, server_tool_use, tool_search_tool_result, text, tool_use',
      'user: tool_result',
    ]);
    expect(third.messages[1]!.content[0]).toEqual({ type: 'redacted_thinking', data: expect.stringMatching(/^EqkECkYIBxgCKkA8/) });
    expect(third.messages[3]!.content.slice(1, 3)).toEqual([
      { type: 'server_tool_use', id: 'srvtoolu_01S5swZdBmTzLDVzwcT5LbHp', name: 'tool_search_tool_bm25', input: { query: 'USD EUR exchange rate currency conversion' } },
      {
        type: 'tool_search_tool_result',
        tool_use_id: 'srvtoolu_01S5swZdBmTzLDVzwcT5LbHp',
        content: { type: 'tool_search_tool_search_result', tool_references: [{ type: 'tool_reference', tool_name: 'get_exchange_rate' }] },
      },
    ]);
    expect(third.messages[4]!.content).toEqual([{ type: 'tool_result', tool_use_id: 'toolu_01EFn5wTNBYA8Reni8rbmnHT', content: '0.92' }]);
  });

  it('a server that ignored stream: true and sent the whole message as JSON still gives the message, marked not streamed', async () => {
    const whole = { id: 'msg_w', type: 'message', role: 'assistant', model: 'claude-x', content: [{ type: 'text', text: 'Whole.' }], stop_reason: 'end_turn', usage: { input_tokens: 2, output_tokens: 3 } };
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(whole));
    });
    const store = createChatStore({ api: `${server.url}/v1/messages`, protocol: anthropicProtocol, retry: false });
    expect(await store.send('hi')).toBe('complete');
    const answer = store.getState().messages.at(-1)!;
    expect(answer.parts).toEqual([{ type: 'text', text: 'Whole.' }]);
    expect(answer.metadata).toMatchObject({ streamed: false, finishReason: 'end_turn', responseId: 'msg_w', usage: { inputTokens: 2, outputTokens: 3 } });
  });
});
