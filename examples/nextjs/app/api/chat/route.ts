import { createChatProxy } from 'react-chat-stream/server';

export const POST = createChatProxy({
  apiKey: process.env.OPENAI_API_KEY!,
  baseURL: process.env.OPENAI_BASE_URL,
  model: 'gpt-4o-mini',
});
