import type { ChatMessage } from '../../src/message';
import type { ChatProtocol, ToolDefinition } from '../../src/protocols/ChatProtocol';

/** The one-message conversation the tool-declaration tests build requests for. */
export const toolConversation: ChatMessage[] = [{ id: 'u', role: 'user', parts: [{ type: 'text', text: 'Weather in Oslo?' }], status: 'complete' }];

/** A described tool with `weatherSchema` and an undescribed one with the minimal schema. */
export const weatherTools = (weatherSchema: Record<string, unknown>): ToolDefinition[] => [
  { name: 'get_weather', description: 'Current weather of a city.', inputSchema: weatherSchema },
  { name: 'pick_date', inputSchema: { type: 'object' } },
];

/** The body `protocol` builds for {@link toolConversation} with the given request options. */
export const toolRequestBody =
  (protocol: ChatProtocol, api: string, chatId = 'c') =>
  (options: { tools?: readonly ToolDefinition[] }) =>
    protocol.buildRequest(toolConversation, { api, chatId, ...options }).body as Record<string, unknown>;
