import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachAutoScroll } from '../../src/headless/scroll/attachAutoScroll';

/** Records what is observed; jsdom has none. Nothing is delivered: the list reports resizes itself. */
class RecordingResizeObserver {
  static observed = new Set<Element>();
  observe(target: Element) {
    RecordingResizeObserver.observed.add(target);
  }
  unobserve(target: Element) {
    RecordingResizeObserver.observed.delete(target);
  }
  disconnect() {}
}

/** A scroll container whose scroll height is set by the test (jsdom has no layout). */
function scroller() {
  const element = document.createElement('div');
  let top = 0;
  let content = 1000;
  const max = () => content - 100;
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => 100 });
  Object.defineProperty(element, 'scrollHeight', { configurable: true, get: () => content });
  Object.defineProperty(element, 'scrollTop', {
    configurable: true,
    get: () => Math.min(top, max()),
    set: (value: number) => void (top = Math.min(Math.max(0, value), max())),
  });
  document.body.appendChild(element);
  return { element, max, grow: (by: number) => void (content += by) };
}

beforeEach(() => {
  RecordingResizeObserver.observed.clear();
  vi.stubGlobal('ResizeObserver', RecordingResizeObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('attachAutoScroll with a virtualized list', () => {
  it('leaves the virtualized list to report its own resizes, and still watches other children', () => {
    const { element } = scroller();
    const list = element.appendChild(document.createElement('div'));
    list.setAttribute('data-virtualized', '');
    const other = element.appendChild(document.createElement('div'));
    const controller = attachAutoScroll(element, { threshold: () => 8, onAtBottomChange: () => undefined });
    expect(RecordingResizeObserver.observed.has(element)).toBe(true);
    expect(RecordingResizeObserver.observed.has(other)).toBe(true);
    expect(RecordingResizeObserver.observed.has(list)).toBe(false);
    controller.detach();
  });

  it('pins at once on contentChanged while stuck, and not after release', () => {
    const { element, max, grow } = scroller();
    const atBottom: boolean[] = [];
    const controller = attachAutoScroll(element, { threshold: () => 8, onAtBottomChange: (value) => atBottom.push(value) });
    expect(element.scrollTop).toBe(max());
    grow(300);
    controller.contentChanged();
    expect(element.scrollTop).toBe(max());

    controller.release();
    const reading = element.scrollTop;
    grow(300);
    controller.contentChanged();
    expect(element.scrollTop).toBe(reading);
    expect(atBottom.at(-1)).toBe(false);

    controller.scrollToBottom();
    grow(50);
    controller.contentChanged();
    expect(element.scrollTop).toBe(max());
    expect(atBottom.at(-1)).toBe(true);
    controller.detach();
  });
});
