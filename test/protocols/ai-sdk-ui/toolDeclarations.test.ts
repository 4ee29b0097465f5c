import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/message';
import type { ToolDefinition } from '../../../src/protocols/ChatProtocol';
import { aiSdkUiProtocol } from '../../../src/protocols/ai-sdk-ui';

const conversation: ChatMessage[] = [{ id: 'u', role: 'user', parts: [{ type: 'text', text: 'Weather in Oslo?' }], status: 'complete' }];
const tools: ToolDefinition[] = [{ name: 'get_weather', description: 'Current weather of a city.', inputSchema: { type: 'object' } }];

describe('aiSdkUiProtocol tool declarations', () => {
  it('sends no tools: an AI SDK route defines them on the server, as DefaultChatTransport does', () => {
    const withTools = aiSdkUiProtocol.buildRequest(conversation, { api: '/api/chat', chatId: 'c', tools });
    const without = aiSdkUiProtocol.buildRequest(conversation, { api: '/api/chat', chatId: 'c' });
    expect(withTools).toStrictEqual(without);
    expect(Object.keys(withTools.body as object).sort()).toEqual(['id', 'messages', 'trigger']);
  });
});
