import type { Meta, StoryObj } from '@storybook/react-vite';
import { Profiler, useCallback, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ComponentType } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ChatMessagesHandle } from '../../src/headless';
import { ChatMessages } from '../../src/headless/chat/ChatMessages';
import type { ChatMessage } from '../../src/message';
import type { MockScenarioResolver } from '../../src/testing';
import { ChatLayout } from '../support/ChatLayout';
import { createLongThread } from '../support/createLongThread';
import { useMockChat } from '../support/useMockChat';
import { LONG_ANSWER, CODE_ANSWER } from '../support/sampleAnswers';
import { waitForAssistant } from '../support/play';
import { HistoryChat, type HistoryPage } from '../../examples/long-threads/HistoryChat';

const longAnswer: MockScenarioResolver = () => ({ text: `${LONG_ANSWER}\n\n${CODE_ANSWER}\n\n${LONG_ANSWER}`, tokensPerSecond: 120 });

const meta = {
  title: 'Headless/Virtualized',
  component: ChatMessages as unknown as ComponentType<ComponentPropsWithoutRef<'div'>>,
  parameters: {
    docs: {
      description: {
        component:
          '`<Chat.Messages virtualize>` mounts only the rows in and near the view (virtua, loaded on first use), so a ' +
          'thread of 10,000 messages opens and streams like a short one. It keeps the plain list\'s behaviour: it sticks ' +
          'to the bottom while the answer grows, lets go when you scroll up, prepends older pages without moving what you ' +
          'read, and scrolls to a message by id through `handleRef`. Find-in-page sees only mounted rows.',
      },
    },
  },
} satisfies Meta<ComponentPropsWithoutRef<'div'>>;
export default meta;
type Story = StoryObj<typeof meta>;

const viewportOf = (canvasElement: HTMLElement) => within(canvasElement).getByRole('region', { name: 'Conversation' });
const gapBelow = (viewport: HTMLElement) => viewport.scrollHeight - viewport.clientHeight - viewport.scrollTop;
const mountedRows = (canvasElement: HTMLElement) => canvasElement.querySelectorAll('[data-rows] > [data-index]');
/** Waits until the list has switched to its virtualized rows (virtua loads on first use). */
const whenVirtualized = (canvasElement: HTMLElement) =>
  waitFor(() => expect(canvasElement.querySelector('[data-virtualized]')).not.toBeNull());
const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

function StreamingChat({ count }: { count: number }) {
  const initialMessages = useMemo(() => createLongThread(count, { varied: true }), [count]);
  const chat = useMockChat({ scenario: longAnswer, initialMessages, autoSend: 'Explain streaming, with code.' });
  return <ChatLayout store={chat.store} height={420} messages={{ virtualize: true }} />;
}

/** A long thread with an answer streaming in: the view stays on the growing answer. */
export const StickWhileStreaming: Story = {
  render: () => <StreamingChat count={400} />,
  play: async ({ canvasElement }) => {
    const viewport = viewportOf(canvasElement);
    await whenVirtualized(canvasElement);
    await waitForAssistant(canvasElement, 'streaming');
    for (let check = 0; check < 8; check++) {
      await frames(6);
      await expect(gapBelow(viewport)).toBeLessThanOrEqual(8);
    }
    await waitForAssistant(canvasElement, 'complete', 20_000);
    await frames(3);
    await expect(gapBelow(viewport)).toBeLessThanOrEqual(8);
    await expect(mountedRows(canvasElement).length).toBeLessThan(60);
    // Rows mounting on scroll are not read out: the log is not live; the settled answer is said once, beside it.
    await expect(within(canvasElement).getByRole('log')).toHaveAttribute('aria-live', 'off');
    const said = Array.from(canvasElement.querySelectorAll('[data-announcer] p'), (node) => node.textContent);
    await expect(said).toHaveLength(1);
    await expect(said[0]).toContain('Streaming lets a reader start');
  },
};

/** Scroll up while the answer streams: the view stays where you read; Jump to latest brings it back. */
export const ReleaseAndJumpBack: Story = {
  render: () => <StreamingChat count={200} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const viewport = viewportOf(canvasElement);
    await whenVirtualized(canvasElement);
    await waitForAssistant(canvasElement, 'streaming');
    await frames(4);
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -600, bubbles: true }));
    viewport.scrollTop -= 600;
    await frames(2);
    const reading = viewport.scrollTop;
    const heightThen = viewport.scrollHeight;
    // Tokens keep arriving (the content grows) and the view does not move.
    await waitFor(() => expect(viewport.scrollHeight).toBeGreaterThan(heightThen + 40), { timeout: 8000 });
    await expect(Math.abs(viewport.scrollTop - reading)).toBeLessThanOrEqual(2);
    const jump = await canvas.findByRole('button', { name: 'Jump to latest message' });
    jump.click();
    await waitFor(() => expect(gapBelow(viewport)).toBeLessThanOrEqual(8));
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Jump to latest message' })).toBeNull());
    // Stuck again: later tokens keep the newest text in view.
    const heightNow = viewport.scrollHeight;
    await waitFor(() => expect(viewport.scrollHeight).toBeGreaterThan(heightNow + 40), { timeout: 8000 });
    await frames(2);
    await expect(gapBelow(viewport)).toBeLessThanOrEqual(8);
  },
};

const PAGE = 40;

function PagedHistoryChat() {
  // The newest 60 messages first; older pages of 40 (varied heights) arrive on demand, down to long-0.
  const initialMessages = useMemo(() => createLongThread(60, { from: 2 * PAGE, varied: true }), []);
  const chat = useMockChat({ scenario: longAnswer, initialMessages });
  const [oldest, setOldest] = useState(2 * PAGE);
  const [loads, setLoads] = useState(0);
  const onLoadOlder = useCallback(async () => {
    setLoads((count) => count + 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const from = oldest - PAGE;
    chat.store.setMessages((current) => [...(createLongThread(PAGE, { from, varied: true }) as ChatMessage[]), ...current]);
    setOldest(from);
  }, [chat.store, oldest]);
  return (
    <>
      <output data-testid="loads">{loads}</output>
      <ChatLayout store={chat.store} height={420} messages={{ virtualize: true, hasOlder: oldest > 0, onLoadOlder }} />
    </>
  );
}

/** The first row whose box reaches into the viewport, with its offset from the viewport's top. */
function firstVisible(viewport: HTMLElement): { row: HTMLElement; offset: number } {
  const top = viewport.getBoundingClientRect().top;
  const rows = Array.from(viewport.querySelectorAll<HTMLElement>('[data-rows] > [data-index]'));
  const row = rows.find((candidate) => candidate.getBoundingClientRect().bottom > top + 1 && candidate.style.visibility !== 'hidden');
  if (!row) throw new Error('No row in view.');
  return { row: row.firstElementChild as HTMLElement, offset: row.getBoundingClientRect().top - top };
}

/**
 * Older history loads as you near the top (`onLoadOlder` while `hasOlder`) and is prepended above
 * what you read, which stays exactly where it was.
 */
export const PrependHistory: Story = {
  render: () => <PagedHistoryChat />,
  play: async ({ canvasElement }) => {
    const viewport = viewportOf(canvasElement);
    const loads = within(canvasElement).getByTestId('loads');
    await whenVirtualized(canvasElement);
    await frames(4);
    await expect(loads).toHaveTextContent('0');
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, bubbles: true }));
    viewport.scrollTop = 120;
    await waitFor(() => expect(loads).toHaveTextContent('1'));
    const before = firstVisible(viewport);
    const text = before.row.textContent;
    const index = Number(before.row.parentElement?.dataset.index);
    // The same row, now 40 places further down the thread, once the older page is in.
    await waitFor(() => expect(Number(before.row.parentElement?.dataset.index)).toBe(index + PAGE), { timeout: 4000 });
    await frames(6);
    const after = firstVisible(viewport);
    await expect(after.row.textContent).toBe(text);
    await expect(Math.abs(after.offset - before.offset)).toBeLessThanOrEqual(2);
  },
};

function ScrollToIdChat() {
  const initialMessages = useMemo(() => createLongThread(400, { varied: true }), []);
  const chat = useMockChat({ scenario: longAnswer, initialMessages });
  const handle = useRef<ChatMessagesHandle>(null);
  return (
    <>
      <button type="button" onClick={() => handle.current?.scrollToMessage('long-20')}>
        Show question 11
      </button>
      <ChatLayout store={chat.store} height={420} messages={{ virtualize: true, handleRef: handle }} />
    </>
  );
}

/** `handleRef` gives `scrollToMessage(id)`: it mounts the row, far up a long thread, and brings it to the top. */
export const ScrollToMessage: Story = {
  render: () => <ScrollToIdChat />,
  play: async ({ canvasElement }) => {
    const viewport = viewportOf(canvasElement);
    await whenVirtualized(canvasElement);
    await frames(4);
    await expect(viewport.textContent).not.toContain('Question 11:');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show question 11' }));
    await waitFor(() => {
      const row = Array.from(viewport.querySelectorAll<HTMLElement>('[data-rows] > [data-index="20"]'))[0];
      expect(row?.textContent).toContain('Question 11:');
      expect(Math.abs(row!.getBoundingClientRect().top - viewport.getBoundingClientRect().top)).toBeLessThanOrEqual(2);
    });
    await expect(viewport.hasAttribute('data-at-bottom')).toBe(false);
  },
};

/** 10,000 messages: only a window of rows is mounted, so the thread opens as fast as a short one. */
export const TenThousandMessages: Story = {
  render: () => <StreamingThread count={10_000} />,
  play: async ({ canvasElement }) => {
    const viewport = viewportOf(canvasElement);
    await whenVirtualized(canvasElement);
    await frames(4);
    const mounted = mountedRows(canvasElement).length;
    await expect(mounted).toBeGreaterThan(2);
    await expect(mounted).toBeLessThanOrEqual(40);
    await expect(gapBelow(viewport)).toBeLessThanOrEqual(8);
    await expect(viewport.textContent).toContain('Answer 5000:');
  },
};

function StreamingThread({ count }: { count: number }) {
  const initialMessages = useMemo(() => createLongThread(count), [count]);
  const chat = useMockChat({ scenario: longAnswer, initialMessages });
  return <ChatLayout store={chat.store} height={420} messages={{ virtualize: true }} />;
}

/**
 * Keyboard: Shift+Tab walks back through the rows' buttons past the mounted window, because the
 * focused row's neighbours stay mounted and focusing a row scrolls it into view.
 */
export const KeyboardReachesEveryRow: Story = {
  render: () => <StreamingThread count={60} />,
  play: async ({ canvasElement }) => {
    await whenVirtualized(canvasElement);
    await frames(4);
    const lowest = () => Math.min(...Array.from(mountedRows(canvasElement), (row) => Number((row as HTMLElement).dataset.index)));
    const startedAt = lowest();
    await expect(startedAt).toBeGreaterThan(20);
    const buttons = canvasElement.querySelectorAll<HTMLButtonElement>('[data-rows] button');
    buttons[buttons.length - 1]!.focus();
    let reached = Number.POSITIVE_INFINITY;
    for (let step = 0; step < 120 && reached > 0; step++) {
      await userEvent.tab({ shift: true });
      const row = document.activeElement?.closest<HTMLElement>('[data-rows] > [data-index]');
      await expect(row).toBeTruthy();
      reached = Math.min(reached, Number(row!.dataset.index));
    }
    await expect(reached).toBe(0);
  },
};

const recentPage = createLongThread(30, { from: 120, varied: true }) as ChatMessage[];

/** The README's history pages: 40 older messages per call, down to the first. */
async function fetchOlder(beforeId: string): Promise<HistoryPage> {
  const before = Number(beforeId.slice('long-'.length));
  const from = Math.max(0, before - PAGE);
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { messages: createLongThread(before - from, { from, varied: true }) as ChatMessage[], hasMore: from > 0 };
}

/** The README's "Long threads" example (`ChatWindow` with `onLoadOlder`, `hasOlder` and `handleRef`) in a real browser. */
export const ReadmeHistoryChat: Story = {
  render: () => (
    <div style={{ height: 520, maxWidth: 760 }}>
      <HistoryChat recent={recentPage} fetchOlder={fetchOlder} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const viewport = within(canvasElement).getByRole('region', { name: 'Messages' });
    await whenVirtualized(canvasElement);
    await frames(4);
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -400, bubbles: true }));
    viewport.scrollTop = 200;
    await frames(2);
    const before = firstVisible(viewport);
    const index = Number(before.row.parentElement?.dataset.index);
    await waitFor(() => expect(Number(before.row.parentElement?.dataset.index)).toBeGreaterThan(index), { timeout: 4000 });
    await frames(6);
    const after = firstVisible(viewport);
    await expect(after.row).toBe(before.row);
    await expect(Math.abs(after.offset - before.offset)).toBeLessThanOrEqual(2);

    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Where we left off' }));
    await waitFor(() => {
      const row = Array.from(viewport.querySelectorAll<HTMLElement>('[data-rows] > [data-index]')).find((item) =>
        item.textContent?.includes('Question 61:'),
      );
      const box = row?.getBoundingClientRect();
      const view = viewport.getBoundingClientRect();
      expect(box && box.top >= view.top - 1 && box.top < view.bottom).toBe(true);
    });
  },
};

function VariedThread() {
  const initialMessages = useMemo(() => createLongThread(200, { varied: true }), []);
  const chat = useMockChat({ scenario: longAnswer, initialMessages });
  return <ChatLayout store={chat.store} height={420} messages={{ virtualize: true }} />;
}

/**
 * Rows from one word to ~50 KB of code: scrolling up through them, each row is measured as it
 * mounts (hidden until then), and what is on screen does not move once the scroll has stopped.
 */
export const VariedHeightsWithoutJumps: Story = {
  render: () => <VariedThread />,
  play: async ({ canvasElement }) => {
    const viewport = viewportOf(canvasElement);
    await whenVirtualized(canvasElement);
    await frames(4);
    const seen = new Set<string>();
    for (let step = 0; step < 24; step++) {
      viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -2000, bubbles: true }));
      viewport.scrollTop -= 2000;
      await frames(2);
      const before = firstVisible(viewport);
      await frames(8);
      const after = firstVisible(viewport);
      await expect(after.row).toBe(before.row);
      await expect(Math.abs(after.offset - before.offset)).toBeLessThanOrEqual(2);
      seen.add(after.row.textContent?.slice(0, 40) ?? '');
    }
    // The walk went through rows on both sides of the ~50 KB answer (turn 92), not within one row.
    await expect([...seen].some((text) => text.includes('Answer 92:'))).toBe(true);
    await expect(seen.size).toBeGreaterThanOrEqual(4);
  },
};

/** Each way of scrolling up lets go at once, as in the plain list: a key, a finger, the scrollbar. */
export const ReleaseByKeyTouchAndScrollbar: Story = {
  render: () => <StreamingChat count={200} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const viewport = viewportOf(canvasElement);
    await whenVirtualized(canvasElement);
    await waitForAssistant(canvasElement, 'streaming');
    const scrollUp: Record<string, () => Promise<void>> = {
      key: async () => {
        viewport.focus();
        await userEvent.keyboard('{PageUp}');
      },
      touch: async () => {
        const touch = (clientY: number) => [new Touch({ identifier: 1, target: viewport, clientY })];
        viewport.dispatchEvent(new TouchEvent('touchstart', { touches: touch(100), bubbles: true }));
        // The finger's intent alone: no scroll has happened yet, and the view must already stay put.
        viewport.dispatchEvent(new TouchEvent('touchmove', { touches: touch(400), bubbles: true }));
      },
      scrollbar: async () => {
        viewport.scrollTop -= 300;
      },
    };
    for (const [way, scroll] of Object.entries(scrollUp)) {
      await frames(2);
      await expect(gapBelow(viewport), way).toBeLessThanOrEqual(8);
      await scroll();
      await frames(2);
      const reading = viewport.scrollTop;
      const heightThen = viewport.scrollHeight;
      await waitFor(() => expect(viewport.scrollHeight).toBeGreaterThan(heightThen + 20), { timeout: 8000 });
      await expect(Math.abs(viewport.scrollTop - reading), way).toBeLessThanOrEqual(2);
      await userEvent.click(await canvas.findByRole('button', { name: 'Jump to latest message' }));
      await waitFor(() => expect(gapBelow(viewport)).toBeLessThanOrEqual(8));
    }
  },
};

function CountedStream({ counter }: { counter: { commits: number } }) {
  const initialMessages = useMemo(() => createLongThread(400, { varied: true }), []);
  const chat = useMockChat({ scenario: longAnswer, initialMessages, autoSend: 'Explain streaming, with code.' });
  return (
    <Profiler id="list" onRender={() => void counter.commits++}>
      <ChatLayout store={chat.store} height={420} messages={{ virtualize: true }} />
    </Profiler>
  );
}

const streamCommits = { commits: 0 };

/**
 * React commits once per animation frame while the answer streams: the growing newest row sits
 * outside the virtualizer, whose row resizes re-render synchronously (a second commit in the frame).
 */
export const OneCommitPerFrame: Story = {
  render: () => <CountedStream counter={streamCommits} />,
  play: async ({ canvasElement }) => {
    const viewport = viewportOf(canvasElement);
    await whenVirtualized(canvasElement);
    await waitForAssistant(canvasElement, 'streaming');
    await frames(6);
    let frameCount = 0;
    let crowded = 0;
    let last = streamCommits.commits;
    const startedAt = last;
    const heightThen = viewport.scrollHeight;
    await new Promise<void>((resolve) => {
      const tick = () => {
        frameCount++;
        if (streamCommits.commits - last > 1) crowded++;
        last = streamCommits.commits;
        if (frameCount < 90) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const committed = streamCommits.commits - startedAt;
    // The answer grew throughout (it was streaming, so there was something to commit)…
    await expect(viewport.scrollHeight).toBeGreaterThan(heightThen + 100);
    await expect(committed).toBeGreaterThan(20);
    // …without a second commit in the frames where it grew a line (15-16 in 90 frames here while the
    // newest row was inside the virtualizer). What remains is virtua re-rendering on the scroll that pins
    // the bottom, in React's continuous-event lane, so apart from the token's commit: 5-6 in 90 frames.
    await expect(crowded).toBeLessThanOrEqual(frameCount / 10);
    await expect(committed).toBeLessThanOrEqual(frameCount * 1.1);
  },
};

function AppendingThread() {
  const initialMessages = useMemo(() => createLongThread(60), []);
  const chat = useMockChat({ scenario: longAnswer, initialMessages });
  const append = () => chat.store.setMessages((current) => [...current, ...(createLongThread(1, { from: 60 }) as ChatMessage[])]);
  return (
    <>
      <button type="button" onClick={append}>
        Append a message
      </button>
      <ChatLayout store={chat.store} height={420} messages={{ virtualize: true }} />
    </>
  );
}

/** Focus inside the newest row stays on the same control when a message is appended after it. */
export const FocusStaysWhenAppended: Story = {
  render: () => <AppendingThread />,
  play: async ({ canvasElement }) => {
    await whenVirtualized(canvasElement);
    await frames(4);
    const newest = canvasElement.querySelector<HTMLElement>('[data-tail]')!;
    const buttons = newest.querySelectorAll<HTMLButtonElement>('button');
    await expect(buttons.length).toBeGreaterThan(0);
    const target = buttons[buttons.length - 1]!;
    const label = target.getAttribute('aria-label') ?? target.textContent;
    target.focus();
    // A click() that does not move focus, as a message arriving from the network would not.
    within(canvasElement).getByRole('button', { name: 'Append a message' }).click();
    await waitFor(() => expect(canvasElement.querySelector('[data-tail]')?.getAttribute('data-index')).toBe('60'));
    await waitFor(() => {
      const active = document.activeElement as HTMLElement | null;
      expect(active?.closest('[data-rows] > [data-index]')?.getAttribute('data-index')).toBe('59');
      expect(active?.getAttribute('aria-label') ?? active?.textContent).toBe(label);
    });
  },
};
