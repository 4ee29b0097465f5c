import { describe, expect, it } from 'vitest';
import { createChatProxy, type ChatProxyOptions } from '../../src/server';
import { JSON_HEADERS, TEST_KEY } from './proxyHarness';

/** A proxy whose upstream `fetch` records the bodies it was sent and answers 200. */
function proxyWith(options: Partial<ChatProxyOptions>) {
  const sent: Record<string, unknown>[] = [];
  const handler = createChatProxy({
    apiKey: TEST_KEY,
    fetch: async (_url, init) => {
      sent.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    },
    ...options,
  });
  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    handler(new Request('http://localhost/api/chat', { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) }));
  return { post, sent };
}
const messages = [{ role: 'user', content: 'hi' }];
const errorOf = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;

describe('which model runs', () => {
  it('allowModels: forwards a listed model, answers 400 to any other, and fills model (else the first listed)', async () => {
    const { post, sent } = proxyWith({ allowModels: ['gpt-a', 'gpt-b'] });
    expect((await post({ messages, model: 'gpt-b' })).status).toBe(200);
    const refused = await post({ messages, model: 'o1-pro' });
    expect(refused.status).toBe(400);
    expect(await errorOf(refused)).toMatch(/o1-pro.*gpt-a, gpt-b/);
    expect((await post({ messages })).status).toBe(200);
    expect(sent.map((body) => body.model)).toEqual(['gpt-b', 'gpt-a']);

    const withDefault = proxyWith({ allowModels: ['gpt-a', 'gpt-b'], model: 'gpt-b' });
    await withDefault.post({ messages });
    expect(withDefault.sent[0]?.model).toBe('gpt-b');
  });

  it('model alone pins the model: the browser may omit it or repeat it, nothing else', async () => {
    const { post, sent } = proxyWith({ model: 'gpt-test' });
    expect((await post({ messages, model: 'gpt-4.5-preview' })).status).toBe(400);
    expect((await post({ messages, model: 'gpt-test' })).status).toBe(200);
    expect((await post({ messages })).status).toBe(200);
    expect(sent.map((body) => body.model)).toEqual(['gpt-test', 'gpt-test']);
  });

  it('answers 400 to a model that is not a string', async () => {
    const { post, sent } = proxyWith({ allowModels: ['gpt-a'] });
    expect((await post({ messages, model: ['gpt-a'] })).status).toBe(400);
    expect(sent).toEqual([]);
  });
});

describe('what a request may cost', () => {
  it('clamps max_tokens and max_completion_tokens to maxTokens, and sets it when the browser names none', async () => {
    const { post, sent } = proxyWith({ model: 'm', maxTokens: 500 });
    await post({ messages, max_tokens: 100_000 });
    await post({ messages, max_completion_tokens: 100 });
    await post({ messages });
    expect(sent.map(({ max_tokens, max_completion_tokens }) => ({ max_tokens, max_completion_tokens }))).toEqual([
      { max_tokens: 500, max_completion_tokens: undefined },
      { max_tokens: undefined, max_completion_tokens: 100 },
      { max_tokens: undefined, max_completion_tokens: 500 },
    ]);
    expect((await post({ messages, max_tokens: '9999' })).status).toBe(400);
    expect((await post({ messages, max_tokens: -1 })).status).toBe(400);
  });

  it('answers 400 to n over maxChoices, which is 1 by default', async () => {
    const byDefault = proxyWith({ model: 'm' });
    const refused = await byDefault.post({ messages, n: 3 });
    expect(refused.status).toBe(400);
    expect(await errorOf(refused)).toMatch(/n.*1/);
    expect((await byDefault.post({ messages, n: 1 })).status).toBe(200);
    const raised = proxyWith({ model: 'm', maxChoices: 4 });
    expect((await raised.post({ messages, n: 3 })).status).toBe(200);
    expect((await raised.post({ messages, n: 5 })).status).toBe(400);
    expect((await raised.post({ messages, n: 1.5 })).status).toBe(400);
  });

  it('forces store to false unless allowStore', async () => {
    const closed = proxyWith({ model: 'm' });
    await closed.post({ messages, store: true });
    expect(closed.sent[0]?.store).toBe(false);
    const open = proxyWith({ model: 'm', allowStore: true });
    await open.post({ messages, store: true });
    expect(open.sent[0]?.store).toBe(true);
  });
});

describe('hooks', () => {
  it('transformBody gets the checked body and the request, may be async, and has the last word', async () => {
    const { post, sent } = proxyWith({
      model: 'm',
      transformBody: async (body, request) => ({ ...body, user: request.headers.get('x-user-id'), n: 2 }),
    });
    await post({ messages }, { 'x-user-id': 'u1' });
    expect(sent[0]).toMatchObject({ model: 'm', user: 'u1', n: 2 });
  });

  it('authorize: false answers 403, a Response is answered as is, true lets the request through', async () => {
    const seen: string[] = [];
    const { post, sent } = proxyWith({
      model: 'm',
      authorize: async (request) => {
        const user = request.headers.get('x-user') ?? '';
        seen.push(user);
        if (user === 'limited') return new Response('slow down', { status: 429, headers: { 'retry-after': '7' } });
        return user === 'alice';
      },
    });
    expect((await post({ messages })).status).toBe(403);
    const limited = await post({ messages }, { 'x-user': 'limited' });
    expect([limited.status, limited.headers.get('retry-after'), await limited.text()]).toEqual([429, '7', 'slow down']);
    expect(sent).toEqual([]);
    expect((await post({ messages }, { 'x-user': 'alice' })).status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(seen).toEqual(['', 'limited', 'alice']);
  });
});
