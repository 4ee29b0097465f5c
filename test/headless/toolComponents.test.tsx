import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Chat,
  Message,
  useToolCallActions,
  type MessageComponentProps,
  type MessagePartComponents,
  type ToolCallPartProps,
} from '../../src/headless';
import { MessageContext } from '../../src/headless/message/messageContext';
import type { ChatMessage, ChatPart, ToolCallPart } from '../../src/message';
import type { ChatStore } from '../../src/store';
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

function WeatherCard({ part, streaming }: ToolCallPartProps) {
  return (
    <div data-testid="weather" data-streaming={streaming || undefined}>
      Weather in {String((part.args as { city?: string } | undefined)?.city)}
    </div>
  );
}

const showParts = (parts: ChatPart[], components: MessagePartComponents, status: ChatMessage['status'] = 'complete') => (
  <MessageContext.Provider value={{ id: 'a1', role: 'assistant', parts, status }}>
    <Message.Parts components={components} />
  </MessageContext.Provider>
);

describe('Message.Parts components.tools', () => {
  it('renders a call by its tool name, and other calls with the default view', () => {
    render(showParts([call('get_weather'), call('search')], { tools: { get_weather: WeatherCard } }));
    expect(screen.getByTestId('weather').textContent).toBe('Weather in Oslo');
    const defaults = document.querySelectorAll('[data-part="tool-call"]');
    expect(defaults).toHaveLength(1);
    expect(defaults[0]!.getAttribute('data-tool-name')).toBe('search');
  });

  it('takes the named component over components.toolCall, which still renders the other tools', () => {
    const Generic = ({ part }: ToolCallPartProps) => <p data-testid="generic">{part.toolName}</p>;
    render(showParts([call('get_weather'), call('search')], { toolCall: Generic, tools: { get_weather: WeatherCard } }));
    expect(screen.getByTestId('weather')).toBeTruthy();
    expect(screen.getAllByTestId('generic').map((node) => node.textContent)).toEqual(['search']);
  });

  it('ignores inherited keys: a call named __proto__, constructor or toString gets the default view', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    render(showParts(names.map((name) => call(name)), { tools: { get_weather: WeatherCard } }));
    const rendered = [...document.querySelectorAll('[data-part="tool-call"]')].map((node) => node.getAttribute('data-tool-name'));
    expect(rendered).toEqual(names);
  });

  it('a token re-renders only the growing part, the named tool card included', () => {
    const renders = { card: 0, text: 0 };
    const Card = (props: ToolCallPartProps) => (renders.card++, <WeatherCard {...props} />);
    const Text = ({ part }: { part: { text: string } }) => (renders.text++, <p>{part.text}</p>);
    const components: MessagePartComponents = { text: Text, tools: { get_weather: Card } };
    const done = call('get_weather', { result: { temp: 4 } });
    const { rerender } = render(showParts([done, { type: 'text', text: 'It' }], components, 'streaming'));
    expect(renders).toEqual({ card: 1, text: 1 });
    for (const text of ['It is', 'It is 4', 'It is 4 degrees']) rerender(showParts([done, { type: 'text', text }], components, 'streaming'));
    expect(renders).toEqual({ card: 1, text: 4 });

    // While its arguments stream the card is the live part, and each new part object renders it again.
    const growing = (argumentsText: string) => call('get_weather', { state: 'streaming', argumentsText, args: undefined });
    rerender(showParts([growing('{"ci')], components, 'streaming'));
    rerender(showParts([growing('{"city":"Os')], components, 'streaming'));
    expect(renders.card).toBe(3);
    expect(screen.getByTestId('weather').hasAttribute('data-streaming')).toBe(true);
  });
});

describe('Chat.Messages parts', () => {
  it('reaches the rows it renders itself, and an inline object each parent render re-renders no card', () => {
    const { store } = createPushableChat();
    store.setMessages([{ id: 'a1', role: 'assistant', parts: [call('get_weather'), call('search')], status: 'complete' }]);
    let renders = 0;
    const Counted = (props: ToolCallPartProps) => (renders++, <WeatherCard {...props} />);
    const view = (label: string) => (
      <Chat.Root store={store}>
        <Chat.Messages aria-label={label} parts={{ tools: { get_weather: Counted } }} />
      </Chat.Root>
    );
    const { rerender } = render(view('one'));
    expect(screen.getByTestId('weather').textContent).toBe('Weather in Oslo');
    expect(document.querySelector('[data-part="tool-call"]')?.getAttribute('data-tool-name')).toBe('search');
    rerender(view('two'));
    rerender(view('three'));
    expect(renders).toBe(1);
  });
});

/** A card answering its call through the hook; the buttons exist only while the hook offers actions. */
function DecisionCard({ part }: ToolCallPartProps) {
  const actions = useToolCallActions(part);
  if (!actions) return <p data-testid="settled">{part.toolName} settled</p>;
  return (
    <div data-testid="actions" data-awaiting={actions.awaitingApproval || undefined}>
      <button type="button" onClick={() => void actions.approve()}>approve</button>
      <button type="button" onClick={() => void actions.deny('not today')}>deny</button>
      <button type="button" onClick={() => actions.addResult({ picked: 'Oslo' })}>answer</button>
      <button type="button" onClick={() => actions.addResult('no city', { isError: true })}>fail</button>
    </div>
  );
}

const Assistant = (_: MessageComponentProps) => (
  <Message.Root>
    <Message.Parts components={{ tools: { pick_city: DecisionCard } }} />
  </Message.Root>
);

function renderChat(part: ToolCallPart): { store: ChatStore; responses: () => number } {
  const { store, server } = createPushableChat();
  store.setMessages([
    { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Where?' }], status: 'complete' },
    { id: 'a1', role: 'assistant', parts: [part], status: 'complete' },
  ]);
  render(
    <Chat.Root store={store}>
      <Chat.Messages components={{ AssistantMessage: Assistant }} />
    </Chat.Root>,
  );
  return { store, responses: () => server.responses.length };
}

const storedCall = (store: ChatStore) => store.getState().messages[1]!.parts[0] as ToolCallPart;

describe('useToolCallActions', () => {
  it('addResult records the result on the call in the store, and the hook then offers nothing', async () => {
    const { store } = renderChat(call('pick_city'));
    expect(screen.getByTestId('actions').hasAttribute('data-awaiting')).toBe(false);
    await userEvent.setup().click(screen.getByRole('button', { name: 'answer' }));
    expect(storedCall(store).result).toEqual({ picked: 'Oslo' });
    expect(storedCall(store).isError).toBeUndefined();
    expect(screen.getByTestId('settled').textContent).toBe('pick_city settled');
  });

  it('addResult with isError records an error result', async () => {
    const { store } = renderChat(call('pick_city'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'fail' }));
    expect(storedCall(store)).toMatchObject({ result: 'no city', isError: true });
  });

  it('approve answers a call awaiting approval, and the turn goes on', async () => {
    const { store, responses } = renderChat(call('pick_city', { approval: { state: 'requested' } }));
    expect(screen.getByTestId('actions').hasAttribute('data-awaiting')).toBe(true);
    await userEvent.setup().click(screen.getByRole('button', { name: 'approve' }));
    await waitFor(() => expect(storedCall(store).approval?.state).toBe('approved'));
    await waitFor(() => expect(responses()).toBe(1));
    act(() => store.stop());
  });

  it('deny records the denial with its reason and an error result', async () => {
    const { store } = renderChat(call('pick_city', { approval: { state: 'requested' } }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'deny' }));
    await waitFor(() => expect(storedCall(store).approval).toMatchObject({ state: 'denied', reason: 'not today' }));
    expect(storedCall(store).isError).toBe(true);
    act(() => store.stop());
  });

  it('is null while the arguments stream, for a provider-executed call, and outside a chat', () => {
    renderChat(call('pick_city', { state: 'streaming', args: undefined }));
    expect(screen.getByTestId('settled')).toBeTruthy();
    cleanup();
    renderChat(call('pick_city', { providerExecuted: true }));
    expect(screen.getByTestId('settled')).toBeTruthy();
    cleanup();
    render(showParts([call('pick_city')], { tools: { pick_city: DecisionCard } }));
    expect(screen.getByTestId('settled')).toBeTruthy();
  });
});
