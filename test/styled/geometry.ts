import { fireEvent } from '@testing-library/react';

/**
 * jsdom has no layout: gives `element` a fixed client height, a scroll height that grows with its
 * text, and a clamped `scrollTop`, so the auto-scroll logic has something to measure.
 */
export function stubScrollGeometry(element: HTMLElement, clientHeight = 200) {
  let top = 0;
  const scrollHeight = () => clientHeight + 1000 + (element.textContent?.length ?? 0) * 10;
  const max = () => scrollHeight() - clientHeight;
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => clientHeight });
  Object.defineProperty(element, 'scrollHeight', { configurable: true, get: scrollHeight });
  Object.defineProperty(element, 'scrollTop', {
    configurable: true,
    get: () => Math.min(top, max()),
    set: (value: number) => void (top = Math.min(Math.max(0, value), max())),
  });
  return {
    max,
    /** Scrolls as the user would: moves `scrollTop` and fires `scroll`. */
    userScrollTo(value: number) {
      element.scrollTop = value;
      fireEvent.scroll(element);
    },
  };
}
