import type { Tool } from '@ag-ui/core';
import { RunAgentInputSchema } from '@ag-ui/core/schemas';
import { describe, expect, it } from 'vitest';
import { agUiProtocol } from '../../../src/protocols/ag-ui';
import { toolRequestBody, weatherTools } from '../toolDeclarationFixtures';

const weatherSchema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
const tools = weatherTools(weatherSchema);

const bodyOf = toolRequestBody(agUiProtocol, '/agent', 'thread-1');

describe('agUiProtocol tool declarations', () => {
  it('declares each client tool in RunAgentInput.tools, as @ag-ui/core’s Tool, with an empty description when none is given', () => {
    const expected: Tool[] = [
      { name: 'get_weather', description: 'Current weather of a city.', parameters: weatherSchema },
      { name: 'pick_date', description: '', parameters: { type: 'object' } },
    ];
    const body = bodyOf({ tools });
    expect(body.tools).toStrictEqual(expected);
    // The official schema accepts the whole input, tools included, and keeps them as sent.
    expect(RunAgentInputSchema.parse(body).tools).toStrictEqual(expected);
  });

  it('sends an empty list when there are no tools, since RunAgentInput requires the field', () => {
    for (const options of [{}, { tools: [] }]) {
      const body = bodyOf(options);
      expect(body.tools).toStrictEqual([]);
      expect(RunAgentInputSchema.parse(body).tools).toStrictEqual([]);
    }
  });
});
