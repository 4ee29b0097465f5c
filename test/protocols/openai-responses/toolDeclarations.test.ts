import type { FunctionTool } from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import { openAIResponsesProtocol } from '../../../src/protocols/openai-responses';
import { toolRequestBody, weatherTools } from '../toolDeclarationFixtures';

const weatherSchema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
const tools = weatherTools(weatherSchema);

const bodyOf = toolRequestBody(openAIResponsesProtocol, '/v1/responses');

describe('openAIResponsesProtocol tool declarations', () => {
  it('declares each client tool as a non-strict function tool, in the openai client’s FunctionTool shape', () => {
    const expected: FunctionTool[] = [
      { type: 'function', name: 'get_weather', description: 'Current weather of a city.', parameters: weatherSchema, strict: false },
      { type: 'function', name: 'pick_date', parameters: { type: 'object' }, strict: false },
    ];
    const body = bodyOf({ tools });
    expect(JSON.parse(JSON.stringify(body.tools))).toStrictEqual(expected);
    // The rest of the request is unchanged by the declaration.
    expect(body).toMatchObject({ stream: true, store: false, include: ['reasoning.encrypted_content'] });
    expect(body.input).toEqual([{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Weather in Oslo?' }] }]);
  });

  it('leaves the key out when there are no tools, or an empty list', () => {
    expect('tools' in bodyOf({})).toBe(false);
    expect('tools' in bodyOf({ tools: [] })).toBe(false);
  });
});
