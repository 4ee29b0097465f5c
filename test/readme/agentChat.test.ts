import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls } from '../../src/message';
import { completion } from '../helpers/openaiFrames';
import { writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { toolCallAnswer } from '../store/agentFrames';
import { createAgentChat } from '../../examples/agent/agentChat';

const serve = serveForEachTest();

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('README Tools and agents (examples/agent/agentChat.ts)', () => {
  it('runs the weather tool and answers in one message, declaring every tool', async () => {
    const s = await serve((req, res, index) => {
      if (req.url?.startsWith('/api/weather')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ city: new URL(req.url, s.url).searchParams.get('city'), sky: 'clear' }));
      }
      return writeSse(res, index === 0 ? toolCallAnswer('call_w', 'get_weather', '{"city":"Oslo"}') : completion(['Clear in Oslo.']));
    });
    // The example fetches a same-origin path, as a page does; here the origin is the test server.
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => realFetch(typeof input === 'string' && input.startsWith('/') ? s.url + input : input, init));
    const chat = createAgentChat(`${s.url}/api/chat`);

    expect(await chat.send('Weather in Oslo?')).toBe('complete');

    const turn = chat.getState().messages[1]!;
    expect(getToolCalls(turn)[0]?.result).toEqual({ city: 'Oslo', sky: 'clear' });
    expect(getMessageText(turn)).toBe('Clear in Oslo.');
    const declared = (JSON.parse(s.bodies[0]!) as { tools: Array<{ function: { name: string } }> }).tools.map((tool) => tool.function.name);
    expect(declared).toEqual(['get_weather', 'delete_file', 'pick_date', 'final_answer']);
  });

  it('asks before deleting outside tmp/, runs once approved, and ends the turn on final_answer', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_d', 'delete_file', '{"path":"src/a.ts"}') : toolCallAnswer('call_f', 'final_answer', '{"text":"Done."}')),
    );
    const chat = createAgentChat(s.url);
    await chat.send('Delete src/a.ts');
    expect(getToolCalls(chat.getState().messages[1]!)[0]?.approval).toEqual({ state: 'requested' });

    await chat.approveToolCall('call_d');

    const turn = chat.getState().messages[1]!;
    expect(getToolCalls(turn).map((call) => call.result)).toEqual([{ deleted: 'src/a.ts' }, 'Done.']);
    expect(turn.metadata?.turnEnd).toBe('terminal-tool');
    expect(s.requests).toBe(2);
  });
});
