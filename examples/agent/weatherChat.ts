// Client tools: the model calls them, the page runs them, and the turn goes on by itself.
import { createChatStore, type ChatTool } from 'react-chat-stream/core';
import { z } from 'zod';

// A JSON Schema: sent to the model, and checked before `execute` runs.
const getWeather: ChatTool<{ city: string }> = {
  description: 'The current weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  execute: async ({ city }, { signal }) => {
    const response = await fetch(`/api/weather?city=${encodeURIComponent(city)}`, { signal });
    if (!response.ok) throw new Error(`Weather service: ${response.status}`);
    return response.json();
  },
};

// Any Standard Schema (zod, valibot, arktype): zod 4 also gives the JSON Schema the request declares.
const forecastArgs = z.object({ city: z.string(), days: z.number().int().min(1).max(7) });

const getForecast: ChatTool<z.infer<typeof forecastArgs>> = {
  description: 'Daily highs for the next days',
  parameters: forecastArgs,
  execute: ({ city, days }) => ({ city, highs: Array.from({ length: days }, (_, day) => 18 + (day % 3)) }),
};

export function createWeatherChat(api: string) {
  return createChatStore({ api, tools: { get_weather: getWeather, get_forecast: getForecast } });
}
