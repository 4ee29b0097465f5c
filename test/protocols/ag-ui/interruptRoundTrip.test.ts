import { describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls, type ChatMessage } from '../../../src/message';
import { agUiProtocol } from '../../../src/protocols/ag-ui';
import { createChatStore } from '../../../src/store/createChatStore';
import { requestBody } from '../../helpers/chatStoreHarness';
import { serveForEachTest } from '../../helpers/startTestServer';
import { sseOf } from './agUiFixtures';

const serve = serveForEachTest();
const SSE_HEADERS = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' };
const INTERRUPT = { id: 'int-1', reason: 'tool_call', message: 'Send the email to a@b.com?', toolCallId: 'tc-1' };

const interruptedRun = sseOf(
  { type: 'RUN_STARTED', threadId: 'thread-1', runId: 'run-1' },
  { type: 'TEXT_MESSAGE_START', messageId: 'm1', role: 'assistant' },
  { type: 'TEXT_MESSAGE_CONTENT', messageId: 'm1', delta: 'I will send it.' },
  { type: 'TEXT_MESSAGE_END', messageId: 'm1' },
  { type: 'TOOL_CALL_START', toolCallId: 'tc-1', toolCallName: 'send_email', parentMessageId: 'm1' },
  { type: 'TOOL_CALL_ARGS', toolCallId: 'tc-1', delta: '{"to":"a@b.com"}' },
  { type: 'TOOL_CALL_END', toolCallId: 'tc-1' },
  { type: 'RUN_FINISHED', threadId: 'thread-1', runId: 'run-1', outcome: { type: 'interrupt', interrupts: [INTERRUPT] } },
);
const resumedRun = (result: string, text: string) =>
  sseOf(
    { type: 'RUN_STARTED', threadId: 'thread-1', runId: 'run-2' },
    { type: 'TOOL_CALL_RESULT', messageId: 'r1', toolCallId: 'tc-1', content: result, role: 'tool' },
    { type: 'TEXT_MESSAGE_START', messageId: 'm2', role: 'assistant' },
    { type: 'TEXT_MESSAGE_CONTENT', messageId: 'm2', delta: text },
    { type: 'TEXT_MESSAGE_END', messageId: 'm2' },
    { type: 'RUN_FINISHED', threadId: 'thread-1', runId: 'run-2', outcome: { type: 'success' } },
  );

const turnOf = (messages: ChatMessage[]): ChatMessage => messages.findLast((message) => message.role === 'assistant')!;

/** A chat against a server that interrupts the first run and answers the resumed one with `second`. */
async function interruptedChat(second: string, tools?: Record<string, { execute: () => unknown }>) {
  const s = await serve((_req, res, index) => {
    res.writeHead(200, SSE_HEADERS);
    res.end(index === 0 ? interruptedRun : second);
  });
  const onToolCall = vi.fn();
  const store = createChatStore({ api: s.url, protocol: agUiProtocol, throttle: 'sync', onToolCall, ...(tools ? { tools } : {}) });
  expect(await store.send('Email Ann the report')).toBe('complete');
  const call = getToolCalls(turnOf(store.getState().messages))[0];
  expect(call).toMatchObject({ approval: { state: 'requested', id: 'int-1' }, providerData: { interrupt: INTERRUPT } });
  // A call waiting on an interrupt is the person's to decide, not the app's to answer.
  expect(onToolCall).not.toHaveBeenCalled();
  expect(s.requests).toBe(1);
  return { s, store };
}

describe('AG-UI interrupts through a loopback server', () => {
  it('approveToolCall resumes the run with a resolved entry, and the agent’s result and answer join the same message', async () => {
    const { s, store } = await interruptedChat(resumedRun('sent', 'Sent.'));

    expect(await store.approveToolCall('tc-1')).toBe('complete');

    expect(s.requests).toBe(2);
    const [first, second] = [requestBody(s, 0), requestBody(s, 1)];
    expect(first).not.toHaveProperty('resume');
    expect(second.threadId).toBe(first.threadId);
    expect(second.runId).not.toBe(first.runId);
    expect(second.resume).toStrictEqual([{ interruptId: 'int-1', status: 'resolved', payload: { approved: true } }]);
    expect((second.messages as unknown[]).slice(1)).toStrictEqual([
      { id: 'm1', role: 'assistant', content: 'I will send it.', toolCalls: [{ id: 'tc-1', type: 'function', function: { name: 'send_email', arguments: '{"to":"a@b.com"}' } }] },
    ]);

    const { messages, status } = store.getState();
    expect(status).toBe('idle');
    expect(messages).toHaveLength(2);
    const turn = messages[1]!;
    expect(getToolCalls(turn)[0]).toMatchObject({ approval: { state: 'approved', id: 'int-1' }, result: 'sent' });
    expect(getMessageText(turn)).toContain('Sent.');
    expect(turn.parts.map((part) => part.type)).toStrictEqual(['text', 'tool-call', 'step-start', 'text']);
  });

  it('denyToolCall resumes the run with the denial in the payload, sending no tool message of its own', async () => {
    const { s, store } = await interruptedChat(resumedRun('Not sent: the user declined.', 'I did not send it.'));

    expect(await store.denyToolCall('tc-1', 'wrong address')).toBe('complete');

    expect(s.requests).toBe(2);
    const second = requestBody(s, 1);
    expect(second.resume).toStrictEqual([{ interruptId: 'int-1', status: 'resolved', payload: { approved: false, reason: 'wrong address' } }]);
    expect((second.messages as Array<{ role: string }>).map((message) => message.role)).toStrictEqual(['user', 'assistant']);

    const turn = turnOf(store.getState().messages);
    expect(getToolCalls(turn)[0]).toMatchObject({ approval: { state: 'denied', id: 'int-1', reason: 'wrong address' }, result: 'Not sent: the user declined.' });
    expect(getMessageText(turn)).toContain('I did not send it.');

    // The next message answers no interrupt again.
    await store.send('Thanks');
    expect(s.requests).toBe(3);
    expect(requestBody(s, 2)).not.toHaveProperty('resume');
  });

  it('resumes the same way in a chat with client tools of its own, which the agent’s call never runs', async () => {
    const lookup = vi.fn(() => 'unused');
    const { s, store } = await interruptedChat(resumedRun('sent', 'Sent.'), { lookup: { execute: lookup } });

    expect(await store.approveToolCall('tc-1')).toBe('complete');

    expect(s.requests).toBe(2);
    expect(requestBody(s, 1).resume).toStrictEqual([{ interruptId: 'int-1', status: 'resolved', payload: { approved: true } }]);
    expect(lookup).not.toHaveBeenCalled();
    expect(getToolCalls(turnOf(store.getState().messages))[0]).toMatchObject({ result: 'sent' });
  });
});
