import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';
import { openAIChatProtocol } from '../../../src/protocols/openai-chat';
import { toolRequestBody, weatherTools } from '../toolDeclarationFixtures';

const weatherSchema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false };
const tools = weatherTools(weatherSchema);

const bodyOf = toolRequestBody(openAIChatProtocol, '/v1/chat/completions');

describe('openAIChatProtocol tool declarations', () => {
  it('declares each client tool as a function tool, in the openai client’s ChatCompletionFunctionTool shape', () => {
    const expected: ChatCompletionFunctionTool[] = [
      { type: 'function', function: { name: 'get_weather', description: 'Current weather of a city.', parameters: weatherSchema } },
      { type: 'function', function: { name: 'pick_date', parameters: { type: 'object' } } },
    ];
    const body = bodyOf({ tools });
    expect(body.tools).toEqual(expected);
    // A tool without a description sends no `description` key once serialized.
    expect(JSON.parse(JSON.stringify(body.tools))).toStrictEqual(expected);
    expect(body.messages).toEqual([{ role: 'user', content: 'Weather in Oslo?' }]);
  });

  it('leaves the key out when there are no tools, or an empty list', () => {
    expect('tools' in bodyOf({})).toBe(false);
    expect('tools' in bodyOf({ tools: [] })).toBe(false);
  });

  it('passes the JSON Schema through untouched', () => {
    const declared = bodyOf({ tools }).tools as ChatCompletionFunctionTool[];
    expect(declared[0]?.function.parameters).toBe(weatherSchema);
  });
});
