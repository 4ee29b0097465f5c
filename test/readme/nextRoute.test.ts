import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMockChatServer, type MockChatServer } from '../../src/testing/node/index';

let upstream: MockChatServer | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.resetModules();
  await upstream?.close();
});

const chatRequest = (content: string, signal?: AbortSignal) =>
  new Request('http://127.0.0.1/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer from-the-browser' },
    body: JSON.stringify({ messages: [{ role: 'user', content }] }),
    signal,
  });

describe('README Next.js: the route handler (examples/nextjs/app/api/chat/route.ts)', () => {
  it('imports without the key, as `next build` does, and reads the env on the first request', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    const route = await import('../../examples/nextjs/app/api/chat/route');
    expect(typeof route.POST).toBe('function');

    upstream = await startMockChatServer({ scenario: { text: 'Hello from upstream.', tokensPerSecond: 0 } });
    vi.stubEnv('OPENAI_API_KEY', 'sk-route-test');
    vi.stubEnv('OPENAI_BASE_URL', upstream.url);
    const response = await route.POST(chatRequest('Hi'));

    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('"content":"Hello"');
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    expect(upstream.requests[0]!.headers.authorization).toBe('Bearer sk-route-test');
    expect(upstream.requests[0]!.body).toMatchObject({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
  });

  it('closes the upstream socket when the browser goes away mid-answer', async () => {
    upstream = await startMockChatServer({ scenario: { text: 'word '.repeat(200), tokensPerSecond: 20 } });
    vi.stubEnv('OPENAI_API_KEY', 'sk-route-test');
    vi.stubEnv('OPENAI_BASE_URL', upstream.url);
    const { POST } = await import('../../examples/nextjs/app/api/chat/route');
    const browser = new AbortController();
    const response = await POST(chatRequest('Hi', browser.signal));
    const reader = response.body!.getReader();
    await reader.read();
    browser.abort();

    expect(await upstream.requests[0]!.closed).toBe('client-closed');
  });
});
