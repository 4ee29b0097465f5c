import { afterEach, describe, it, expect } from 'vitest';
import { getToolCalls } from '../../../src/message';
import { geminiProtocol } from '../../../src/protocols/gemini';
import { createChatStore } from '../../../src/store/createChatStore';
import { readFixtureBytes } from '../../core/decodeBytes';
import { startTestServer, type TestServer } from '../../helpers/startTestServer';
import { wireSignatures, wireText } from './geminiFixture';

let server: TestServer | undefined;
afterEach(() => server?.close());

const PATH = '/v1beta/models/gemini-3-pro-preview:streamGenerateContent?alt=sse';
const urls: string[] = [];

/** A real loopback server that answers request i with recorded body i, as Gemini does (no terminator). */
async function serve(bodies: readonly Uint8Array[]): Promise<TestServer> {
  urls.length = 0;
  server = await startTestServer((req, res, index) => {
    urls.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(bodies[index]);
  });
  return server;
}

interface SentRequest {
  systemInstruction?: unknown;
  contents: { role: string; parts: Record<string, unknown>[] }[];
  generationConfig?: unknown;
}

describe('geminiProtocol round trip through a real server and the store', () => {
  it('the second request carries the thought signature on the function call and its functionResponse; the third the text signature', async () => {
    const callFixture = 'gemini/thought-summaries-then-function-call.crlf.sse';
    const textFixture = 'gemini/text-thought-signature-on-empty-final-part.sse';
    const { url, bodies } = await serve([readFixtureBytes(callFixture), readFixtureBytes(textFixture), readFixtureBytes(textFixture)]);
    const generationConfig = { thinkingConfig: { includeThoughts: true } };
    const store = createChatStore({ api: `${url}${PATH}`, protocol: geminiProtocol, body: { generationConfig }, retry: false });

    expect(await store.send('Do I need a coat in San Francisco?')).toBe('complete');
    const [call] = getToolCalls(store.getState().messages.at(-1)!);
    expect(call).toMatchObject({ toolName: 'weather', args: { city: 'San Francisco' }, state: 'ready' });
    store.addToolResult({ toolCallId: call!.toolCallId, result: { celsius: 14, wind: 'strong' } });
    expect(await store.continue()).toBe('complete');

    expect(urls).toEqual([PATH, PATH]);
    expect(JSON.parse(bodies[0]!)).toEqual({ generationConfig, contents: [{ role: 'user', parts: [{ text: 'Do I need a coat in San Francisco?' }] }] });
    const second = JSON.parse(bodies[1]!) as SentRequest;
    expect(second.generationConfig).toEqual(generationConfig);
    expect(second.contents).toEqual([
      { role: 'user', parts: [{ text: 'Do I need a coat in San Francisco?' }] },
      {
        role: 'model',
        parts: [
          { text: wireText(callFixture, true), thought: true },
          { functionCall: { name: 'weather', args: { city: 'San Francisco' } }, thoughtSignature: wireSignatures(callFixture)[0] },
        ],
      },
      { role: 'user', parts: [{ functionResponse: { name: 'weather', response: { output: { celsius: 14, wind: 'strong' } } } }] },
    ]);

    const answer = store.getState().messages.at(-1)!;
    expect(answer.parts).toEqual([{ type: 'text', text: wireText(textFixture, false), providerData: { thoughtSignature: wireSignatures(textFixture)[0] } }]);
    expect(answer.metadata?.finishReason).toBe('STOP');

    expect(await store.send('Thanks')).toBe('complete');
    const third = JSON.parse(bodies[2]!) as SentRequest;
    expect(third.contents.map((content) => `${content.role}: ${content.parts.map((part) => Object.keys(part).join('+')).join(', ')}`)).toEqual([
      'user: text',
      'model: text+thought, functionCall+thoughtSignature',
      'user: functionResponse',
      'model: text+thoughtSignature',
      'user: text',
    ]);
    expect(third.contents[3]!.parts[0]).toEqual({ text: wireText(textFixture, false), thoughtSignature: wireSignatures(textFixture)[0] });
  });

  it('a system message goes as systemInstruction and an attachment inline', async () => {
    const { url, bodies } = await serve([readFixtureBytes('gemini/max-tokens-thinking-budget.sse')]);
    const store = createChatStore({
      api: `${url}${PATH}`,
      protocol: geminiProtocol,
      retry: false,
      initialMessages: [{ id: 's', role: 'system', parts: [{ type: 'text', text: 'Be brief.' }], status: 'complete' }],
    });
    expect(await store.send({ text: 'What is this?', files: [{ type: 'file', mediaType: 'image/png', data: 'iVBORw0KGgo=' }] })).toBe('complete');
    expect(JSON.parse(bodies[0]!)).toEqual({
      systemInstruction: { parts: [{ text: 'Be brief.' }] },
      contents: [{ role: 'user', parts: [{ text: 'What is this?' }, { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } }] }],
    });
    expect(store.getState().messages.at(-1)?.metadata?.finishReason).toBe('MAX_TOKENS');
  });
});
