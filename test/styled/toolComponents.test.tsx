import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useToolCallActions, type ToolCallPartProps } from '../../src/headless';
import type { ChatMessage, ToolCallPart } from '../../src/message';
import type { ChatStore } from '../../src/store';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const call = (toolName: string, extra: Partial<ToolCallPart> = {}): ToolCallPart => ({
  type: 'tool-call',
  toolCallId: `id-${toolName}`,
  toolName,
  argumentsText: '{"city":"Oslo"}',
  args: { city: 'Oslo' },
  state: 'ready',
  ...extra,
});

const conversation = (parts: ToolCallPart[], status: ChatMessage['status'] = 'complete'): ChatMessage[] => [
  { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Weather?' }], status: 'complete' },
  { id: 'a1', role: 'assistant', parts, status },
];

let cardRenders = 0;
function WeatherCard({ part }: ToolCallPartProps) {
  cardRenders++;
  const actions = useToolCallActions(part);
  return (
    <section aria-label={`Weather card ${part.toolName}`}>
      {String((part.args as { city?: string }).city)}
      {actions ? (
        <button type="button" onClick={() => actions.addResult({ temp: 4 })}>
          Use 4 degrees
        </button>
      ) : null}
    </section>
  );
}

function renderWindow(parts: ToolCallPart[]): ChatStore {
  const { store } = createPushableChat();
  store.setMessages(conversation(parts));
  render(<ChatWindow store={store} toolComponents={{ get_weather: WeatherCard }} />);
  return store;
}

describe('ChatWindow toolComponents', () => {
  it('renders a call by its tool name and the styled card for other tools, inherited names included', () => {
    renderWindow([call('get_weather'), call('search'), call('__proto__'), call('constructor')]);
    expect(screen.getByRole('region', { name: 'Weather card get_weather' }).textContent).toContain('Oslo');
    const cards = [...document.querySelectorAll('.rcs-tool-call')].map((node) => node.getAttribute('data-tool-name'));
    expect(cards).toEqual(['search', '__proto__', 'constructor']);
  });

  it('goes over parts.tools and parts.toolCall', () => {
    const { store } = createPushableChat();
    store.setMessages(conversation([call('get_weather'), call('search')]));
    const Other = ({ part }: ToolCallPartProps) => <p data-testid="other">{part.toolName}</p>;
    render(<ChatWindow store={store} parts={{ toolCall: Other, tools: { get_weather: Other } }} toolComponents={{ get_weather: WeatherCard }} />);
    expect(screen.getByRole('region', { name: 'Weather card get_weather' })).toBeTruthy();
    expect(screen.getAllByTestId('other').map((node) => node.textContent)).toEqual(['search']);
  });

  it('an inline toolComponents object on each parent render does not re-render the card', () => {
    const { store } = createPushableChat();
    store.setMessages(conversation([call('get_weather')]));
    const view = (title: string) => <ChatWindow store={store} title={title} toolComponents={{ get_weather: WeatherCard }} />;
    const { rerender } = render(view('One'));
    const before = cardRenders;
    rerender(view('Two'));
    rerender(view('Three'));
    expect(cardRenders).toBe(before);
  });

  it('the card answers its call through useToolCallActions, reaching the store', async () => {
    const store = renderWindow([call('get_weather')]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use 4 degrees' }));
    expect((store.getState().messages[1]!.parts[0] as ToolCallPart).result).toEqual({ temp: 4 });
    expect(screen.queryByRole('button', { name: 'Use 4 degrees' })).toBeNull();
  });
});

describe('the default tool-call card for assistive technology', () => {
  it('names its buttons and arguments after the tool, and states its status in a polite status region', async () => {
    const store = renderWindow([call('book_table', { approval: { state: 'requested' } })]);
    const card = screen.getByRole('group', { name: 'book_table' });
    expect(within(card).getByRole('group', { name: 'Arguments of book_table' }).textContent).toContain('"city": "Oslo"');
    const status = within(card).getByRole('status');
    expect(status.textContent).toBe('book_table: awaiting approval');
    const deny = within(card).getByRole('button', { name: 'Deny book_table' });
    expect(within(card).getByRole('button', { name: 'Approve book_table' })).toBeTruthy();

    // Keyboard only: Tab reaches Approve then Deny; Enter on Deny decides.
    const user = userEvent.setup();
    await user.tab();
    while (document.activeElement !== deny && document.activeElement !== document.body) await user.tab();
    expect(document.activeElement).toBe(deny);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status.textContent).toBe('book_table: denied'));
    // The same node changes its text: a live region announces the change once, not a new region.
    expect(within(card).getByRole('status')).toBe(status);
    act(() => store.stop());
  });

  it('keeps the status text while arguments stream, so tokens are not announced', () => {
    const { store } = createPushableChat();
    const growing = (argumentsText: string) => call('get_weather', { state: 'streaming', argumentsText, args: undefined });
    store.setMessages(conversation([growing('{"ci')], 'streaming'));
    render(<ChatWindow store={store} />);
    const text = () => document.querySelector('.rcs-tool-call [role="status"]')!.textContent;
    expect(text()).toBe('get_weather: preparing');
    act(() => store.setMessages(conversation([growing('{"city":"Os')], 'streaming')));
    expect(text()).toBe('get_weather: preparing');
    act(() => store.setMessages(conversation([call('get_weather')], 'streaming')));
    expect(text()).toBe('get_weather: running');
  });
});
