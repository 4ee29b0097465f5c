import { HttpAgent } from '@ag-ui/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMessageText, getReasoningText, getToolCalls } from '../../../src/message';
import { AG_UI_FIXTURES, decodeAgUiFixture, fixtureBytes } from './agUiFixtures';

/** What the official client made of a stream: the messages it added and the state it ended with. */
interface ClientRun {
  messages: { role: string; content?: unknown; toolCalls?: { id: string; function: { name: string; arguments: string } }[]; toolCallId?: string }[];
  state: unknown;
}

/** Runs `@ag-ui/client`'s HttpAgent (event verifier, chunk transform, reducers) on a fixture, offline. */
async function runClient(name: string): Promise<ClientRun> {
  const body = fixtureBytes(name);
  const agent = new HttpAgent({
    url: 'http://agent.invalid/run',
    fetch: () => Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } })),
  });
  const { newMessages } = await agent.runAgent();
  return { messages: newMessages as ClientRun['messages'], state: agent.state };
}

const REJECTED = new Map([
  ['langgraph-steps-state-messages-raw.sse', /Cannot send 'STEP_FINISHED' for step "tools" that was not started/],
  ['run-error-after-tool-result.offspec.sse', /threadId[\s\S]*expected string/],
]);

beforeEach(() => {
  vi.stubEnv('SUPPRESS_TRANSFORMATION_WARNINGS', 'true');
  // The client reports a failed run on the console before rethrowing it.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('AG-UI differential against @ag-ui/client 1.0 (HttpAgent.runAgent)', () => {
  it.each(AG_UI_FIXTURES.filter((name) => !REJECTED.has(name)))('%s: same text, reasoning, tool calls, results and state', async (name) => {
    const client = await runClient(name);
    const { message, state } = decodeAgUiFixture(name);
    const assistant = client.messages.filter((entry) => entry.role === 'assistant');

    expect(getMessageText(message)).toBe(assistant.map((entry) => (typeof entry.content === 'string' ? entry.content : '')).join(''));
    expect(getReasoningText(message)).toBe(client.messages.filter((entry) => entry.role === 'reasoning').map((entry) => entry.content).join(''));
    const calls = getToolCalls(message);
    expect(calls.map((call) => ({ id: call.toolCallId, name: call.toolName, arguments: call.argumentsText }))).toStrictEqual(
      assistant.flatMap((entry) => entry.toolCalls ?? []).map((call) => ({ id: call.id, name: call.function.name, arguments: call.function.arguments })),
    );
    // Each tool message of the client is the result on the call it answers.
    const results = client.messages.filter((entry) => entry.role === 'tool');
    expect(results).toHaveLength(calls.length);
    for (const result of results) expect(calls.find((call) => call.toolCallId === result.toolCallId)?.result).toStrictEqual(result.content);
    // The client starts from `{}`; ours reports a state only when the stream sent one.
    expect(state ?? {}).toStrictEqual(client.state);
    expect(message.status).toBe('complete');
  });

  it.each([...REJECTED])('%s: the client rejects the stream; ours decodes it', async (name, reason) => {
    await expect(runClient(name)).rejects.toThrow(reason);
    const { message } = decodeAgUiFixture(name);
    const [call] = getToolCalls(message);
    expect(call).toMatchObject({ state: 'ready', result: expect.any(String) as string });
    if (name.startsWith('langgraph')) {
      expect(message.status).toBe('complete');
      expect(getMessageText(message)).toBe('The result of 42 * 17 is **714**.');
      expect(call).toMatchObject({ toolName: 'calculator', args: { expression: '42 * 17' }, result: '42 * 17 = 714' });
    } else {
      // The off-spec server's RUN_ERROR: the partial answer (the call and its result) is kept.
      expect(message.status).toBe('error');
      expect(message.metadata?.error).toMatchObject({ code: 'server', providerCode: 'GEMINI_ERROR' });
      expect(call).toMatchObject({ toolName: 'get_current_time', result: '2026-02-06 01:45:53' });
    }
  });
});
