import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatMessageMetadata, ChatPart } from '../../../src/message';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { AG_UI_FIXTURES, decodeAgUiFixture, fixtureEvents, joinDeltas } from './agUiFixtures';

type Expected = Pick<ChatMessage, 'parts' | 'status'> & {
  metadata: Omit<ChatMessageMetadata, 'timing'>;
  /** The agent state the stream left; `undefined` when it sent none. */
  state: unknown;
  /** How many transient data parts of each name reached `onData`. */
  data: Record<string, number>;
};

/** The `snapshot` of the fixture's last `STATE_SNAPSHOT`, read off the file. */
const lastSnapshot = (name: string): unknown => fixtureEvents(name).findLast((event) => event.type === 'STATE_SNAPSHOT')!.snapshot;
const usageOf = (name: string) => (fixtureEvents(name).find((event) => event.type === 'RUN_FINISHED')!.usage as object[])[0]!;

const call = (toolCallId: string, toolName: string, argumentsText: string, args: unknown, result: unknown, providerData: object): ChatPart => ({
  type: 'tool-call',
  toolCallId,
  toolName,
  argumentsText,
  args,
  state: 'ready',
  providerData: providerData as Record<string, unknown>,
  result,
});
const text = (name: string, messageId: string): ChatPart => ({ type: 'text', text: joinDeltas(name, 'TEXT_MESSAGE_CONTENT'), providerData: { messageId } });
const STEP: ChatPart = { type: 'step-start' };

const AGNO = 'agno-empty-text-message-then-tool.sse';
const CREWAI = 'crewai-snapshots-no-text.sse';
const PARALLEL = 'dotnet-parallel-tool-calls-results-text.sse';
const REASONING = 'dotnet-reasoning-then-text.sse';
const STATE = 'dotnet-state-snapshot-then-text.sse';
const LANGGRAPH = 'langgraph-steps-state-messages-raw.sse';
const LLAMA = 'llamaindex-chunk-events-snapshots.sse';
const TWO_CALLS = 'pydantic-ai-anthropic-two-tool-calls.sse';
const ARGS = 'pydantic-ai-openai-tool-args-streamed.sse';
const OFFSPEC = 'run-error-after-tool-result.offspec.sse';

/** Each fixture's final message (timing aside), its agent state and its transient data, read off the file. */
const EXPECTED: Record<string, Expected> = {
  [AGNO]: {
    // The empty text message before the call leaves no part; its id names the call's message instead.
    parts: [
      call('call_42fbQswMHx6cppJwmEaOpbdw', 'get_current_time', '{}', {}, '2026-02-06 01:45:48', {
        parentMessageId: '54ead29a-fe58-40b5-a2af-c4c7192fb991',
        resultMessageId: '66ad7570-a14b-46c1-9cd6-3a42e2a789cf',
      }),
      STEP,
      text(AGNO, 'ce8a4044-2521-4d34-b8b6-e840018c9fc8'),
    ],
    status: 'complete',
    metadata: { responseId: 'test-run-agno-openai-tool_time', finishReason: 'success' },
    state: undefined,
    data: {},
  },
  [CREWAI]: {
    parts: [],
    status: 'complete',
    metadata: { responseId: 'test-run-crewai-simple', finishReason: 'success' },
    state: {
      id: 'test-thread-crewai',
      messages: [{ id: 'msg-1', role: 'user', content: 'Say hello and introduce yourself briefly in 2-3 sentences.', name: null }],
      copilotkit: { actions: [] },
    },
    data: { 'ag-ui-step': 2, 'ag-ui-messages-snapshot': 1 },
  },
  [PARALLEL]: {
    parts: [
      call('call_Id_1', 'get_weather', '{\n  "city": "Paris"\n}', { city: 'Paris' }, '{\n        "City": "Paris",\n        "Conditions": "sunny",\n        "TemperatureCelsius": 22\n      }', {
        resultMessageId: 'call_Id_1',
      }),
      call('call_Id_2', 'get_current_time', '{\n  "timezone": "Asia/Tokyo"\n}', { timezone: 'Asia/Tokyo' }, '{\n        "Timezone": "Asia/Tokyo",\n        "CurrentTime": "2026-06-18 09:30 UTC"\n      }', {
        resultMessageId: 'call_Id_2',
      }),
      STEP,
      text(PARALLEL, 'chatcmpl-Id_2'),
    ],
    status: 'complete',
    metadata: {
      responseId: 'run_Id_1',
      finishReason: 'success',
      usage: { inputTokens: 495, outputTokens: 488, totalTokens: 983, reasoningTokens: 384, cachedInputTokens: 0, raw: [usageOf(PARALLEL)] },
    },
    state: undefined,
    data: { 'ag-ui-run-finished': 1 },
  },
  [REASONING]: {
    parts: [
      { type: 'reasoning', text: joinDeltas(REASONING, 'REASONING_MESSAGE_CONTENT'), providerData: { messageId: 'msg_Id_2' } },
      text(REASONING, 'msg_Id_1'),
    ],
    status: 'complete',
    metadata: {
      responseId: 'run_Id_1',
      finishReason: 'success',
      model: 'gpt-5-mini',
      usage: { inputTokens: 39, outputTokens: 345, totalTokens: 384, reasoningTokens: 128, cachedInputTokens: 0, raw: [usageOf(REASONING)] },
    },
    state: undefined,
    data: { 'ag-ui-run-finished': 1 },
  },
  [STATE]: {
    parts: [text(STATE, 'chatcmpl-Id_1')],
    status: 'complete',
    metadata: {
      responseId: 'run_Id_1',
      finishReason: 'success',
      usage: { inputTokens: 658, outputTokens: 188, totalTokens: 846, reasoningTokens: 128, cachedInputTokens: 0, raw: [usageOf(STATE)] },
    },
    state: lastSnapshot(STATE),
    data: { 'ag-ui-run-finished': 1 },
  },
  [LANGGRAPH]: {
    // Arguments streamed across three unpaired STEP_FINISHED/STEP_STARTED pairs still make one call.
    parts: [
      call('toolu_01RqMWrpnZiysb6nqFqkEVba', 'calculator', '{"expression": "42 * 17"}', { expression: '42 * 17' }, '42 * 17 = 714', {
        parentMessageId: 'lc_run--019c3145-36ca-7032-9be6-7b42008715ba',
        resultMessageId: 'eaffd562-503c-4cb4-b984-379292e8c209',
      }),
      STEP,
      { type: 'text', text: 'The result of 42 * 17 is **714**.', providerData: { messageId: 'lc_run--019c3145-3a51-7cf1-b889-8a6d040bbd5e' } },
    ],
    status: 'complete',
    metadata: { responseId: 'test-run-langgraph-anthropic-tool_calc', finishReason: 'success' },
    state: lastSnapshot(LANGGRAPH),
    data: { 'ag-ui-raw': 38, 'ag-ui-step': 18, 'ag-ui-messages-snapshot': 1 },
  },
  [LLAMA]: {
    // The result arrives only as a tool message of a MESSAGES_SNAPSHOT.
    parts: [
      call('call_GqFFVaTHCLaB72xe4i7VMpSw', 'calculator', '{"expression": "42 * 17"}', { expression: '42 * 17' }, '42 * 17 = 714', {
        resultMessageId: 'af26303b-3096-473d-987b-b8cc96e1d9d0',
      }),
      STEP,
      { type: 'text', text: '42 * 17 = 714', providerData: { messageId: 'df513772-f298-4c8f-9c29-961f33353b5c' } },
    ],
    status: 'complete',
    metadata: { responseId: 'test-run-llamaindex-openai-tool_calc', finishReason: 'success' },
    state: {},
    data: { 'ag-ui-messages-snapshot': 3 },
  },
  [TWO_CALLS]: {
    // The first call streamed no arguments at all: an empty object, as OpenAI sends "{}".
    parts: [
      call('toolu_014xE9vo3jpVSqFx2WzJA9A8', 'get_current_time', '', {}, '2026-02-06 01:45:46', {
        parentMessageId: 'a7208ae3-4960-4cf3-9dec-0108b88f0f3d',
        resultMessageId: '080e81c0-8ba1-4fe2-b562-bda213cbbde3',
      }),
      call('toolu_01Q4g7yB9RBwNJxzyKgFYMbX', 'calculator', joinDeltas(TWO_CALLS, 'TOOL_CALL_ARGS', 'toolu_01Q4g7yB9RBwNJxzyKgFYMbX'), { expression: '10 + 20' }, '10 + 20 = 30', {
        parentMessageId: 'a7208ae3-4960-4cf3-9dec-0108b88f0f3d',
        resultMessageId: 'f65c5726-461d-49f2-b504-58f11feb70e9',
      }),
      STEP,
      text(TWO_CALLS, 'a715457b-c576-4a1d-8100-b71add42d1f0'),
    ],
    status: 'complete',
    metadata: { responseId: 'test-run-pydantic-anthropic-multi_tool', finishReason: 'success' },
    state: undefined,
    data: {},
  },
  [ARGS]: {
    parts: [
      call('call_SeokNXScMSfK3gFYagljSFsH', 'calculator', '{"expression":"42 * 17"}', { expression: '42 * 17' }, '42 * 17 = 714', {
        parentMessageId: '345ad67e-8597-40b7-bb7d-86c355218523',
        resultMessageId: '131ebc19-9bef-4019-ab86-cac6d68a6df5',
      }),
      STEP,
      { type: 'text', text: '42 * 17 = 714', providerData: { messageId: '4423cac9-f565-4bd7-b961-c42d013fe209' } },
    ],
    status: 'complete',
    metadata: { responseId: 'test-run-pydantic-openai-tool_calc', finishReason: 'success' },
    state: undefined,
    data: {},
  },
  [OFFSPEC]: {
    // snake_case run ids give no response id; `result` stands in for `content`; RUN_ERROR ends the run,
    // so the RUN_FINISHED after it changes nothing.
    parts: [
      {
        type: 'tool-call',
        toolCallId: 'c3433374-76c9-4011-b843-537f9d554a74',
        toolName: 'get_current_time',
        argumentsText: '{}',
        args: {},
        state: 'ready',
        result: '2026-02-06 01:45:53',
      },
    ],
    status: 'error',
    metadata: { error: expect.any(ChatStreamError) as ChatStreamError },
    state: undefined,
    data: {},
  },
};

describe('AG-UI fixtures decode to the expected final message', () => {
  it('covers every fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...AG_UI_FIXTURES]);
  });

  it.each(AG_UI_FIXTURES)('%s', (name) => {
    const expected = EXPECTED[name]!;
    const { message, state, data } = decodeAgUiFixture(name);
    const { timing, ...metadata } = message.metadata ?? {};
    expect(message.parts).toStrictEqual(expected.parts);
    expect(message.status).toBe(expected.status);
    expect(metadata).toStrictEqual(expected.metadata);
    expect(timing).toMatchObject({ startedAt: 0, endedAt: 0 });
    expect(state).toStrictEqual(expected.state);
    const counts: Record<string, number> = {};
    for (const call of data) counts[call.name] = (counts[call.name] ?? 0) + 1;
    expect(counts).toStrictEqual(expected.data);
  });

  it('keeps the in-band error of the off-spec RUN_ERROR as a server error with its code', () => {
    const error = decodeAgUiFixture(OFFSPEC).message.metadata?.error;
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error).toMatchObject({ code: 'server', message: 'Could not convert `part.function_call` to text.', providerCode: 'GEMINI_ERROR' });
  });

  it('hands every RAW, step and snapshot event of LangGraph to onData, in order, with its payload', () => {
    const { data } = decodeAgUiFixture(LANGGRAPH);
    const events = fixtureEvents(LANGGRAPH).filter((event) => ['RAW', 'STEP_STARTED', 'STEP_FINISHED', 'MESSAGES_SNAPSHOT'].includes(event.type as string));
    expect(data).toHaveLength(events.length);
    events.forEach((event, i) => {
      if (event.type === 'RAW') expect(data[i]).toStrictEqual({ name: 'ag-ui-raw', data: { event: event.event, source: undefined } });
      else if (event.type === 'MESSAGES_SNAPSHOT') expect(data[i]).toStrictEqual({ name: 'ag-ui-messages-snapshot', data: event.messages });
      else expect(data[i]).toStrictEqual({ name: 'ag-ui-step', data: { stepName: event.stepName, status: event.type === 'STEP_STARTED' ? 'started' : 'finished' } });
    });
  });
});
