// app/api/chat/route.ts of a Next.js app on the AI SDK: the route useChat talks to, unchanged.
import { convertToModelMessages, streamText, type UIMessage } from 'ai';

export async function POST(request: Request): Promise<Response> {
  const { messages } = (await request.json()) as { messages: UIMessage[] };
  const result = streamText({ model: 'openai/gpt-4o-mini', messages: await convertToModelMessages(messages) });
  return result.toUIMessageStreamResponse();
}
