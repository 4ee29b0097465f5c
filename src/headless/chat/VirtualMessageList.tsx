'use client';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactElement, type Ref, type RefObject } from 'react';
import { Virtualizer, type CustomContainerComponentProps, type CustomItemComponentProps, type VirtualizerHandle } from 'virtua';
import { useViewportScroller } from '../scroll/viewportScroller';
import type { ChatMessagesHandle, ResolvedVirtualize } from './ChatVirtualizeOptions';
import { useFocusedRow } from './useFocusedRow';
import { useLoadOlder } from './useLoadOlder';

/** Props of {@link VirtualMessageList}. */
export interface VirtualMessageListProps {
  ids: readonly string[];
  busy: boolean;
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
 * auto-scroll still pins the bottom while the newest row grows: virtua reports each resize, and the
 * list passes it on at once (`contentChanged`). Older rows prepended (`onLoadOlder`) shift the offsets so what the user reads stays put.
 * Always mounted besides the visible rows: the streaming row (its markdown keeps its cache), and the
 * focused row with its neighbours, so Tab moves on into the next row even if it is off screen.
 */
export function VirtualMessageList({ ids, busy, options, list, renderRow, hasOlder, onLoadOlder, handleRef }: VirtualMessageListProps) {
  const virtualizer = useRef<VirtualizerHandle>(null);
  const scroller = useViewportScroller();
  const scrollRef = useMemo(() => ({ get current() { return scroller?.element() ?? null; } }), [scroller]);
  const idsRef = useRef(ids);
  idsRef.current = ids;

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
  };

  const focusedId = useFocusedRow(list, idsRef);
  const keepMounted = useMemo(() => {
    const keep: number[] = [];
    if (!measured) for (let index = Math.max(0, ids.length - options.initialRows); index < ids.length; index++) keep.push(index);
    if (busy && ids.length > 0) keep.push(ids.length - 1);
    const focused = focusedId === undefined ? -1 : ids.indexOf(focusedId);
    if (focused >= 0) for (const index of [focused - 1, focused, focused + 1]) if (index >= 0 && index < ids.length) keep.push(index);
    return keep;
  }, [ids, busy, focusedId, measured, options.initialRows]);

  const checkOlder = useLoadOlder({ scrollRef, startMargin, firstId: ids[0], hasOlder, onLoadOlder });

  useImperativeHandle(handleRef, () => ({
    scrollToMessage(id, { align = 'start', smooth = false } = {}) {
      const index = idsRef.current.indexOf(id);
      if (index < 0 || !virtualizer.current) return false;
      scroller?.release();
      virtualizer.current.scrollToIndex(index, { align, smooth });
      return true;
    },
  }), [scroller]);

  return (
    <Virtualizer
      ref={virtualizer}
      data={ids}
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
  );
}
