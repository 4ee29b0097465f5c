import type { Tool } from '@anthropic-ai/sdk/resources/messages';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/message';
import type { ToolDefinition } from '../../../src/protocols/ChatProtocol';
import { anthropicProtocol } from '../../../src/protocols/anthropic';

const conversation: ChatMessage[] = [{ id: 'u', role: 'user', parts: [{ type: 'text', text: 'Weather in Oslo?' }], status: 'complete' }];
const weatherSchema = { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] };
const tools: ToolDefinition[] = [
  { name: 'get_weather', description: 'Current weather of a city.', inputSchema: weatherSchema },
  { name: 'pick_date', inputSchema: { type: 'object' } },
];

const bodyOf = (options: { tools?: readonly ToolDefinition[] }) =>
  anthropicProtocol.buildRequest(conversation, { api: '/v1/messages', chatId: 'c', ...options }).body as Record<string, unknown>;

describe('anthropicProtocol tool declarations', () => {
  it('declares each client tool with its input_schema, in the @anthropic-ai/sdk Tool shape', () => {
    const expected: Tool[] = [
      { name: 'get_weather', description: 'Current weather of a city.', input_schema: weatherSchema },
      { name: 'pick_date', input_schema: { type: 'object' } },
    ];
    const body = bodyOf({ tools });
    expect(JSON.parse(JSON.stringify(body.tools))).toStrictEqual(expected);
    expect(body).toMatchObject({ max_tokens: 4096, stream: true, messages: [{ role: 'user' }] });
  });

  it('leaves the key out when there are no tools, or an empty list', () => {
    expect('tools' in bodyOf({})).toBe(false);
    expect('tools' in bodyOf({ tools: [] })).toBe(false);
  });
});
