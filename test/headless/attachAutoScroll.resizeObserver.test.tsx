import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachAutoScroll } from '../../src/headless/scroll/attachAutoScroll';

/**
 * jsdom has no ResizeObserver; this one records what is observed and lets a test deliver a resize
 * notification, as a browser would after layout.
 */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly observed = new Set<Element>();
  observeCalls = 0;
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.observeCalls++;
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.disconnected = true;
    this.observed.clear();
  }
  /** Delivers one notification for `target`, if it is observed. */
  resize(target: Element) {
    if (this.observed.has(target)) this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
}

/** A scroll container whose scroll height grows with its text (jsdom has no layout). */
function scroller() {
  const element = document.createElement('div');
  let top = 0;
  const max = () => (element.textContent?.length ?? 0) * 10;
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => 100 });
  Object.defineProperty(element, 'scrollHeight', { configurable: true, get: () => 100 + max() });
  Object.defineProperty(element, 'scrollTop', {
    configurable: true,
    get: () => Math.min(top, max()),
    set: (value: number) => void (top = Math.min(Math.max(0, value), max())),
  });
  document.body.appendChild(element);
  return { element, max };
}

/** Lets pending MutationObserver callbacks run. */
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const observer = () => {
  const instance = FakeResizeObserver.instances.at(-1);
  if (!instance) throw new Error('no ResizeObserver was created');
  return instance;
};

beforeEach(() => {
  FakeResizeObserver.instances = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('attachAutoScroll with a ResizeObserver', () => {
  function setup() {
    const { element, max } = scroller();
    const list = document.createElement('div');
    const row = document.createElement('p');
    row.textContent = 'Earlier answer';
    list.appendChild(row);
    element.appendChild(list);
    const atBottom: boolean[] = [];
    const controller = attachAutoScroll(element, { threshold: () => 8, onAtBottomChange: (value) => atBottom.push(value) });
    return { element, list, row, max, atBottom, controller };
  }

  it('watches the container and its direct children only, not their descendants', () => {
    const { element, list, row } = setup();
    expect([...observer().observed]).toEqual([element, list]);
    expect(observer().observed.has(row)).toBe(false);
  });

  it('pins from the resize notification, not from a text mutation deep inside', async () => {
    const { element, list, row, max } = setup();
    expect(element.scrollTop).toBe(max());
    row.textContent += ' and a long streamed tail';
    await flush();
    // No subtree observer: the text alone moves nothing until layout reports the list's new size.
    expect(element.scrollTop).toBeLessThan(max());
    observer().resize(list);
    expect(element.scrollTop).toBe(max());
  });

  it('starts watching each added child once, without re-observing the others', async () => {
    const { element, max } = setup();
    const callsBefore = observer().observeCalls;
    const added: HTMLElement[] = [];
    for (let i = 0; i < 5; i++) {
      const child = document.createElement('div');
      child.textContent = `row ${i}`;
      element.appendChild(child);
      added.push(child);
      await flush();
    }
    expect(observer().observeCalls - callsBefore).toBe(5);
    for (const child of added) expect(observer().observed.has(child)).toBe(true);
    observer().resize(added.at(-1)!);
    expect(element.scrollTop).toBe(max());
  });

  it('stops watching a removed child and reports the shorter content', async () => {
    const { element, list, atBottom } = setup();
    const extra = document.createElement('div');
    extra.textContent = 'x'.repeat(50);
    element.appendChild(extra);
    await flush();
    expect(observer().observed.has(extra)).toBe(true);
    const reports = atBottom.length;
    element.removeChild(extra);
    await flush();
    expect(observer().observed.has(extra)).toBe(false);
    expect(observer().observed.has(list)).toBe(true);
    expect(atBottom.length).toBeGreaterThan(reports);
    expect(atBottom.at(-1)).toBe(true);
  });

  it('leaves a released view where the user put it when content resizes', () => {
    const { element, list, controller } = setup();
    element.dispatchEvent(new WheelEvent('wheel', { deltaY: -40 }));
    element.scrollTop = 20;
    element.dispatchEvent(new Event('scroll'));
    list.textContent += ' more text';
    observer().resize(list);
    expect(element.scrollTop).toBe(20);
    controller.scrollToBottom();
    expect(element.scrollTop).toBe(element.scrollHeight - element.clientHeight);
  });

  it('disconnects on detach', () => {
    const { controller } = setup();
    controller.detach();
    expect(observer().disconnected).toBe(true);
  });
});
