import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Message, type MessageComponentProps } from '../../src/headless';
import { getMessageText } from '../../src/message';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const root = () => document.querySelector<HTMLElement>('.rcs-chat')!;

describe('ChatWindow when idle', () => {
  it('shows the empty state with suggestions, and a suggestion sends its prompt', async () => {
    const { store, server } = createPushableChat();
    render(<ChatWindow store={store} title="Assistant" suggestions={['Plan a trip', 'Explain SSE']} />);
    const section = screen.getByRole('region', { name: 'Assistant' });
    expect(section).toBe(root());
    expect(section.tagName).toBe('SECTION');
    expect(section.getAttribute('data-status')).toBe('idle');
    expect(screen.getByRole('heading', { level: 2, name: 'Assistant' })).toBeTruthy();
    expect(screen.getByText('How can I help?').className).toBe('rcs-empty__title');
    const list = screen.getByRole('list', { name: 'Suggestions' });
    expect(within(list).getAllByRole('button').map((button) => button.textContent)).toEqual(['Plan a trip', 'Explain SSE']);
    expect(screen.getByRole('textbox', { name: 'Message' }).getAttribute('placeholder')).toBe('Send a message…');
    expect((screen.getByRole('button', { name: 'Send message' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Stop generating' })).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Explain SSE' }));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(server.last().body.messages.at(-1)).toEqual({ role: 'user', content: 'Explain SSE' });
    expect(document.querySelector('.rcs-empty')).toBeNull();
  });

  it('has no header without a title, and names itself "Chat"', () => {
    const { store } = createPushableChat();
    render(<ChatWindow store={store} placeholder="Ask away" emptyState={<p>Custom greeting</p>} />);
    expect(document.querySelector('.rcs-header')).toBeNull();
    expect(screen.getByRole('region', { name: 'Chat' })).toBe(root());
    expect(screen.getByText('Custom greeting')).toBeTruthy();
    expect(screen.queryByText('How can I help?')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Message' }).getAttribute('placeholder')).toBe('Ask away');
  });

  it('sets data-theme from `theme`, "system" by default', () => {
    const { store } = createPushableChat();
    const { rerender } = render(<ChatWindow store={store} />);
    expect(root().getAttribute('data-theme')).toBe('system');
    rerender(<ChatWindow store={store} theme="dark" />);
    expect(root().getAttribute('data-theme')).toBe('dark');
    rerender(<ChatWindow store={store} theme="light" />);
    expect(root().getAttribute('data-theme')).toBe('light');
  });

  it('merges className after its own classes, spreads props and forwards the ref', () => {
    const { store } = createPushableChat();
    let element: HTMLElement | null = null;
    render(<ChatWindow store={store} className="h-full mine" data-extra="1" ref={(node) => void (element = node)} />);
    expect(root().className).toBe('rcs-chat rcs-theme h-full mine');
    expect(root().getAttribute('data-extra')).toBe('1');
    expect(element).toBe(root());
  });

  it('accepts the result of useChatStream (anything with a store) as `chat`', () => {
    const { store } = createPushableChat({ initialMessages: [{ role: 'user', parts: [{ type: 'text', text: 'Hi there' }] }] });
    render(<ChatWindow store={store} />);
    expect(screen.getByText('Hi there').closest('.rcs-message')?.getAttribute('data-role')).toBe('user');
  });
});

describe('ChatWindow render overrides', () => {
  it('takes per-role components, a header, a composer and passes highlight to the markdown', async () => {
    const highlight = vi.fn(() => null);
    const { store } = createPushableChat({
      initialMessages: [
        { role: 'user', parts: [{ type: 'text', text: 'Show code' }] },
        { role: 'assistant', parts: [{ type: 'text', text: '```js\nlet a = 1;\n```' }] },
      ],
    });
    const Custom = ({ message }: MessageComponentProps) => (
      <Message.Root data-testid="custom">{`custom:${getMessageText(message)}`}</Message.Root>
    );
    render(
      <ChatWindow
        store={store}
        title="Ignored"
        header={<div data-testid="own-header" />}
        composer={<div data-testid="own-composer" />}
        components={{ UserMessage: Custom }}
        highlight={highlight}
      >
        <p>Footnote</p>
      </ChatWindow>,
    );
    expect(screen.getByTestId('custom').textContent).toBe('custom:Show code');
    expect(screen.getByTestId('own-header')).toBeTruthy();
    expect(screen.getByTestId('own-composer')).toBeTruthy();
    expect(document.querySelector('.rcs-header, .rcs-composer')).toBeNull();
    expect(screen.getByText('Footnote').parentElement).toBe(root());
    await waitFor(() => expect(highlight).toHaveBeenCalledWith('let a = 1;', 'js'));
    expect(document.querySelector('.rcs-message[data-role="assistant"] [data-md="code-block"]')).toBeTruthy();
  });

  it('hides usage and timing with showStats={false}', () => {
    const { store } = createPushableChat({
      initialMessages: [
        {
          role: 'assistant',
          parts: [{ type: 'text', text: 'Done' }],
          metadata: { usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 } },
        },
      ],
    });
    const { rerender } = render(<ChatWindow store={store} />);
    expect(document.querySelector('.rcs-stats')).toBeTruthy();
    rerender(<ChatWindow store={store} showStats={false} />);
    expect(document.querySelector('.rcs-stats')).toBeNull();
    expect(document.querySelector('.rcs-footer .rcs-actions')).toBeTruthy();
  });
});
