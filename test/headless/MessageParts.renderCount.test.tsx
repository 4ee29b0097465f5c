import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Message, Part, type MessageComponentProps, type MessagePartComponents, type MessagePartProps } from '../../src/headless';
import { MessageContext } from '../../src/headless/message/messageContext';
import { getMessageText, type ChatMessage, type ChatPart, type ReasoningPart, type TextPart, type ToolCallPart } from '../../src/message';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

/** Part components that count their renders by part index, around the default views. */
function createCounter() {
  const renders = new Map<number, number>();
  const count = (index: number) => renders.set(index, (renders.get(index) ?? 0) + 1);
  const components: MessagePartComponents = {
    text: (props: MessagePartProps<TextPart>) => (count(props.index), <Part.Text {...props} />),
    reasoning: (props: MessagePartProps<ReasoningPart>) => (count(props.index), <Part.Reasoning {...props} />),
    toolCall: (props: MessagePartProps<ToolCallPart>) => (count(props.index), <Part.ToolCall {...props} />),
  };
  return { renders, components, snapshot: () => new Map(renders) };
}

const grown = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].map(([index, renders]) => [index, renders - (before.get(index) ?? 0)]);

describe('Message.Parts render counts', () => {
  it('re-renders only the part that grows; finished parts keep their object and are skipped', () => {
    const { renders, components, snapshot } = createCounter();
    const intro: ChatPart = { type: 'text', text: 'Checking.' };
    const call: ToolCallPart = { type: 'tool-call', toolCallId: 'c1', toolName: 'search', argumentsText: '{}', args: {}, state: 'ready', result: 'ok' };
    const show = (parts: ChatPart[], status: ChatMessage['status'] = 'streaming') => (
      <MessageContext.Provider value={{ id: 'a1', role: 'assistant', parts, status }}>
        <Message.Parts components={components} />
      </MessageContext.Provider>
    );
    const { rerender } = render(show([intro, call, { type: 'text', text: 'It' }]));
    const before = snapshot();
    for (const text of ['It is', 'It is 4', 'It is 4 degrees']) rerender(show([intro, call, { type: 'text', text }]));
    expect(grown(before, renders)).toEqual([[0, 0], [1, 0], [2, 3]]);

    // Settling changes only whether the last part streams: it renders once more, the others not at all.
    const last: ChatPart = { type: 'text', text: 'It is 4 degrees.' };
    rerender(show([intro, call, last]));
    const settling = snapshot();
    rerender(show([intro, call, last], 'complete'));
    expect(grown(settling, renders)).toEqual([[0, 0], [1, 0], [2, 1]]);
  });

  it('holds through the store: reasoning stops rendering once the answer text streams', async () => {
    const { store, server } = createPushableChat();
    const { renders, components, snapshot } = createCounter();
    const Assistant = (_: MessageComponentProps) => (
      <Message.Root>
        <Message.Parts components={components} />
      </Message.Root>
    );
    render(
      <Chat.Root store={store}>
        <Chat.Messages components={{ AssistantMessage: Assistant }} />
      </Chat.Root>,
    );
    act(() => void store.send('Weather?'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    const response = server.last();
    act(() => response.delta({ reasoning_content: 'Think' }));
    act(() => response.delta({ reasoning_content: 'ing' }));
    act(() => response.text('It'));
    await waitFor(() => expect(renders.get(1)).toBeGreaterThan(0));
    const before = snapshot();
    for (const token of [' is', ' cold', '.']) {
      act(() => response.text(token));
      await waitFor(() => expect(getMessageText(store.getState().messages.at(-1)!).endsWith(token)).toBe(true));
    }
    expect(grown(before, renders)).toEqual([[0, 0], [1, 3]]);
    expect(store.getState().messages.at(-1)!.parts.map((part) => part.type)).toEqual(['reasoning', 'text']);
  });
});
