import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessageText } from '../../src/message';
import { Action, Chat, Composer, Message, defaultLabels, type ChatLabels, type MessageComponentProps } from '../../src/headless';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const german: Partial<ChatLabels> = {
  send: 'Senden',
  sendMessage: 'Nachricht senden',
  messageInput: 'Nachricht',
  copy: 'Kopieren',
  copyMessage: 'Nachricht kopieren',
  statusStopped: 'Angehalten',
  rowRenderError: (position) => `Nachricht ${position} kann nicht angezeigt werden`,
};

function Assistant({ message }: MessageComponentProps) {
  if (getMessageText(message) === 'boom') throw new Error('bad output');
  return (
    <Message.Root data-testid={message.id}>
      <Message.Content />
      <Message.Status />
      <Message.Actions>
        <Action.Copy />
        <Action.Regenerate />
      </Message.Actions>
    </Message.Root>
  );
}

describe('labels', () => {
  it('replaces the words of the headless parts given to Chat.Root, keeping the defaults it does not name', () => {
    // The row that throws is caught by its boundary; React still reports it on the console.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = createPushableChat({
      initialMessages: [
        { role: 'user', parts: [{ type: 'text', text: 'Hi' }] },
        { role: 'assistant', parts: [{ type: 'text', text: 'Hal' }], status: 'stopped' },
        { role: 'assistant', parts: [{ type: 'text', text: 'boom' }] },
      ],
    });
    render(
      <Chat.Root store={store} labels={german}>
        <Chat.Messages components={{ AssistantMessage: Assistant }} />
        <Composer.Root>
          <Composer.Input />
          <Composer.Submit />
        </Composer.Root>
      </Chat.Root>,
    );
    expect(screen.getByRole('button', { name: 'Nachricht senden' }).textContent).toBe('Senden');
    expect(screen.getByRole('textbox', { name: 'Nachricht' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nachricht kopieren' }).textContent).toBe('Kopieren');
    expect(screen.getByText('Angehalten').getAttribute('data-status')).toBe('stopped');
    expect(screen.getByRole('note').textContent).toBe('Nachricht 3 kann nicht angezeigt werden');
    // Partial: what the app did not name keeps its default.
    expect(screen.getByRole('button', { name: defaultLabels.regenerateResponse }).textContent).toBe(defaultLabels.regenerate);
  });

  it('ChatWindow takes labels for its styled pieces and the headless parts inside it', () => {
    const { store } = createPushableChat();
    render(
      <ChatWindow
        store={store}
        labels={{ chat: 'Unterhaltung', composerPlaceholder: 'Frag etwas…', emptyTitle: 'Wie kann ich helfen?', send: 'Los' }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Unterhaltung' })).toBeTruthy();
    expect(screen.getByRole('textbox').getAttribute('placeholder')).toBe('Frag etwas…');
    expect(screen.getByText('Wie kann ich helfen?')).toBeTruthy();
    expect(screen.getByRole('button', { name: defaultLabels.sendMessage }).getAttribute('title')).toBe('Los');
  });

  it('ChatWindow labels reach the usage figures under an answer', () => {
    const { store } = createPushableChat({
      initialMessages: [
        { role: 'user', parts: [{ type: 'text', text: 'Hi' }] },
        { role: 'assistant', parts: [{ type: 'text', text: 'Hello' }], metadata: { usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 } } },
      ],
    });
    render(<ChatWindow store={store} labels={{ copy: 'Copier', statTokens: 'Jetons', statTokensDetail: ({ input }) => `${input} entrée` }} />);
    const item = document.querySelector('[data-stat="tokens"]')!;
    expect(item.querySelector('dt')!.textContent).toBe('Jetons');
    expect(item.getAttribute('title')).toBe('3 entrée');
    // The styled action buttons' tooltips come from the same labels.
    expect(document.querySelector('[data-action="copy"]')!.getAttribute('title')).toBe('Copier');
  });
});
