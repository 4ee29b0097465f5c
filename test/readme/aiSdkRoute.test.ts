import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { convertArrayToReadableStream, MockLanguageModelV3, MockProviderV3 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { getMessageText } from '../../src/message';
import { aiSdkUiProtocol } from '../../src/protocols/ai-sdk-ui';
import { createChatStore } from '../../src/store/createChatStore';

const ANSWER: LanguageModelV3StreamPart[] = [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: 'Hello from ' },
  { type: 'text-delta', id: 't', delta: 'the AI SDK.' },
  { type: 'text-end', id: 't' },
  {
    type: 'finish',
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: { inputTokens: { total: 3, noCache: 3, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 6, text: 6, reasoning: undefined } },
  },
];

afterEach(() => {
  globalThis.AI_SDK_DEFAULT_PROVIDER = undefined;
});

describe('README Protocols: a Next.js route on the AI SDK (examples/ai-sdk/route.ts)', () => {
  it('answers the store speaking aiSdkUiProtocol, and reads the conversation it sends', async () => {
    // The route names its model by id, which the AI SDK resolves through its default provider: a mock here.
    const model = new MockLanguageModelV3({ doStream: () => Promise.resolve({ stream: convertArrayToReadableStream(ANSWER) }) });
    globalThis.AI_SDK_DEFAULT_PROVIDER = new MockProviderV3({ languageModels: { 'openai/gpt-4o-mini': model } });
    const { POST } = await import('../../examples/ai-sdk/route');

    const responses: Response[] = [];
    const store = createChatStore({
      api: 'http://app.test/api/chat',
      protocol: aiSdkUiProtocol,
      throttle: 'sync',
      retry: false,
      fetch: async (input, init) => {
        const response = await POST(new Request(input, init));
        responses.push(response.clone());
        return response;
      },
    });

    expect(await store.send('Hi')).toBe('complete');
    expect(responses[0]?.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(model.doStreamCalls[0]?.prompt).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }]);
    const answer = store.getState().messages[1]!;
    expect(getMessageText(answer)).toBe('Hello from the AI SDK.');
    expect(answer).toMatchObject({ status: 'complete', metadata: { finishReason: 'stop' } });
  });
});
