import type { Tool } from '@anthropic-ai/sdk/resources/messages';
import { describe, expect, it } from 'vitest';
import { anthropicProtocol } from '../../../src/protocols/anthropic';
import { toolRequestBody, weatherTools } from '../toolDeclarationFixtures';

const weatherSchema = { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] };
const tools = weatherTools(weatherSchema);

const bodyOf = toolRequestBody(anthropicProtocol, '/v1/messages');

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
