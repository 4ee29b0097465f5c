import type { Tool } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { geminiProtocol } from '../../../src/protocols/gemini';
import { toolRequestBody, weatherTools } from '../toolDeclarationFixtures';

// Full JSON Schema (lowercase types, `additionalProperties`, `anyOf`): what `parametersJsonSchema` accepts
// and Google's OpenAPI-subset `parameters` would not.
const weatherSchema = {
  type: 'object',
  properties: { city: { type: 'string' }, units: { anyOf: [{ const: 'metric' }, { const: 'imperial' }] } },
  required: ['city'],
  additionalProperties: false,
};
const tools = weatherTools(weatherSchema);
const api = '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';

const bodyOf = toolRequestBody(geminiProtocol, api);

describe('geminiProtocol tool declarations', () => {
  it('declares the client tools as one Tool of functionDeclarations with parametersJsonSchema, in the @google/genai shape', () => {
    const expected: Tool[] = [
      {
        functionDeclarations: [
          { name: 'get_weather', description: 'Current weather of a city.', parametersJsonSchema: weatherSchema },
          { name: 'pick_date', parametersJsonSchema: { type: 'object' } },
        ],
      },
    ];
    const body = bodyOf({ tools });
    expect(JSON.parse(JSON.stringify(body.tools))).toStrictEqual(expected);
    // `parameters` and `parametersJsonSchema` are mutually exclusive in the API.
    expect(JSON.stringify(body.tools)).not.toContain('"parameters"');
    expect(body.contents).toEqual([{ role: 'user', parts: [{ text: 'Weather in Oslo?' }] }]);
  });

  it('leaves the key out when there are no tools, or an empty list', () => {
    expect('tools' in bodyOf({})).toBe(false);
    expect('tools' in bodyOf({ tools: [] })).toBe(false);
  });
});
