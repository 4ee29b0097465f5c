import { createChatProxy } from 'react-chat-stream/server';

// Made on the first request, not at import: `next build` imports this module, and the key is a run-time secret.
let proxy: ((request: Request) => Promise<Response>) | undefined;

export function POST(request: Request): Promise<Response> {
  proxy ??= createChatProxy({
    apiKey: process.env.OPENAI_API_KEY!,
    baseURL: process.env.OPENAI_BASE_URL,
    model: 'gpt-4o-mini',
  });
  return proxy(request);
}
