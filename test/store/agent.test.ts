import { describe, expect, it, vi } from 'vitest';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { getMessageText, getToolCalls, type ChatMessage } from '../../src/message';
import { createChatStore } from '../../src/store/createChatStore';
import { requestBody, requestMessages, waitForState } from '../helpers/chatStoreHarness';
import { completion } from '../helpers/openaiFrames';
import { writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { toolCallAnswer } from './agentFrames';

const serve = serveForEachTest();

const WEATHER_SCHEMA = {
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
};

const lastAssistant = (messages: ChatMessage[]): ChatMessage => messages.findLast((message) => message.role === 'assistant')!;

describe('agent turns with client tools', () => {
  it('runs tool → tool → text as one message with step boundaries, one request per step', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(
        res,
        [
          toolCallAnswer('call_1', 'get_weather', '{"city":"Paris"}'),
          toolCallAnswer('call_2', 'get_time', '{"zone":"CET"}'),
          completion(['Sunny, ', '14:05.']),
        ][index]!,
      ),
    );
    const weather = vi.fn(async ({ city }: { city: string }) => ({ city, sky: 'sunny' }));
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      tools: {
        get_weather: { description: 'The weather in a city', parameters: WEATHER_SCHEMA, execute: weather },
        get_time: { execute: () => '14:05' },
      },
    });

    expect(await store.send('Weather and time in Paris?')).toBe('complete');

    expect(s.requests).toBe(3);
    const { messages, status } = store.getState();
    expect(status).toBe('idle');
    expect(messages).toHaveLength(2);
    const turn = messages[1]!;
    expect(turn.status).toBe('complete');
    expect(turn.metadata?.turnEnd).toBeUndefined();
    expect(turn.parts.map((part) => part.type)).toEqual(['tool-call', 'step-start', 'tool-call', 'step-start', 'text']);
    expect(getToolCalls(turn).map((call) => call.result)).toEqual([{ city: 'Paris', sky: 'sunny' }, '14:05']);
    expect(getMessageText(turn)).toBe('Sunny, 14:05.');
    // Usage is the turn's: the steps' (10, 10, 5) in and (5, 5, 2) out, summed.
    expect(turn.metadata?.usage).toMatchObject({ inputTokens: 25, outputTokens: 12, totalTokens: 37 });
    expect(weather).toHaveBeenCalledWith({ city: 'Paris' }, expect.objectContaining({ toolCallId: 'call_1', signal: expect.any(AbortSignal) }));

    expect(requestBody(s, 0).tools).toEqual([
      { type: 'function', function: { name: 'get_weather', description: 'The weather in a city', parameters: WEATHER_SCHEMA } },
      { type: 'function', function: { name: 'get_time', parameters: { type: 'object' } } },
    ]);
    expect(requestMessages(s, 1)).toEqual([
      { role: 'user', content: 'Weather and time in Paris?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '{"city":"Paris","sky":"sunny"}' },
    ]);
    expect(requestMessages(s, 2).slice(3)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_2', type: 'function', function: { name: 'get_time', arguments: '{"zone":"CET"}' } }] },
      { role: 'tool', tool_call_id: 'call_2', content: '14:05' },
    ]);
  });

  it('keeps the message streaming between steps: it settles once, when the turn ends', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, [toolCallAnswer('call_1', 'get_weather', '{"city":"Paris"}'), completion(['Sunny.'])][index]!),
    );
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { get_weather: { execute: async () => 'sunny' } } });
    const seen: string[] = [];
    store.subscribe(({ messages, status }) => {
      const last = messages.at(-1)!;
      if (last.role === 'assistant') seen.push(`${status}:${last.status}:${last.parts.map((part) => part.type).join(',')}`);
    });

    expect(await store.send('Weather in Paris?')).toBe('complete');

    // The tool ran and its result was published while the message still read as streaming.
    expect(seen).toContain('streaming:streaming:tool-call');
    expect(seen.filter((entry) => entry.split(':')[1] === 'complete')).toEqual(['idle:complete:tool-call,step-start,text']);
  });

  it('sends arguments that fail the JSON Schema back as an error result, without running the tool', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_bad', 'get_weather', '{"town":"Paris"}') : completion(['Which city?'])),
    );
    const execute = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { get_weather: { parameters: WEATHER_SCHEMA, execute } } });
    await store.send('Weather?');

    expect(execute).not.toHaveBeenCalled();
    expect(s.requests).toBe(2);
    const call = getToolCalls(lastAssistant(store.getState().messages))[0]!;
    expect(call.isError).toBe(true);
    expect(call.result).toEqual(expect.stringContaining('Invalid arguments for get_weather'));
    expect(call.result).toEqual(expect.stringContaining('city'));
    expect(requestMessages(s, 1).at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_bad', content: call.result });
  });

  it('sends malformed JSON arguments and a throwing tool back as error results', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(
        res,
        [toolCallAnswer('call_json', 'lookup', '{"q": oops}'), toolCallAnswer('call_throw', 'lookup', '{"q":"x"}'), completion(['Sorry.'])][index]!,
      ),
    );
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      tools: {
        lookup: {
          execute: () => {
            throw new Error('index offline');
          },
        },
      },
    });
    expect(await store.send('Look up x')).toBe('complete');

    const [malformed, thrown] = getToolCalls(lastAssistant(store.getState().messages));
    expect(malformed).toMatchObject({ state: 'invalid', isError: true, result: expect.stringContaining('not valid JSON') });
    expect(thrown).toMatchObject({ isError: true, result: 'lookup failed: index offline' });
    expect(s.requests).toBe(3);
  });

  it('validates with a Standard Schema and runs the tool with its output', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(
        res,
        [toolCallAnswer('call_a', 'add', '{"a":2,"b":"3"}'), toolCallAnswer('call_b', 'add', '{"a":2,"b":3}'), completion(['5'])][index]!,
      ),
    );
    // A tiny Standard Schema: two numbers, output with their sum attached.
    const numbers: StandardSchemaV1<unknown, { a: number; b: number; checked: true }> = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate(value) {
          const { a, b } = (value ?? {}) as Record<string, unknown>;
          const issues = [
            ...(typeof a === 'number' ? [] : [{ message: 'expected a number', path: ['a'] }]),
            ...(typeof b === 'number' ? [] : [{ message: 'expected a number', path: ['b'] }]),
          ];
          return issues.length > 0 ? { issues } : { value: { a: a as number, b: b as number, checked: true } };
        },
      },
    };
    const execute = vi.fn(({ a, b }: { a: number; b: number }) => a + b);
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { add: { parameters: numbers, execute } } });
    await store.send('2 + 3?');

    const [bad, good] = getToolCalls(lastAssistant(store.getState().messages));
    expect(bad).toMatchObject({ isError: true, result: 'Invalid arguments for add: b: expected a number.' });
    expect(good).toMatchObject({ result: 5 });
    expect(good?.isError).toBeUndefined();
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0]![0]).toEqual({ a: 2, b: 3, checked: true });
    // Without a JSON form, the schema is declared as any object.
    expect(requestBody(s, 0).tools).toEqual([{ type: 'function', function: { name: 'add', parameters: { type: 'object' } } }]);
  });

  it('waits for addToolResult on a tool without execute, then goes on in the same message', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_pick', 'pick_date', '{}') : completion(['Booked for Monday.'])),
    );
    const onToolCall = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', onToolCall, tools: { pick_date: { description: 'Ask the user for a date' } } });
    expect(await store.send('Book a table')).toBe('complete');
    expect(s.requests).toBe(1);
    expect(onToolCall).toHaveBeenCalledWith(expect.objectContaining({ toolCallId: 'call_pick' }), expect.anything());

    store.addToolResult({ toolCallId: 'call_pick', result: '2026-11-30' });
    const state = await waitForState(store, (next) => next.status === 'idle' && getMessageText(next.messages.at(-1)!) === 'Booked for Monday.', 'the answer');

    expect(s.requests).toBe(2);
    expect(state.messages).toHaveLength(2);
    expect(state.messages[1]!.parts.map((part) => part.type)).toEqual(['tool-call', 'step-start', 'text']);
    expect(requestMessages(s, 1).at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_pick', content: '2026-11-30' });
  });

  it('keeps the earlier steps when a later step fails, ending the turn with that error', async () => {
    const s = await serve((_req, res, index) => {
      if (index === 0) return writeSse(res, toolCallAnswer('call_1', 'lookup', '{}'));
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"overloaded"}}');
    });
    const onError = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', retry: false, onError, tools: { lookup: { execute: () => 'found' } } });

    expect(await store.send('Look it up')).toBe('error');

    expect(s.requests).toBe(2);
    const turn = lastAssistant(store.getState().messages);
    expect(turn.status).toBe('error');
    expect(turn.parts.map((part) => part.type)).toEqual(['tool-call', 'step-start']);
    expect(getToolCalls(turn)[0]?.result).toBe('found');
    expect(store.getState()).toMatchObject({ status: 'error', error: { code: 'http' } });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('makes one request when the model answers in text, tools or not', async () => {
    const s = await serve((_req, res) => writeSse(res, completion(['Hi.'])));
    const execute = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', tools: { lookup: { execute } } });
    expect(await store.send('Hello')).toBe('complete');

    expect(s.requests).toBe(1);
    expect(execute).not.toHaveBeenCalled();
    expect(lastAssistant(store.getState().messages).parts).toEqual([{ type: 'text', text: 'Hi.' }]);
  });
});
