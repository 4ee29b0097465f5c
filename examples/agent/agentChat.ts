// An agent chat: tools that run in the page, one that needs approval, one the app answers, one that ends the turn.
import { createChatStore, type ChatTool } from 'react-chat-stream/core';

const getWeather: ChatTool<{ city: string }> = {
  description: 'The current weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  execute: async ({ city }, { signal }) => {
    const response = await fetch(`/api/weather?city=${encodeURIComponent(city)}`, { signal });
    return response.json();
  },
};

const deleteFile: ChatTool<{ path: string }> = {
  description: 'Deletes a file of the project',
  parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
  needsApproval: ({ path }) => !path.startsWith('tmp/'),
  execute: async ({ path }) => ({ deleted: path }),
};

export function createAgentChat(api: string) {
  return createChatStore({
    api,
    tools: {
      get_weather: getWeather,
      delete_file: deleteFile,
      // No execute: the app shows a date picker and answers with addToolResult.
      pick_date: { description: 'Asks the user for a date', parameters: { type: 'object', properties: {} } },
      // Its result is the answer: the turn ends there.
      final_answer: { parameters: { type: 'object', properties: { text: { type: 'string' } } }, terminal: true, execute: ({ text }: { text: string }) => text },
    },
    maxSteps: 8,
    maxOutputTokensPerTurn: 20_000,
    maxTurnMs: 120_000,
  });
}
