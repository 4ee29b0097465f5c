import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls } from '../../src/message';
import { aiSdkUiProtocol, anthropicProtocol, openAIChatProtocol, openAIResponsesProtocol, type ChatProtocol } from '../../src/protocols';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { geminiProtocol } from '../../src/protocols/gemini';
import { createChatStore } from '../../src/store/createChatStore';
import type { MockScenario } from '../../src/testing';
import { startMockChatServer, type MockChatServer } from '../../src/testing/node';

const PROTOCOLS: ChatProtocol[] = [openAIChatProtocol, openAIResponsesProtocol, anthropicProtocol, geminiProtocol, aiSdkUiProtocol, agUiProtocol];

const WEATHER: MockScenario = {
  tokensPerSecond: Infinity,
  steps: [
    { text: 'Let me check.', toolCalls: [{ name: 'get_weather', arguments: { city: 'Oslo' } }] },
    { text: 'It is 21 °C and sunny in Oslo.' },
  ],
};

let server: MockChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a multi-step scenario served over loopback to the store', () => {
  it.each(PROTOCOLS)('$name: the tool result goes back by itself and the second request gets the text, in one assistant message', async (protocol) => {
    server = await startMockChatServer({ scenario: WEATHER, format: protocol });
    const store = createChatStore({ api: server.endpoint, protocol, sendToolResults: 'auto', retry: false });

    expect(await store.send({ text: 'Weather in Oslo?' })).toBe('complete');
    const [call] = getToolCalls(store.getState().messages.at(-1)!);
    expect(call).toMatchObject({ toolName: 'get_weather', args: { city: 'Oslo' }, state: 'ready' });
    expect(server.requests).toHaveLength(1);

    store.addToolResult({ toolCallId: call!.toolCallId, result: { temperature: 21, sky: 'sunny' } });
    await vi.waitFor(() => expect(server?.requests).toHaveLength(2));
    expect(await server.requests[1]!.closed).toBe('completed');
    await vi.waitFor(() => {
      expect(store.getState().status).toBe('idle');
      expect(store.getState().messages.at(-1)?.parts.at(-1)?.type).toBe('text');
    });

    expect(server.requests.map((request) => request.step)).toEqual([0, 1]);
    expect(server.requests[1]!.toolResults).toHaveLength(1);
    expect(server.requests[1]!.lastUserText).toBe('Weather in Oslo?');
    // The answer's layout (one assistant message per agent turn, or one per step) is the store's business;
    // what the mock guarantees is the text of the second step at the end, after the answered call.
    const messages = store.getState().messages;
    const answer = messages.at(-1)!;
    expect(answer).toMatchObject({ role: 'assistant', status: 'complete' });
    expect(getMessageText(answer)).toContain('It is 21 °C and sunny in Oslo.');
    expect(messages.flatMap(getToolCalls).map((part) => part.result)).toEqual([{ temperature: 21, sky: 'sunny' }]);
  });
});
