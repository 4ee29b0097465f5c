import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chat } from '../../src/headless';
import type { ToolCallPart } from '../../src/message';
import { ChatWindow, StyledToolCallCard } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const callDelta = (args: string, first = false) => ({
  tool_calls: [
    {
      index: 0,
      ...(first ? { id: 'call_1', type: 'function' } : {}),
      function: { ...(first ? { name: 'get_weather' } : {}), arguments: args },
    },
  ],
});

const card = () => document.querySelector<HTMLElement>('.rcs-tool-call')!;
const badge = () => card().querySelector('.rcs-tool-call__badge')!;
const args = () => card().querySelector<HTMLElement>('.rcs-tool-call__args')!;

async function startTurn() {
  const { store, server } = createPushableChat();
  render(<ChatWindow store={store} />);
  act(() => void store.send('Weather?'));
  await waitFor(() => expect(server.responses).toHaveLength(1));
  return { store, response: server.last() };
}

describe('StyledToolCallCard in a chat', () => {
  it('pretty-prints arguments live while streaming, then marks them ready and shows the result', async () => {
    const { store, response } = await startTurn();
    act(() => response.delta(callDelta('{"city": "Par', true)));
    await waitFor(() => expect(card()?.getAttribute('data-state')).toBe('streaming'));
    expect(screen.getByRole('group', { name: 'get_weather' })).toBe(card());
    expect(badge().textContent).toBe('Streaming');
    expect(badge().getAttribute('data-state')).toBe('streaming');
    expect(args().textContent).toBe('{\n  "city": "Par"\n}');
    // The typing dots give way as soon as something visible (the call) arrives.
    expect(document.querySelector('.rcs-typing')).toBeNull();

    act(() => response.delta(callDelta('is", "days": 2}')));
    act(() => response.finish('tool_calls'));
    await waitFor(() => expect(card().getAttribute('data-state')).toBe('ready'));
    expect(badge().textContent).toBe('Ready');
    expect(args().textContent).toBe('{\n  "city": "Paris",\n  "days": 2\n}');
    expect(card().querySelector('.rcs-tool-call__error')).toBeNull();
    expect(card().querySelector('.rcs-tool-call__result')).toBeNull();

    act(() => store.addToolResult({ toolCallId: 'call_1', result: { temperature: 21 } }));
    await waitFor(() => expect(card().hasAttribute('data-has-result')).toBe(true));
    const result = card().querySelector('.rcs-tool-call__result')!;
    expect(within(result as HTMLElement).getByText('Result').className).toBe('rcs-tool-call__caption');
    expect(result.querySelector('pre')?.textContent).toBe('{\n  "temperature": 21\n}');
    // The result lives on the call's part: no second message shows it again.
    expect(document.querySelectorAll('.rcs-message')).toHaveLength(2);
  });

  it('shows the raw text and the parse error when the final arguments are invalid', async () => {
    const { response } = await startTurn();
    act(() => response.delta(callDelta('{"city": ', true)));
    act(() => response.delta(callDelta('Paris}')));
    act(() => response.finish('tool_calls'));
    await waitFor(() => expect(card()?.getAttribute('data-state')).toBe('invalid'));
    expect(badge().textContent).toBe('Invalid');
    expect(args().textContent).toBe('{"city": Paris}');
    expect(card().querySelector('.rcs-tool-call__caption')?.textContent).toBe('Arguments (raw)');
    expect(card().querySelector('.rcs-tool-call__error')?.textContent).toMatch(/^Not valid JSON: .+/);
  });
});

describe('StyledToolCallCard alone', () => {
  const call: ToolCallPart = {
    type: 'tool-call',
    toolCallId: 'c1',
    toolName: 'sum',
    argumentsText: '[1,',
    args: [1],
    state: 'invalid',
    parseError: 'Unexpected end of JSON input',
  };

  it('takes a call directly, merges className and spreads props', () => {
    const { store } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <StyledToolCallCard call={call} className="mine" data-testid="card" title="A call">
          <span>extra</span>
        </StyledToolCallCard>
      </Chat.Root>,
    );
    const element = screen.getByTestId('card');
    expect(element.className).toBe('rcs-tool-call rcs-theme mine');
    expect(element.getAttribute('title')).toBe('A call');
    expect(element.getAttribute('data-tool-name')).toBe('sum');
    expect(element.querySelector('.rcs-tool-call__error')?.textContent).toBe('Not valid JSON: Unexpected end of JSON input');
    expect(element.lastElementChild?.textContent).toBe('extra');
  });
});

describe('StyledToolCallCard approval', () => {
  async function startApprovalTurn() {
    const execute = vi.fn(() => ({ booked: true }));
    const { store, server } = createPushableChat({ tools: { book_table: { needsApproval: true, execute } } });
    render(<ChatWindow store={store} />);
    act(() => void store.send('Book a table'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().delta({ tool_calls: [{ index: 0, id: 'call_b', type: 'function', function: { name: 'book_table', arguments: '{"guests":2}' } }] }));
    act(() => server.last().finish('tool_calls'));
    const group = await screen.findByRole('group', { name: 'book_table' });
    await waitFor(() => expect(group.querySelector('.rcs-tool-call__approval')?.textContent).toBe('Awaiting approval'));
    return { store, server, execute, group };
  }

  it('offers Approve and Deny while the call waits; Approve runs the tool and the turn goes on', async () => {
    const { server, execute, group } = await startApprovalTurn();
    expect(execute).not.toHaveBeenCalled();
    await userEvent.setup().click(within(group).getByRole('button', { name: 'Approve book_table' }));
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(execute).toHaveBeenCalledTimes(1);
    const card = screen.getByRole('group', { name: 'book_table' });
    expect(card.querySelector('.rcs-tool-call__approval')?.getAttribute('data-approval')).toBe('approved');
    expect(within(card).queryByRole('button', { name: 'Approve book_table' })).toBeNull();
    expect(card.querySelector('.rcs-tool-call__result pre')?.textContent).toBe('{\n  "booked": true\n}');
  });

  it('Deny refuses the call without running it, and the card shows the denial', async () => {
    const { server, execute, group } = await startApprovalTurn();
    await userEvent.setup().click(within(group).getByRole('button', { name: 'Deny book_table' }));
    await waitFor(() => expect(server.responses).toHaveLength(2));
    expect(execute).not.toHaveBeenCalled();
    const card = screen.getByRole('group', { name: 'book_table' });
    expect(card.querySelector('.rcs-tool-call__approval')?.getAttribute('data-approval')).toBe('denied');
    expect(card.querySelector('.rcs-tool-call__result')?.hasAttribute('data-error')).toBe(true);
  });
});
