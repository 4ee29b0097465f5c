import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setupRealSocketReact } from '../react/setupRealSocketReact';
import { readmeBackendForEachTest } from './startReadmeBackend';
import { DateChat } from '../../examples/agent/DateChat';

setupRealSocketReact();
const backend = readmeBackendForEachTest();

describe('README Tools and agents: a tool the app answers (examples/agent/DateChat.tsx)', () => {
  it('shows the picker for the call, sends the picked date as its result, and the turn goes on in the same message', async () => {
    const { upstream } = await backend((request) => ({
      tokensPerSecond: 0,
      steps: [
        { toolCalls: [{ name: 'pick_date', arguments: { question: 'Which day suits you?' }, id: 'call_date' }] },
        { text: `Booked for ${String(request.toolResults[0]?.content)}.` },
      ],
    }));
    const user = userEvent.setup();
    render(<DateChat />);

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Book me a table{Enter}');
    const picker = await screen.findByLabelText('Which day suits you?');
    // The call waits for the user: one request so far.
    expect(upstream.requests).toHaveLength(1);
    fireEvent.change(picker, { target: { value: '2026-12-24' } });
    await user.click(screen.getByRole('button', { name: 'Use this date' }));

    await screen.findByText(/Booked for 2026-12-24\./);
    expect(screen.getByText('Date: 2026-12-24')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Use this date' })).toBeNull();
    expect(upstream.requests).toHaveLength(2);
    expect(upstream.requests[1]!.toolResults).toEqual([{ toolCallId: 'call_date', content: '2026-12-24', isError: false }]);
    await waitFor(() => expect(document.querySelectorAll('.rcs-message[data-role="assistant"]')).toHaveLength(1));
  });
});
