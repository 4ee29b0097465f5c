import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chat, Message, ToolCall, type MessageComponentProps } from '../../src/headless';
import { getToolCalls } from '../../src/message';
import type { ChatStore } from '../../src/store/createChatStore';
import { createPushableChat, type PushableResponse } from '../helpers/pushableFetch';

afterEach(cleanup);

const Assistant = ({ message }: MessageComponentProps) => (
  <Message.Root data-testid={message.id}>
    <Message.Status />
    <Message.Reasoning />
    <Message.Content />
    <Message.Refusal />
    <Message.ToolCalls />
  </Message.Root>
);

async function startTurn(store: ChatStore, server: { responses: PushableResponse[] }) {
  render(
    <Chat.Root store={store}>
      <Chat.Messages components={{ AssistantMessage: Assistant }} />
    </Chat.Root>,
  );
  act(() => void store.send('Go'));
  await waitFor(() => expect(server.responses).toHaveLength(1));
  return server.responses[0]!;
}

const callDelta = (args: string, first = false) => ({
  tool_calls: [{ index: 0, ...(first ? { id: 'call_1', type: 'function' } : {}), function: { ...(first ? { name: 'get_weather' } : {}), arguments: args } }],
});

const toolCall = () => document.querySelector<HTMLElement>('[data-tool-name]');

describe('Message.ToolCalls', () => {
  it('renders arguments live while they stream, then the parsed value once ready, then the result', async () => {
    const { store, server } = createPushableChat();
    const response = await startTurn(store, server);
    act(() => response.delta(callDelta('{"city": "Par', true)));
    await waitFor(() => expect(toolCall()?.getAttribute('data-state')).toBe('streaming'));
    expect(toolCall()?.getAttribute('data-tool-name')).toBe('get_weather');
    expect(toolCall()?.querySelector('span')?.textContent).toBe('get_weather');
    const args = toolCall()!.querySelector('pre')!;
    expect(args.getAttribute('aria-hidden')).toBe('true');
    expect(JSON.parse(args.textContent!)).toEqual({ city: 'Par' });

    act(() => response.delta(callDelta('is"}')));
    act(() => response.finish('tool_calls'));
    await waitFor(() => expect(toolCall()?.getAttribute('data-state')).toBe('ready'));
    expect(args.hasAttribute('aria-hidden')).toBe(false);
    expect(JSON.parse(args.textContent!)).toEqual({ city: 'Paris' });
    expect(toolCall()?.hasAttribute('data-has-result')).toBe(false);

    act(() => store.addToolResult({ toolCallId: 'call_1', result: { temperature: 21 } }));
    await waitFor(() => expect(toolCall()?.hasAttribute('data-has-result')).toBe(true));
    expect(JSON.parse(toolCall()!.querySelector('div')!.textContent!)).toEqual({ temperature: 21 });
  });

  it('shows the raw text of arguments that end as invalid JSON', async () => {
    const { store, server } = createPushableChat();
    const response = await startTurn(store, server);
    act(() => response.delta(callDelta('{"city": ', true)));
    act(() => response.delta(callDelta('Paris}')));
    act(() => response.finish('tool_calls'));
    await waitFor(() => expect(toolCall()?.getAttribute('data-state')).toBe('invalid'));
    expect(toolCall()!.querySelector('pre')!.textContent).toBe('{"city": Paris}');
  });

  it('accepts a render function per call and a call given directly', () => {
    const { store } = createPushableChat({
      initialMessages: [
        {
          id: 'a1',
          role: 'assistant',
          parts: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'sum', argumentsText: '[1,2]', args: [1, 2], state: 'ready' }],
        },
      ],
    });
    const call = getToolCalls(store.getState().messages[0]!)[0]!;
    render(
      <Chat.Root store={store}>
        <Message.Root messageId="a1">
          <Message.ToolCalls render={(each, index) => <b key={each.toolCallId}>{`${index}:${each.toolName}`}</b>} />
        </Message.Root>
        <ToolCall.Root call={call} data-testid="direct">
          <ToolCall.Arguments render={(value) => (value as number[]).join('+')} />
        </ToolCall.Root>
      </Chat.Root>,
    );
    expect(document.querySelector('b')?.textContent).toBe('0:sum');
    expect(screen.getByTestId('direct').textContent).toBe('1+2');
  });
});

describe('Message.Reasoning, Refusal and Status', () => {
  it('is open while the reasoning streams and closes when the answer starts, unless the user chose', async () => {
    const { store, server } = createPushableChat();
    const response = await startTurn(store, server);
    act(() => response.delta({ reasoning_content: 'Let me think' }));
    const trigger = await screen.findByRole('button', { name: 'Thinking…' });
    const root = trigger.parentElement!;
    const content = document.getElementById(trigger.getAttribute('aria-controls')!)!;
    expect(root.getAttribute('data-state')).toBe('open');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(content.hidden).toBe(false);
    expect(content.getAttribute('aria-hidden')).toBe('true');
    expect(content.textContent).toBe('Let me think');

    act(() => response.text('Answer'));
    await waitFor(() => expect(root.getAttribute('data-state')).toBe('closed'));
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.textContent).toBe('Reasoning');
    expect(content.hidden).toBe(true);

    await userEvent.setup().click(trigger);
    expect(root.getAttribute('data-state')).toBe('open');
    act(() => response.finish());
    await waitFor(() => expect(store.getState().status).toBe('idle'));
    expect(root.getAttribute('data-state')).toBe('open');
  });

  it('can be controlled', async () => {
    const { store } = createPushableChat({
      initialMessages: [{ id: 'a1', role: 'assistant', parts: [{ type: 'reasoning', text: 'Thought' }, { type: 'text', text: 'Done' }] }],
    });
    const onOpenChange = vi.fn();
    render(
      <Chat.Root store={store}>
        <Message.Root messageId="a1">
          <Message.Reasoning open={false} onOpenChange={onOpenChange} data-testid="reasoning">
            <Message.ReasoningTrigger>Why?</Message.ReasoningTrigger>
            <Message.ReasoningContent render={(text) => text.toUpperCase()} />
          </Message.Reasoning>
        </Message.Root>
      </Chat.Root>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Why?' }));
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.getByTestId('reasoning').getAttribute('data-state')).toBe('closed');
    expect(screen.getByTestId('reasoning').textContent).toContain('THOUGHT');
  });

  it('shows a refusal and the message status', async () => {
    const { store, server } = createPushableChat();
    const response = await startTurn(store, server);
    act(() => response.delta({ refusal: 'I cannot help' }));
    await waitFor(() => expect(document.querySelector('span[data-status]')?.textContent).toBe('Generating…'));
    act(() => response.finish());
    await waitFor(() => expect(store.getState().status).toBe('idle'));
    const id = store.getState().messages.at(-1)!.id;
    expect(screen.getByTestId(id).textContent).toBe('I cannot help');
    expect(document.querySelector('span[data-status]')).toBeNull();
  });
});
