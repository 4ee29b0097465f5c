import { watchContentSize } from './watchContentSize';

/** Options of {@link attachAutoScroll}. */
export interface AttachAutoScrollOptions {
  /** How close to the bottom (in px) still counts as "at the bottom"; read on every check. */
  threshold(): number;
  /** Called with whether the view is at the bottom after every check (repeats included). */
  onAtBottomChange(atBottom: boolean): void;
}

/** Controls an element attached with {@link attachAutoScroll}. */
export interface AutoScrollController {
  /** Scrolls to the bottom and sticks there again. */
  scrollToBottom(): void;
  /**
   * Lets go of the bottom without moving, as a scroll up by the user does: for a scroll the app makes
   * itself (to a message by id), so the next token does not pull the view back down.
   */
  release(): void;
  /**
   * Tells it the content has just changed size, for changes its own observers would see a frame
   * late: a virtualizer sets its rows' height from inside its ResizeObserver callback, and a resize
   * caused there on a shallower element is only delivered on the next frame, after a paint unpinned.
   */
  contentChanged(): void;
  /** Removes every listener and observer. */
  detach(): void;
}

const releaseKeys = new Set(['ArrowUp', 'PageUp', 'Home']);

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** True when an element between `target` and `root` can itself scroll up, so a wheel-up is its own. */
function nestedScrollerTakesWheel(target: EventTarget | null, root: HTMLElement): boolean {
  for (let node = target instanceof Element ? target : null; node && node !== root; node = node.parentElement) {
    if (node.scrollTop > 0 && node.scrollHeight > node.clientHeight) return true;
  }
  return false;
}

/**
 * Keeps a scroll container pinned to its bottom while its content grows, and lets go as soon as the
 * user shows intent to read back: wheel or touch scrolling up, ArrowUp/PageUp/Home/Shift+Space, or a
 * scrollbar drag (a scroll that moves up and leaves the bottom). Reaching the bottom again by
 * scrolling down sticks again.
 *
 * Growth is seen through {@link watchContentSize}. Our own scrolls never move up, so they are never
 * mistaken for the user's; a scroll up caused by content shrinking ends at the bottom, so it does not
 * let go either.
 */
export function attachAutoScroll(element: HTMLElement, options: AttachAutoScrollOptions): AutoScrollController {
  let stuck = true;
  let lastTop = element.scrollTop;
  let touchY: number | undefined;

  const atBottom = () => element.scrollHeight - element.clientHeight - element.scrollTop <= options.threshold();
  const report = () => options.onAtBottomChange(atBottom());
  const pin = () => {
    element.scrollTop = Math.max(0, element.scrollHeight - element.clientHeight);
    lastTop = element.scrollTop;
    report();
  };
  const release = () => {
    stuck = false;
  };

  const onScroll = () => {
    const top = element.scrollTop;
    const bottom = atBottom();
    if (top < lastTop && !bottom) stuck = false;
    else if (top > lastTop && bottom) stuck = true;
    lastTop = top;
    options.onAtBottomChange(bottom);
  };
  const onWheel = (event: WheelEvent) => {
    if (event.deltaY < 0 && element.scrollHeight > element.clientHeight && !nestedScrollerTakesWheel(event.target, element)) release();
    else if (event.deltaY > 0 && atBottom()) stuck = true;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (isEditable(event.target)) return;
    if (releaseKeys.has(event.key) || (event.key === ' ' && event.shiftKey)) release();
  };
  const onTouchStart = (event: TouchEvent) => {
    touchY = event.touches[0]?.clientY;
  };
  const onTouchMove = (event: TouchEvent) => {
    const y = event.touches[0]?.clientY;
    // A finger moving down drags the content down: the user is scrolling up.
    if (y !== undefined && touchY !== undefined && y > touchY) release();
    touchY = y;
  };

  const onContentChange = () => {
    if (stuck) pin();
    else report();
  };
  const stopWatching = watchContentSize(element, onContentChange);

  const passive = { passive: true } as const;
  element.addEventListener('scroll', onScroll, passive);
  element.addEventListener('wheel', onWheel, passive);
  element.addEventListener('keydown', onKeyDown);
  element.addEventListener('touchstart', onTouchStart, passive);
  element.addEventListener('touchmove', onTouchMove, passive);
  onContentChange();

  return {
    scrollToBottom() {
      stuck = true;
      pin();
    },
    release,
    contentChanged: onContentChange,
    detach() {
      stopWatching();
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('touchstart', onTouchStart);
      element.removeEventListener('touchmove', onTouchMove);
    },
  };
}
