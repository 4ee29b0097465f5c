import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Message } from '../../src/headless';
import {
  StyledChatHeader,
  StyledComposer,
  StyledEmptyState,
  StyledErrorBanner,
  StyledMessage,
  StyledMessageActions,
  StyledMessageContent,
  StyledMessageEditor,
  StyledMessageFooter,
  StyledMessageStats,
  StyledReasoning,
  StyledRefusal,
  StyledSuggestion,
  StyledToolCalls,
  StyledTypingIndicator,
} from '../../src/styled';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { createPushableChat } from '../helpers/pushableFetch';
import { richConversation } from './fixtures';

afterEach(cleanup);

function renderIn(ui: ReactNode, messages: ChatMessageInit[] = richConversation) {
  const { store } = createPushableChat({ initialMessages: messages });
  render(<Chat.Root store={store}>{ui}</Chat.Root>);
  return store;
}

const inMessage = (id: string, ui: ReactNode) => <Message.Root messageId={id}>{ui}</Message.Root>;

/** Each piece with `className="mine"` and `data-extra="1"`, and the class it must keep. */
const cases: Array<[name: string, ourClass: string, ui: ReactNode, messages?: ChatMessageInit[]]> = [
  ['StyledChatHeader', 'rcs-header', <StyledChatHeader key="h" title="T" className="mine" data-extra="1" data-testid="x" />],
  ['StyledEmptyState', 'rcs-empty', <StyledEmptyState key="e" className="mine" data-extra="1" data-testid="x" />, []],
  ['StyledSuggestion', 'rcs-suggestion', <StyledSuggestion key="s" className="mine" data-extra="1" data-testid="x">Hi</StyledSuggestion>],
  ['StyledMessage', 'rcs-message', <StyledMessage key="m" messageId="a1" className="mine" data-extra="1" data-testid="x" />],
  ['StyledMessageContent', 'rcs-content', inMessage('a1', <StyledMessageContent className="mine" data-extra="1" data-testid="x" />)],
  ['StyledTypingIndicator', 'rcs-typing', <StyledTypingIndicator key="t" className="mine" data-extra="1" data-testid="x" />],
  ['StyledReasoning', 'rcs-reasoning', inMessage('a1', <StyledReasoning className="mine" data-extra="1" data-testid="x" />)],
  ['StyledRefusal', 'rcs-refusal', inMessage('a2', <StyledRefusal className="mine" data-extra="1" data-testid="x" />)],
  ['StyledToolCalls', 'rcs-tool-calls', inMessage('a1', <StyledToolCalls className="mine" data-extra="1" data-testid="x" />)],
  ['StyledErrorBanner', 'rcs-error', inMessage('a3', <StyledErrorBanner className="mine" data-extra="1" data-testid="x" />)],
  ['StyledMessageFooter', 'rcs-footer', inMessage('a1', <StyledMessageFooter className="mine" data-extra="1" data-testid="x" />)],
  ['StyledMessageStats', 'rcs-stats', inMessage('a1', <StyledMessageStats className="mine" data-extra="1" data-testid="x" />)],
  ['StyledMessageActions', 'rcs-actions', inMessage('a1', <StyledMessageActions className="mine" data-extra="1" data-testid="x" />)],
  ['StyledComposer', 'rcs-composer', <StyledComposer key="c" className="mine" data-extra="1" data-testid="x" />],
];

describe('every styled piece', () => {
  it.each(cases)('%s merges className after its own classes and spreads other props', (_name, ourClass, ui, messages) => {
    renderIn(ui, messages);
    const element = screen.getByTestId('x');
    expect(element.className).toBe(`${ourClass} rcs-theme mine`);
    expect(element.getAttribute('data-extra')).toBe('1');
  });

  it('StyledMessageEditor merges className once its message is being edited', async () => {
    renderIn(
      <StyledMessage messageId="u1">
        <StyledMessageEditor className="mine" data-extra="1" data-testid="editor" />
      </StyledMessage>,
    );
    // The message already holds a styled editor; the extra one shares its edit state.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Edit message' }));
    const editor = screen.getByTestId('editor');
    expect(editor.className).toBe('rcs-editor rcs-theme mine');
    expect(editor.getAttribute('data-extra')).toBe('1');
  });
});

describe('styled pieces in detail', () => {
  it('lays out a user message as a plain-text bubble with Copy and Edit', () => {
    renderIn(<StyledMessage messageId="u1" data-testid="m" />);
    const message = screen.getByTestId('m');
    expect(message.getAttribute('data-role')).toBe('user');
    const content = message.querySelector('.rcs-message__bubble > .rcs-parts > .rcs-content')!;
    expect(content.getAttribute('data-format')).toBe('text');
    expect(content.textContent).toBe('What is the weather\nin Paris?');
    expect(screen.getByRole('button', { name: 'Copy message' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit message' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Regenerate response' })).toBeNull();
    expect(message.querySelector('.rcs-stats')).toBeNull();
  });

  it('shows reasoning as a closed disclosure on a settled answer that opens on click', async () => {
    renderIn(inMessage('a1', <StyledReasoning data-testid="r" />));
    const trigger = screen.getByRole('button', { name: 'Reasoning' });
    expect(trigger.className).toBe('rcs-reasoning__trigger');
    expect(screen.getByTestId('r').getAttribute('data-state')).toBe('closed');
    await userEvent.setup().click(trigger);
    expect(screen.getByTestId('r').getAttribute('data-state')).toBe('open');
    expect(screen.getByText('The user wants the weather.').className).toBe('rcs-reasoning__content');
  });

  it('shows the refusal text with a decorative icon', () => {
    renderIn(inMessage('a2', <StyledRefusal data-testid="r" />));
    const refusal = screen.getByTestId('r');
    expect(refusal.querySelector('.rcs-refusal__text')?.textContent).toBe('I can’t help with that.');
    expect(refusal.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('lets children replace the inside of the error banner and the empty state', () => {
    renderIn(
      <>
        {inMessage('a3', <StyledErrorBanner render={(error) => `Oops: ${error?.code}`} />)}
        <StyledEmptyState suggestions={['A']}>Welcome</StyledEmptyState>
      </>,
    );
    expect(document.querySelector('.rcs-error')?.textContent).toBe('Oops: network');
    // The conversation is not empty, so the empty state hides itself.
    expect(document.querySelector('.rcs-empty')).toBeNull();
  });

  it('shows named task-list checkboxes in markdown, unless the app replaces the input', () => {
    renderIn(
      <>
        {inMessage('a1', <StyledMessageContent data-testid="plain" />)}
        {inMessage('a1', <StyledMessageContent data-testid="own" markdownComponents={{ input: () => <span>box</span> }} />)}
      </>,
    );
    const boxes = screen.getByTestId('plain').querySelectorAll('input[type="checkbox"]');
    expect([...boxes].map((box) => box.getAttribute('aria-label'))).toEqual(['Completed task', 'Open task']);
    expect(screen.getByTestId('own').querySelectorAll('input')).toHaveLength(0);
  });

  it('renders the header title as a heading with the given id, and actions beside it', () => {
    render(
      <StyledChatHeader title="Support" titleId="t1">
        <button type="button">New chat</button>
      </StyledChatHeader>,
    );
    expect(screen.getByRole('heading', { name: 'Support' }).id).toBe('t1');
    expect(screen.getByRole('button', { name: 'New chat' }).parentElement?.className).toBe('rcs-header__actions');
  });

  it('passes inputProps to the composer textarea, keeping our class', () => {
    renderIn(<StyledComposer placeholder="Type" inputProps={{ className: 'extra', 'aria-label': 'Your question' }} />);
    const input = screen.getByRole('textbox', { name: 'Your question' });
    expect(input.className).toBe('rcs-composer__input extra');
    expect(input.getAttribute('placeholder')).toBe('Type');
  });
});
