'use client';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactElement, type Ref, type RefObject } from 'react';
import { Virtualizer, type CustomContainerComponentProps, type CustomItemComponentProps, type VirtualizerHandle } from 'virtua';
import { useViewportScroller } from '../scroll/viewportScroller';
import type { ChatMessagesHandle, ResolvedVirtualize } from './ChatVirtualizeOptions';
import { useFocusedRow } from './useFocusedRow';
import { useLoadOlder } from './useLoadOlder';
import { useTailRow } from './useTailRow';

/** Props of {@link VirtualMessageList}. */
export interface VirtualMessageListProps {
  ids: readonly string[];
  options: ResolvedVirtualize;
  /** The list element (`Chat.Messages`' own), which holds the rows. */
  list: RefObject<HTMLElement | null>;
  renderRow(id: string, index: number): ReactElement;
  hasOlder: boolean | undefined;
  onLoadOlder: (() => unknown) | undefined;
  handleRef: Ref<ChatMessagesHandle> | undefined;
}

// Marked so the list can find its rows' container (to measure where it starts in the scroller).
const Rows = forwardRef<HTMLDivElement, CustomContainerComponentProps>(function Rows(props, ref) {
  return <div {...props} ref={ref} data-rows="" />;
});

// `data-index` lets focus tracking map a focused element back to its row.
const Row = forwardRef<HTMLDivElement, CustomItemComponentProps>(function Row({ index, ...props }, ref) {
  return <div {...props} ref={ref} data-index={index} />;
});

/**
 * The rows of a virtualized `Chat.Messages`, on virtua's `Virtualizer` scrolling the enclosing
 * `Chat.Viewport`: only rows within `overscan` px of the view are mounted, each measured as it
 * renders (hidden until measured, so a row's first size never shows as a jump). The viewport's
 * auto-scroll still pins the bottom as rows resize: virtua reports each resize, and the list passes
 * it on at once (`contentChanged`). Older rows prepended (`onLoadOlder`) shift the offsets so what
 * the user reads stays put. The newest row is always mounted, after the virtualized ones in normal
 * flow (`useTailRow`): it is the one that streams. So is the focused row with its neighbours, so
 * Tab moves on into the next row even if it is off screen.
 */
export function VirtualMessageList({ ids, options, list, renderRow, hasOlder, onLoadOlder, handleRef }: VirtualMessageListProps) {
  const virtualizer = useRef<VirtualizerHandle>(null);
  const scroller = useViewportScroller();
  // The newest row stays out of the virtualizer (see useTailRow), so its growth as it streams never
  // reaches virtua's resize handling, which re-renders with flushSync: a second commit per frame.
  const last = ids.length - 1;
  const head = useMemo(() => ids.slice(0, Math.max(0, last)), [ids, last]);
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const tail = useTailRow(scroller, list, idsRef);
  const scrollRef = useMemo(() => ({ get current() { return scroller?.element() ?? null; } }), [scroller]);

  // Prepending is the one change where offsets must be kept from the end; virtua needs to be told.
  const previousFirst = useRef<string | undefined>(undefined);
  const shift = previousFirst.current !== undefined && ids[0] !== previousFirst.current && ids.indexOf(previousFirst.current) > 0;
  useEffect(() => {
    previousFirst.current = ids[0];
  });

  // Until the first measurement, virtua knows no viewport size and would mount nothing: the newest
  // rows are mounted from the first render (hidden until measured), so the list never shows empty.
  const [measured, setMeasured] = useState(false);
  // Where the rows start in the scroller (below a header, an empty state, the list's padding).
  const [startMargin, setStartMargin] = useState(0);
  const measureStart = () => {
    const rows = list.current?.querySelector<HTMLElement>('[data-rows]');
    const element = scroller?.element() ?? rows?.parentElement?.parentElement;
    if (!rows || !element) return;
    const top = rows.getBoundingClientRect().top - element.getBoundingClientRect().top - element.clientTop + element.scrollTop;
    // Sub-pixel noise from fractional layout would re-render for nothing.
    setStartMargin((current) => (Math.abs(current - top) < 0.5 ? current : top));
  };
  useLayoutEffect(measureStart);
  const onResize = () => {
    setMeasured(true);
    measureStart();
    scroller?.contentChanged();
    tail.restoreFocus();
  };

  const focusedId = useFocusedRow(list, idsRef);
  const keepMounted = useMemo(() => {
    const keep: number[] = [];
    if (!measured) for (let index = Math.max(0, last - options.initialRows); index < last; index++) keep.push(index);
    const focused = focusedId === undefined ? -1 : ids.indexOf(focusedId);
    if (focused >= 0) for (const index of [focused - 1, focused, focused + 1]) if (index >= 0 && index < ids.length) keep.push(index);
    return keep;
  }, [ids, last, focusedId, measured, options.initialRows]);

  const checkOlder = useLoadOlder({ scrollRef, startMargin, firstId: ids[0], hasOlder, onLoadOlder });

  useImperativeHandle(handleRef, () => ({
    scrollToMessage(id, { align = 'start', smooth = false } = {}) {
      const index = idsRef.current.indexOf(id);
      const tailElement = index === idsRef.current.length - 1 ? tail.element() : null;
      if (index < 0 || !(tailElement ?? virtualizer.current)) return false;
      scroller?.release();
      if (tailElement) tailElement.scrollIntoView({ block: align, behavior: smooth ? 'smooth' : 'auto' });
      else virtualizer.current?.scrollToIndex(index, { align, smooth });
      return true;
    },
  }), [scroller, tail]);

  return (
    <>
      <Virtualizer
        ref={virtualizer}
        data={head}
        scrollRef={scroller ? scrollRef : undefined}
        startMargin={startMargin}
        shift={shift}
        keepMounted={keepMounted}
        bufferSize={options.overscan}
        itemSize={options.estimatedRowHeight}
        as={Rows}
        item={Row}
        onScroll={checkOlder}
        onResize={onResize}
      >
        {renderRow}
      </Virtualizer>
      {last >= 0 && (
        <div ref={tail.ref} data-index={last} data-tail="">
          {renderRow(ids[last]!, last)}
        </div>
      )}
    </>
  );
}
