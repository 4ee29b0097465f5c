import { describe, expect, it } from 'vitest';
import { getToolCalls, type ChatMessage } from '../../../src/message';
import { agUiProtocol } from '../../../src/protocols/ag-ui';
import { ChatStreamError } from '../../../src/sse/ChatStreamError';
import { decodeAgUiText, sseOf } from './agUiFixtures';

const RUN = { type: 'RUN_STARTED', threadId: 't', runId: 'r1' };
const call = (toolCallId: string, name: string, args: string) => [
  { type: 'TOOL_CALL_START', toolCallId, toolCallName: name, parentMessageId: 'm1' },
  { type: 'TOOL_CALL_ARGS', toolCallId, delta: args },
  { type: 'TOOL_CALL_END', toolCallId },
];
const interrupted = (...interrupts: unknown[]) => ({ type: 'RUN_FINISHED', threadId: 't', runId: 'r1', outcome: { type: 'interrupt', interrupts } });
const SEND_EMAIL = { id: 'int-1', reason: 'tool_call', message: 'Send the email?', toolCallId: 'tc-1', responseSchema: { type: 'object', properties: { approved: { type: 'boolean' } } } };

describe('AG-UI interrupts: decoding', () => {
  it('turns an interrupt bound to a tool call into that call’s approval request, keeping the interrupt', () => {
    const { message, data } = decodeAgUiText(sseOf(RUN, ...call('tc-1', 'send_email', '{"to":"a@b.com"}'), ...call('tc-2', 'lookup', '{}'), interrupted(SEND_EMAIL)));
    const [email, lookup] = getToolCalls(message);
    expect(email).toMatchObject({ toolName: 'send_email', state: 'ready', approval: { state: 'requested', id: 'int-1' }, providerData: { interrupt: SEND_EMAIL } });
    expect(email!.result).toBeUndefined();
    // Only the call the interrupt names waits.
    expect(lookup!.approval).toBeUndefined();
    expect(message.status).toBe('complete');
    expect(message.metadata?.finishReason).toBe('interrupt');
    expect(data.map((entry) => entry.name)).toStrictEqual(['ag-ui-run-finished']);
  });

  it('marks every call of a run that asks about several, and leaves a free-standing interrupt to onData', () => {
    const confirm = { id: 'int-c', reason: 'confirmation', message: 'Proceed?' };
    const { message, data } = decodeAgUiText(
      sseOf(RUN, ...call('a', 'one', '{}'), ...call('b', 'two', '{}'), interrupted({ id: 'int-a', reason: 'tool_call', toolCallId: 'a' }, confirm, { id: 'int-b', reason: 'tool_call', toolCallId: 'b' })),
    );
    expect(getToolCalls(message).map((part) => part.approval)).toStrictEqual([
      { state: 'requested', id: 'int-a' },
      { state: 'requested', id: 'int-b' },
    ]);
    expect((data[0]!.data as { outcome: { interrupts: unknown[] } }).outcome.interrupts).toContainEqual(confirm);
  });

  it('leaves calls alone on a success outcome or none', () => {
    for (const outcome of [{ type: 'success' }, undefined]) {
      const { message } = decodeAgUiText(sseOf(RUN, ...call('tc-1', 'send_email', '{}'), { type: 'RUN_FINISHED', threadId: 't', runId: 'r1', outcome }));
      expect(getToolCalls(message)[0]!.approval).toBeUndefined();
    }
  });

  it.each([
    ['no interrupts list', { type: 'interrupt' }, /non-empty "interrupts"/],
    ['an empty list', { type: 'interrupt', interrupts: [] }, /non-empty "interrupts"/],
    ['an interrupt without an id', { type: 'interrupt', interrupts: [{ reason: 'tool_call', toolCallId: 'tc-1' }] }, /interrupt 0 has no string "id"/],
  ])('reports an interrupt outcome that could never be answered (%s) as a protocol error', (_label, outcome, pattern) => {
    const decode = () => decodeAgUiText(sseOf(RUN, ...call('tc-1', 'send_email', '{}'), { type: 'RUN_FINISHED', threadId: 't', runId: 'r1', outcome }));
    expect(decode).toThrow(ChatStreamError);
    expect(decode).toThrow(pattern);
  });
});

describe('AG-UI interrupts: the resume request', () => {
  const user: ChatMessage = { id: 'u1', role: 'user', status: 'complete', parts: [{ type: 'text', text: 'Email Ann' }] };
  const turn = (approval: NonNullable<ReturnType<typeof getToolCalls>[number]['approval']>, extra: Record<string, unknown> = {}): ChatMessage => ({
    id: 'a1',
    role: 'assistant',
    status: 'complete',
    parts: [
      { type: 'tool-call', toolCallId: 'tc-1', toolName: 'send_email', argumentsText: '{}', args: {}, state: 'ready', approval, providerData: { parentMessageId: 'm1' }, ...extra },
    ],
  });
  const build = (messages: ChatMessage[]) => agUiProtocol.buildRequest(messages, { api: '/x', chatId: 'thread-1' }).body as Record<string, unknown>;

  it('answers an approved interrupt with a resolved entry', () => {
    expect(build([user, turn({ state: 'approved', id: 'int-1' })]).resume).toStrictEqual([{ interruptId: 'int-1', status: 'resolved', payload: { approved: true } }]);
  });

  it('puts a denial and its reason in the payload, and leaves the local denial text out of the messages', () => {
    const denied = turn({ state: 'denied', id: 'int-1', reason: 'wrong person' }, { result: 'The user denied this call: wrong person', isError: true });
    const body = build([user, denied]);
    expect(body.resume).toStrictEqual([{ interruptId: 'int-1', status: 'resolved', payload: { approved: false, reason: 'wrong person' } }]);
    expect((body.messages as Array<{ role: string }>).map((message) => message.role)).toStrictEqual(['user', 'assistant']);
  });

  it('sends no resume while the approval waits, for a client approval without an id, or once a user message follows', () => {
    expect(build([user, turn({ state: 'requested', id: 'int-1' })])).not.toHaveProperty('resume');
    expect(build([user, turn({ state: 'approved' })])).not.toHaveProperty('resume');
    expect(build([user, turn({ state: 'approved', id: 'int-1' }), { ...user, id: 'u2' }])).not.toHaveProperty('resume');
  });

  it('answers only the last step: an interrupt answered by an earlier run is not answered again', () => {
    const answered = turn({ state: 'approved', id: 'int-1' }, { result: 'sent' });
    const later: ChatMessage = { ...answered, parts: [...answered.parts, { type: 'step-start' }, { type: 'text', text: 'Done.' }] };
    expect(build([user, later])).not.toHaveProperty('resume');
  });
});
