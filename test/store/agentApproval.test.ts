import { describe, expect, it, vi } from 'vitest';
import { getMessageText, getToolCalls, type ChatMessage } from '../../src/message';
import { aiSdkUiProtocol } from '../../src/protocols/ai-sdk-ui/aiSdkUiProtocol';
import { createChatStore } from '../../src/store/createChatStore';
import { requestBody, requestMessages, waitForState } from '../helpers/chatStoreHarness';
import { createDeferred } from '../helpers/deferred';
import { completion, done, finishChunk, toolCallChunk } from '../helpers/openaiFrames';
import { sseFrame, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';
import { toolCallAnswer } from './agentFrames';

const serve = serveForEachTest();

const turnOf = (messages: ChatMessage[]): ChatMessage => messages.findLast((message) => message.role === 'assistant')!;

describe('agent turns: approval', () => {
  const deleteTool = (execute = vi.fn(() => ({ deleted: true }))) => ({
    execute,
    tools: { delete_file: { needsApproval: ({ path }: { path: string }) => path !== 'scratch.txt', execute } },
  });

  it('waits for approval, then approveToolCall runs the tool and the turn goes on in the same message', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_del', 'delete_file', '{"path":"report.pdf"}') : completion(['Deleted.'])),
    );
    const { execute, tools } = deleteTool();
    const store = createChatStore({ api: s.url, throttle: 'sync', tools });

    expect(await store.send('Delete report.pdf')).toBe('complete');
    expect(execute).not.toHaveBeenCalled();
    expect(s.requests).toBe(1);
    expect(store.getState().status).toBe('idle');
    expect(getToolCalls(turnOf(store.getState().messages))[0]).toMatchObject({ approval: { state: 'requested' } });
    expect(getToolCalls(turnOf(store.getState().messages))[0]?.result).toBeUndefined();

    expect(await store.approveToolCall('call_del')).toBe('complete');
    expect(await store.approveToolCall('call_del')).toBe('ignored');

    expect(execute).toHaveBeenCalledTimes(1);
    expect(s.requests).toBe(2);
    const { messages } = store.getState();
    expect(messages).toHaveLength(2);
    expect(messages[1]!.parts.map((part) => part.type)).toEqual(['tool-call', 'step-start', 'text']);
    expect(getToolCalls(messages[1]!)[0]).toMatchObject({ approval: { state: 'approved' }, result: { deleted: true } });
    expect(getMessageText(messages[1]!)).toBe('Deleted.');
    expect(requestMessages(s, 1).at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_del', content: '{"deleted":true}' });
  });

  it('runs a call that needsApproval declines at once', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_del', 'delete_file', '{"path":"scratch.txt"}') : completion(['Done.'])),
    );
    const { execute, tools } = deleteTool();
    const store = createChatStore({ api: s.url, throttle: 'sync', tools });
    await store.send('Delete scratch.txt');

    expect(execute).toHaveBeenCalledTimes(1);
    expect(getToolCalls(turnOf(store.getState().messages))[0]?.approval).toBeUndefined();
    expect(s.requests).toBe(2);
  });

  it('denyToolCall sends the denial and its reason to the model as an error result, never running the tool', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(res, index === 0 ? toolCallAnswer('call_del', 'delete_file', '{"path":"report.pdf"}') : completion(['Kept it.'])),
    );
    const { execute, tools } = deleteTool();
    const store = createChatStore({ api: s.url, throttle: 'sync', tools });
    await store.send('Delete report.pdf');

    expect(await store.denyToolCall('call_del', 'I still need it')).toBe('complete');

    expect(execute).not.toHaveBeenCalled();
    expect(s.requests).toBe(2);
    const call = getToolCalls(turnOf(store.getState().messages))[0];
    expect(call).toMatchObject({ approval: { state: 'denied', reason: 'I still need it' }, isError: true });
    expect(requestMessages(s, 1).at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_del', content: 'The user denied this call: I still need it' });
    expect(await store.denyToolCall('call_unknown')).toBe('ignored');
  });

  const chunks = (...values: unknown[]) => [...values.map((value) => sseFrame(value)), sseFrame('[DONE]')];
  const APPROVAL_REQUEST = chunks(
    { type: 'start', messageId: 'msg_srv' },
    { type: 'start-step' },
    { type: 'tool-input-available', toolCallId: 'call_srv', toolName: 'delete_file', input: { path: 'report.pdf' } },
    { type: 'tool-approval-request', approvalId: 'appr_1', toolCallId: 'call_srv' },
    { type: 'finish-step' },
    { type: 'finish' },
  );
  const AFTER_APPROVAL = chunks(
    { type: 'start', messageId: 'msg_srv' },
    { type: 'start-step' },
    { type: 'tool-output-available', toolCallId: 'call_srv', output: { deleted: true } },
    { type: 'text-start', id: 't1' },
    { type: 'text-delta', id: 't1', delta: 'Deleted.' },
    { type: 'text-end', id: 't1' },
    { type: 'finish-step' },
    { type: 'finish' },
  );

  it("approves a server's approval request (AI SDK) with the same action: the approval goes back and the turn goes on", async () => {
    const s = await serve((_req, res, index) => writeSse(res, index === 0 ? APPROVAL_REQUEST : AFTER_APPROVAL));
    const onToolCall = vi.fn();
    const store = createChatStore({ api: s.url, throttle: 'sync', protocol: aiSdkUiProtocol, onToolCall });
    await store.send('Delete report.pdf');
    expect(getToolCalls(turnOf(store.getState().messages))[0]).toMatchObject({ approval: { state: 'requested', id: 'appr_1' } });
    // A call waiting for approval is not the app's to answer.
    expect(onToolCall).not.toHaveBeenCalled();

    expect(await store.approveToolCall('call_srv')).toBe('complete');

    expect(s.requests).toBe(2);
    const sent = requestBody(s, 1).messages as Array<{ role: string; parts: Array<Record<string, unknown>> }>;
    expect(sent.at(-1)?.parts.find((part) => part.type === 'tool-delete_file')).toMatchObject({
      state: 'approval-responded',
      approval: { id: 'appr_1', approved: true },
    });
    const turn = turnOf(store.getState().messages);
    expect(store.getState().messages).toHaveLength(2);
    expect(getToolCalls(turn)[0]).toMatchObject({ approval: { state: 'approved', id: 'appr_1' }, result: { deleted: true } });
    expect(getMessageText(turn)).toBe('Deleted.');
    // One boundary between the steps, whether the store or the server marks it.
    expect(turn.parts.map((part) => part.type)).toEqual(['tool-call', 'step-start', 'text']);
  });

  it("denies a server's approval request (AI SDK): the denial and its reason go back as output-denied", async () => {
    const s = await serve((_req, res, index) => writeSse(res, index === 0 ? APPROVAL_REQUEST : chunks({ type: 'start' }, { type: 'finish' })));
    const store = createChatStore({ api: s.url, throttle: 'sync', protocol: aiSdkUiProtocol });
    await store.send('Delete report.pdf');
    expect(await store.denyToolCall('call_srv', 'Not that one')).toBe('complete');

    expect(s.requests).toBe(2);
    const sent = requestBody(s, 1).messages as Array<{ role: string; parts: Array<Record<string, unknown>> }>;
    expect(sent.at(-1)?.parts.find((part) => part.type === 'tool-delete_file')).toMatchObject({
      state: 'output-denied',
      approval: { id: 'appr_1', approved: false, reason: 'Not that one' },
    });
  });
});

describe('agent turns: approval while the step still runs', () => {
  it('takes up an approval given while another tool of the step runs, then goes on', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(
        res,
        index === 0
          ? [
              toolCallChunk({ index: 0, id: 'call_slow', name: 'slow', arguments: '{}' }),
              toolCallChunk({ index: 1, id: 'call_del', name: 'delete_file', arguments: '{"path":"a"}' }),
              finishChunk('tool_calls'),
              done(),
            ]
          : completion(['Both done.']),
      ),
    );
    const release = createDeferred<string>();
    const started = createDeferred();
    const remove = vi.fn(() => 'removed');
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      tools: {
        slow: { execute: () => (started.resolve(), release.promise) },
        delete_file: { needsApproval: true, execute: remove },
      },
    });
    const sent = store.send('Go');
    await started.promise;
    await waitForState(store, (state) => getToolCalls(state.messages.at(-1)!)[1]?.approval?.state === 'requested', 'the approval request');
    const approved = store.approveToolCall('call_del');
    release.resolve('slow done');

    expect(await sent).toBe('complete');
    expect(await approved).toBe('complete');
    expect(remove).toHaveBeenCalledTimes(1);
    expect(s.requests).toBe(2);
    const turn = turnOf(store.getState().messages);
    expect(getToolCalls(turn).map((call) => call.result)).toEqual(['slow done', 'removed']);
    expect(getMessageText(turn)).toBe('Both done.');
  });

  it('tells onToolCall about an app-answered call once, though the turn paused twice', async () => {
    const s = await serve((_req, res, index) =>
      writeSse(
        res,
        index === 0
          ? [
              toolCallChunk({ index: 0, id: 'call_pick', name: 'pick_date', arguments: '{}' }),
              toolCallChunk({ index: 1, id: 'call_del', name: 'delete_file', arguments: '{"path":"a"}' }),
              finishChunk('tool_calls'),
              done(),
            ]
          : completion(['Booked.']),
      ),
    );
    const onToolCall = vi.fn();
    const store = createChatStore({
      api: s.url,
      throttle: 'sync',
      onToolCall,
      tools: { pick_date: {}, delete_file: { needsApproval: true, execute: () => 'removed' } },
    });
    await store.send('Go');
    expect(await store.approveToolCall('call_del')).toBe('complete');
    expect(s.requests).toBe(1);
    expect(onToolCall).toHaveBeenCalledTimes(1);
    expect(onToolCall.mock.calls[0]![0]).toMatchObject({ toolCallId: 'call_pick' });

    store.addToolResult({ toolCallId: 'call_pick', result: 'Monday' });
    await waitForState(store, (state) => state.status === 'idle' && getMessageText(state.messages.at(-1)!) === 'Booked.', 'the answer');
    expect(s.requests).toBe(2);
    expect(getToolCalls(turnOf(store.getState().messages)).map((call) => call.result)).toEqual(['Monday', 'removed']);
  });
});
