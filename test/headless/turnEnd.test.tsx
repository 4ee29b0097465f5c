import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Message, defaultLabels, type ChatLabels } from '../../src/headless';
import type { ChatMessage, ChatTurnEnd } from '../../src/message';
import { StyledMessage } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const answer = (turnEnd?: ChatTurnEnd): ChatMessage => ({
  id: 'a1',
  role: 'assistant',
  parts: [{ type: 'text', text: 'Answer' }],
  status: 'complete',
  ...(turnEnd ? { metadata: { turnEnd } } : {}),
});

function renderIn(message: ChatMessage, children: ReactNode, labels?: Partial<ChatLabels>) {
  const { store } = createPushableChat({ initialMessages: [message] });
  return render(
    <Chat.Root store={store} labels={labels}>
      <Message.Root messageId={message.id}>{children}</Message.Root>
    </Chat.Root>,
  );
}

const reasons: ChatTurnEnd[] = ['max-steps', 'max-output-tokens', 'max-duration', 'loop', 'terminal-tool'];

describe('Message.TurnEnd', () => {
  it('renders nothing for a turn the model ended itself', () => {
    const view = renderIn(answer(), <Message.TurnEnd data-testid="end" />);
    expect(screen.queryByTestId('end')).toBeNull();
    expect(view.container.querySelector('[role=note]')).toBeNull();
  });

  it.each(reasons)('says why the client ended the turn: %s', (reason) => {
    renderIn(answer(reason), <Message.TurnEnd className="mine" />);
    const note = screen.getByRole('note');
    expect(note.getAttribute('data-turn-end')).toBe(reason);
    expect(note.className).toBe('mine');
    expect(note.textContent).toBe(defaultLabels.turnEnd(reason));
  });

  it('words each reason differently', () => {
    expect(new Set(reasons.map((reason) => defaultLabels.turnEnd(reason))).size).toBe(reasons.length);
  });

  it('takes its words from labels, or from render, and render returning null hides it', () => {
    renderIn(answer('loop'), <Message.TurnEnd />, { turnEnd: (reason) => `Beendet: ${reason}` });
    expect(screen.getByRole('note').textContent).toBe('Beendet: loop');
    cleanup();
    renderIn(answer('max-steps'), <Message.TurnEnd render={(reason) => <b>{reason.toUpperCase()}</b>} />);
    expect(screen.getByRole('note').innerHTML).toBe('<b>MAX-STEPS</b>');
    cleanup();
    renderIn(answer('max-steps'), <Message.TurnEnd render={(reason) => (reason === 'max-steps' ? null : reason)} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('renders as its child with asChild, the text appended', () => {
    renderIn(
      answer('max-duration'),
      <Message.TurnEnd asChild>
        <p className="host">
          <span>⏱</span>
        </p>
      </Message.TurnEnd>,
    );
    const note = screen.getByRole('note');
    expect(note.tagName).toBe('P');
    expect(note.className).toBe('host');
    expect(note.textContent).toBe(`⏱${defaultLabels.turnEnd('max-duration')}`);
  });

  it('throws outside a message, naming the part', () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Message.TurnEnd />)).toThrow('`Message.TurnEnd` must be used within');
    } finally {
      console.error = quiet;
    }
  });
});

describe('StyledMessage', () => {
  it('shows the turn end in the footer as a note beside the actions', () => {
    const { store } = createPushableChat({ initialMessages: [answer('max-steps')] });
    render(
      <Chat.Root store={store}>
        <StyledMessage messageId="a1" />
      </Chat.Root>,
    );
    const note = screen.getByRole('note');
    expect(note.className).toBe('rcs-turn-end');
    expect(note.closest('.rcs-footer')).not.toBeNull();
    expect(note.textContent).toBe('Ended at the step limit of this turn.');
  });

  it('shows a footer for the note alone when nothing else would show', () => {
    const { store } = createPushableChat({ initialMessages: [answer('loop')] });
    const view = render(
      <Chat.Root store={store}>
        <StyledMessage messageId="a1" />
      </Chat.Root>,
    );
    expect(view.container.querySelector('.rcs-footer [data-turn-end="loop"]')).not.toBeNull();
  });
});

describe('Chat.Messages default row', () => {
  it('says why the client ended the turn, after the parts', () => {
    const { store } = createPushableChat({ initialMessages: [answer('terminal-tool')] });
    const view = render(
      <Chat.Root store={store}>
        <Chat.Messages />
      </Chat.Root>,
    );
    const note = view.container.querySelector('[data-turn-end="terminal-tool"]');
    expect(note?.textContent).toBe(defaultLabels.turnEnd('terminal-tool'));
    expect(note?.previousElementSibling?.textContent).toContain('Answer');
  });

  it('shows no note when the model ended the turn itself', () => {
    const { store } = createPushableChat({ initialMessages: [answer()] });
    const view = render(
      <Chat.Root store={store}>
        <Chat.Messages />
      </Chat.Root>,
    );
    expect(view.container.querySelector('[data-turn-end]')).toBeNull();
  });
});
