import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chat, Message, ToolCall } from '../../src/headless';
import { MessageContext } from '../../src/headless/message/messageContext';
import { getToolCalls, type ToolCallPart } from '../../src/message';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const call = (approval?: ToolCallPart['approval']): ToolCallPart => ({
  type: 'tool-call',
  toolCallId: 'call_1',
  toolName: 'delete_file',
  argumentsText: '{"path":"a.txt"}',
  args: { path: 'a.txt' },
  state: 'ready',
  ...(approval ? { approval } : {}),
});

function renderChat(part: ToolCallPart) {
  const chat = createPushableChat({
    initialMessages: [
      { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Clean up' }] },
      { id: 'a1', role: 'assistant', parts: [part] },
    ],
  });
  render(
    <Chat.Root store={chat.store}>
      <Message.Root messageId="a1">
        <Message.Parts />
      </Message.Root>
    </Chat.Root>,
  );
  return chat;
}

describe('ToolCall.Approve and ToolCall.Deny', () => {
  it('show in a tool-call part while it awaits approval, named after the tool, and approve through the store', async () => {
    const { store } = renderChat(call({ state: 'requested' }));
    const approve = vi.spyOn(store, 'approveToolCall').mockResolvedValue('complete');
    const tool = document.querySelector('[data-part="tool-call"]')!;
    expect(tool.getAttribute('data-approval')).toBe('requested');
    const button = screen.getByRole('button', { name: 'Approve delete_file' });
    expect([button.textContent, button.getAttribute('type'), button.getAttribute('data-decision')]).toEqual(['Approve', 'button', 'approve']);
    await userEvent.setup().click(button);
    expect(approve).toHaveBeenCalledWith('call_1');
  });

  it('deny the call: the part records the denial and the buttons go away', async () => {
    const { store, server } = renderChat(call({ state: 'requested' }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Deny delete_file' }));
    await waitFor(() => expect(getToolCalls(store.getState().messages[1]!)[0]!.approval?.state).toBe('denied'));
    expect(screen.queryByRole('button', { name: /delete_file/ })).toBeNull();
    expect(document.querySelector('[data-part="tool-call"]')?.getAttribute('data-approval')).toBe('denied');
    // Denying answers the call, so the turn goes on; end it so nothing is left streaming.
    if (server.responses.length > 0) act(() => server.last().finish());
  });

  it('render nothing for a call that needs no approval or was decided', () => {
    for (const approval of [undefined, { state: 'approved' as const }, { state: 'denied' as const, reason: 'no' }]) {
      renderChat(call(approval));
      expect(screen.queryByRole('button', { name: /delete_file/ })).toBeNull();
      cleanup();
    }
  });

  it('need Chat.Root only when they show', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const inMessage = (part: ToolCallPart) => (
      <MessageContext.Provider value={{ id: 'a1', role: 'assistant', parts: [part], status: 'complete' }}>
        <ToolCall.Root call={part}>
          <ToolCall.Approve />
        </ToolCall.Root>
      </MessageContext.Provider>
    );
    expect(() => render(inMessage(call()))).not.toThrow();
    cleanup();
    expect(() => render(inMessage(call({ state: 'requested' })))).toThrow('`ToolCall.Approve` must be used within `Chat.Root`.');
  });
});
