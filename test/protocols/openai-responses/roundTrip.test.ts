import { describe, expect, it } from 'vitest';
import { getToolCalls } from '../../../src/message';
import { openAIResponsesProtocol } from '../../../src/protocols/openai-responses';
import { createChatStore } from '../../../src/store/createChatStore';
import { readFixtureBytes } from '../../core/decodeBytes';
import { serveForEachTest } from '../../helpers/startTestServer';
import { readResponsesFixture, wireEvents } from './responsesFixtures';

const serve = serveForEachTest();

const TURNS = ['openai-responses/reasoning-item-then-function-call-gpt5.sse', 'openai-responses/text.sse'];

// Two turns through a real socket and the real fetch: gpt-5 reasons (encrypted) and calls a function;
// the app answers the call; the second request must carry the encrypted reasoning item and the
// function call with its output, in the Responses shape, for the stateless (`store: false`) API.
describe('OpenAI Responses round trip through a loopback server', () => {
  it('the second request sends back the encrypted reasoning, the call and its function_call_output', async () => {
    const server = await serve((_req, res, index) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(readFixtureBytes(TURNS[index] ?? TURNS[1]!));
    });
    const store = createChatStore({
      api: `${server.url}/v1/responses`,
      protocol: openAIResponsesProtocol,
      body: { model: 'gpt-5', tools: [{ type: 'function', name: 'final_result', parameters: { type: 'object' } }] },
      initialMessages: [{ role: 'system', parts: [{ type: 'text', text: 'Answer with a number.' }], status: 'complete' }],
      retry: false,
      throttle: 'sync',
    });

    expect(await store.send('What is 6666?')).toBe('complete');
    const [call] = getToolCalls(store.getState().messages.at(-1)!);
    expect(call).toMatchObject({ toolCallId: 'call_CWXgs68YprAjp6t0371hiPOI', toolName: 'final_result', args: { result: 6666 } });
    store.addToolResult({ toolCallId: call!.toolCallId, result: { ok: true } });
    expect(await store.continue()).toBe('complete');

    expect(server.requests).toBe(2);
    const first = JSON.parse(server.bodies[0]!) as Record<string, unknown>;
    const second = JSON.parse(server.bodies[1]!) as Record<string, unknown>;
    const userItem = { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'What is 6666?' }] };
    expect(first).toEqual({
      model: 'gpt-5',
      tools: [{ type: 'function', name: 'final_result', parameters: { type: 'object' } }],
      instructions: 'Answer with a number.',
      input: [userItem],
      stream: true,
      store: false,
      include: ['reasoning.encrypted_content'],
    });

    const reasoningDone = wireEvents(readResponsesFixture(TURNS[0]!), 'response.output_item.done')[0]?.item as Record<string, string>;
    expect(second).toMatchObject({ model: 'gpt-5', instructions: 'Answer with a number.', store: false, include: ['reasoning.encrypted_content'] });
    expect(second.input).toEqual([
      userItem,
      { type: 'reasoning', id: reasoningDone.id, summary: [], encrypted_content: reasoningDone.encrypted_content },
      { type: 'function_call', call_id: 'call_CWXgs68YprAjp6t0371hiPOI', name: 'final_result', arguments: '{"result":6666}' },
      { type: 'function_call_output', call_id: 'call_CWXgs68YprAjp6t0371hiPOI', output: '{"ok":true}' },
    ]);
    expect(reasoningDone.encrypted_content).toMatch(/^gAAAAAB/);

    // The second answer is the text of text.sse, in the assistant message after the call.
    const messages = store.getState().messages;
    expect(messages.map((message) => [message.role, message.parts.map((part) => part.type)])).toEqual([
      ['system', ['text']],
      ['user', ['text']],
      ['assistant', ['reasoning', 'tool-call']],
      ['assistant', ['text']],
    ]);
    expect(messages.at(-1)?.metadata?.responseId).toBe('resp_6859a4ad7d3c81999e9e02548c91e2a8077218073e9990d3');
  });

  it('a server that ignores stream: true and answers one response object still gives the message', async () => {
    const body = {
      id: 'resp_json',
      object: 'response',
      model: 'gpt-test',
      status: 'completed',
      output: [{ id: 'msg_json', type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Whole.', annotations: [] }] }],
      usage: { input_tokens: 4, output_tokens: 2, total_tokens: 6 },
    };
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    const store = createChatStore({ api: `${server.url}/v1/responses`, protocol: openAIResponsesProtocol, retry: false, throttle: 'sync' });
    expect(await store.send('hi')).toBe('complete');
    const message = store.getState().messages.at(-1)!;
    expect(message.parts).toEqual([{ type: 'text', text: 'Whole.', providerData: { itemId: 'msg_json' } }]);
    expect(message.metadata).toMatchObject({ streamed: false, responseId: 'resp_json', finishReason: 'completed', usage: { inputTokens: 4, outputTokens: 2 } });
  });

  it('a model without reasoning: `body: { include: [] }` replaces the default include', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(readFixtureBytes('openai-responses/text.sse'));
    });
    const store = createChatStore({
      api: `${server.url}/v1/responses`,
      protocol: openAIResponsesProtocol,
      body: { model: 'gpt-4o', include: [] },
      retry: false,
      throttle: 'sync',
    });
    expect(await store.send('Who are you?')).toBe('complete');
    expect(JSON.parse(server.bodies[0]!)).toMatchObject({ model: 'gpt-4o', include: [], store: false, stream: true });
  });

  it('a file the Responses API cannot take is refused before any request', async () => {
    const server = await serve((_req, res) => {
      res.end();
    });
    const store = createChatStore({ api: `${server.url}/v1/responses`, protocol: openAIResponsesProtocol, retry: false, throttle: 'sync' });
    expect(await store.send({ text: 'Watch this', files: [{ type: 'file', mediaType: 'video/mp4', name: 'clip.mp4', data: 'AAAA' }] })).toBe('error');
    expect(store.getState().error).toMatchObject({ code: 'attachment' });
    expect(server.requests).toBe(0);
  });
});
