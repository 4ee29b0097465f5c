import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatWindow } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';
import { stubAxeCanvas } from './stubAxeCanvas';
import { everyPartConversation, richConversation } from './fixtures';

afterEach(cleanup);

stubAxeCanvas();

/**
 * Runs axe on the rendered chat. Colour contrast is off here because jsdom computes no colours or
 * layout; it is checked in real Chromium by the Storybook a11y addon.
 */
async function expectNoViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.html),
  }));
  expect(summary).toEqual([]);
  // Guard against a vacuous run (an empty container passes everything).
  expect(results.passes.length).toBeGreaterThan(10);
}

const toolDelta = (args: string, first = false) => ({
  tool_calls: [{ index: 0, ...(first ? { id: 'call_1', type: 'function' } : {}), function: { ...(first ? { name: 'lookup' } : {}), arguments: args } }],
});

describe('ChatWindow accessibility (axe)', () => {
  it('has no violations when idle, with a title and suggestions', async () => {
    const { store } = createPushableChat();
    const { container } = render(<ChatWindow store={store} title="Assistant" suggestions={['Plan a trip', 'Explain SSE']} />);
    await expectNoViolations(container);
  });

  it('has no violations while streaming: typing dots, then reasoning, text and a tool call', async () => {
    const { store, server } = createPushableChat();
    const { container } = render(<ChatWindow store={store} title="Assistant" />);
    act(() => void store.send('Think, answer and call a tool'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    await waitFor(() => expect(container.querySelector('.rcs-typing')).toBeTruthy());
    await expectNoViolations(container);

    act(() => server.last().delta({ reasoning_content: 'Considering the question' }));
    await screen.findByRole('button', { name: 'Thinking…' });
    await expectNoViolations(container);

    // A link, a task list and a code block (with its copy button) inside the still-streaming, aria-hidden
    // content: nothing in it may be keyboard-focusable (axe aria-hidden-focus) or unnamed (axe label).
    act(() => server.last().text('Here is **part** of it, see [the docs](https://example.com/docs).\n\n- [x] done\n- [ ] open\n\n```js\nconst a = 1;\n```\n\nMore'));
    await waitFor(() => expect(container.querySelector('.rcs-content[data-streaming] [data-md="code-block"]')).toBeTruthy());
    await expectNoViolations(container);
    // jsdom's axe cannot compute focusability, so the aria-hidden-focus rule is asserted directly.
    const hiddenFocusables = container.querySelectorAll<HTMLElement>('[aria-hidden="true"] :is(a[href], button, input)');
    expect(hiddenFocusables.length).toBeGreaterThanOrEqual(2);
    for (const element of hiddenFocusables) {
      expect(element.tabIndex === -1 || (element as HTMLInputElement).disabled, element.outerHTML).toBe(true);
    }

    // A tool call after the text: the text part is finished (announced, focusable) and the call streams.
    act(() => server.last().delta(toolDelta('{"q": "par', true)));
    await waitFor(() => expect(container.querySelector('.rcs-tool-call[data-state="streaming"]')).toBeTruthy());
    expect(container.querySelector('.rcs-content[aria-hidden]')).toBeNull();
    await expectNoViolations(container);
  });

  it('has no violations with a failed turn and its Retry button', async () => {
    const { store, server } = createPushableChat();
    const { container } = render(<ChatWindow store={store} />);
    act(() => void store.send('Question'));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    act(() => server.last().text('Half'));
    act(() => server.last().cut());
    await screen.findByRole('button', { name: 'Retry' });
    await expectNoViolations(container);
  });

  it('has no violations with ready, invalid and answered tool calls, markdown, a refusal and stats', async () => {
    const { store } = createPushableChat({ initialMessages: richConversation });
    const { container } = render(<ChatWindow store={store} title="Assistant" theme="dark" />);
    expect(container.querySelectorAll('.rcs-tool-call')).toHaveLength(2);
    expect(container.querySelector('.rcs-refusal')).toBeTruthy();
    expect(container.querySelector('.rcs-stats')).toBeTruthy();
    await expectNoViolations(container);
  });

  it('has no violations with every part type: files, sources, an approval, an error result and a step', async () => {
    const { store } = createPushableChat({ initialMessages: everyPartConversation });
    const { container } = render(<ChatWindow store={store} title="Assistant" />);
    expect(container.querySelectorAll('.rcs-source')).toHaveLength(2);
    expect(container.querySelectorAll('.rcs-file')).toHaveLength(2);
    expect(container.querySelector('.rcs-tool-call__approval')).toBeTruthy();
    await expectNoViolations(container);
  });

  it('has no violations while a user message is being edited', async () => {
    const { store } = createPushableChat({ initialMessages: richConversation.slice(0, 2) });
    const { container } = render(<ChatWindow store={store} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Edit message' }));
    expect(container.querySelector('.rcs-editor')).toBeTruthy();
    await expectNoViolations(container);
  });
});
