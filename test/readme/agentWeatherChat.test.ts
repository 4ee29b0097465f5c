import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls } from '../../src/message';
import type { MockScenarioResolver } from '../../src/testing/index';
import { sendJson } from '../helpers/sse';
import { serveForEachTest, type TestHandler } from '../helpers/startTestServer';
import { createWeatherChat } from '../../examples/agent/weatherChat';
import { mockUpstreamForEachTest } from './startReadmeBackend';

const serve = serveForEachTest();
const startUpstream = mockUpstreamForEachTest();
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The mock model on 127.0.0.1, and the page's own `/api/weather` on another server (the example fetches it same-origin). */
async function start(resolve: MockScenarioResolver, weather: TestHandler) {
  const upstream = await startUpstream(resolve);
  const page = await serve(weather);
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => realFetch(typeof input === 'string' && input.startsWith('/') ? page.url + input : input, init));
  return { upstream, page, chat: createWeatherChat(`${upstream.url}/chat/completions`) };
}

/** Both tools in the first step, then an answer quoting the results the second request carried. */
const twoTools =
  (forecast: object): MockScenarioResolver =>
  (request) => ({
    tokensPerSecond: 0,
    steps: [
      { toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' }, id: 'call_w' }, { name: 'get_forecast', arguments: forecast, id: 'call_f' }] },
      { text: `Got ${request.toolResults.length} results.` },
    ],
  });

const clearSky: TestHandler = (req, res) => sendJson(res, 200, { city: new URL(req.url!, 'http://x').searchParams.get('city'), sky: 'clear' });

describe('README Tools and agents: client tools (examples/agent/weatherChat.ts)', () => {
  it('declares both tools (the zod one as its JSON Schema), runs them and answers in the same message', async () => {
    const { upstream, page, chat } = await start(twoTools({ city: 'Oslo', days: 2 }), clearSky);

    expect(await chat.send('Weather in Oslo?')).toBe('complete');

    const [weather, forecast] = getToolCalls(chat.getState().messages[1]!);
    expect(weather?.result).toEqual({ city: 'Oslo', sky: 'clear' });
    expect(forecast?.result).toEqual({ city: 'Oslo', highs: [18, 19] });
    expect(getMessageText(chat.getState().messages[1]!)).toBe('Got 2 results.');
    expect(chat.getState().messages).toHaveLength(2);
    expect(page.requests).toBe(1);
    // The second request brought both results back; there was no third.
    expect(upstream.requests.map((request) => request.toolResults.map((result) => result.toolCallId))).toEqual([[], ['call_w', 'call_f']]);
    const declared = (upstream.requests[0]!.body as { tools: Array<{ function: { name: string; parameters: { properties: object } } }> }).tools;
    expect(declared.map((tool) => tool.function.name)).toEqual(['get_weather', 'get_forecast']);
    expect(declared[1]!.function.parameters.properties).toEqual({ city: { type: 'string' }, days: { type: 'integer', minimum: 1, maximum: 7 } });
  });

  it('sends arguments the zod schema refuses, and a tool that throws, back to the model as error results', async () => {
    const { upstream, chat } = await start(twoTools({ city: 'Oslo', days: 30 }), (_req, res) => sendJson(res, 503, { error: 'down' }));

    expect(await chat.send('Weather in Oslo?')).toBe('complete');

    const [weather, forecast] = getToolCalls(chat.getState().messages[1]!);
    expect(weather).toMatchObject({ isError: true, result: expect.stringContaining('Weather service: 503') });
    expect(forecast).toMatchObject({ isError: true, result: expect.stringMatching(/get_forecast: days: /) });
    expect(chat.getState().status).toBe('idle');
    expect(String(upstream.requests[1]!.toolResults[1]!.content)).toMatch(/days/);
  });
});
