import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryChat } from '../../examples/long-threads/HistoryChat';
import { createTextMessage, type ChatMessage } from '../../src/message';

afterEach(cleanup);

const recent = Array.from({ length: 12 }, (_, index) =>
  createTextMessage(index % 2 ? 'assistant' : 'user', `Recent ${index}`, `r${index}`) as ChatMessage,
);

// jsdom has no layout, so the window renders its newest rows as a plain list and never nears the top;
// the story "Headless/Virtualized › Readme History Chat" drives the loading of older pages in Chromium.
describe('README Long threads (examples/long-threads/HistoryChat.tsx)', () => {
  it('shows the thread and brings the first recent message into view by id', async () => {
    const fetchOlder = vi.fn(async () => ({ messages: [], hasMore: false }));
    render(<HistoryChat recent={recent} fetchOlder={fetchOlder} />);
    const log = screen.getByRole('log');
    expect(log.textContent).toContain('Recent 0');
    expect(log.textContent).toContain('Recent 11');
    const scrolled: Array<[Element, ScrollIntoViewOptions | boolean | undefined]> = [];
    Element.prototype.scrollIntoView = function (this: Element, options) {
      scrolled.push([this, options]);
    };
    await userEvent.setup().click(screen.getByRole('button', { name: 'Where we left off' }));
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]![0].textContent).toContain('Recent 0');
    expect(scrolled[0]![1]).toEqual({ block: 'center', behavior: 'auto' });
    expect(fetchOlder).not.toHaveBeenCalled();
  });
});
