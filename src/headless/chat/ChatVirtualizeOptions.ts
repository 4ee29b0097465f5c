/** How `Chat.Messages` virtualizes, for `virtualize={{ … }}`; `virtualize` alone takes the defaults. */
export interface ChatVirtualizeOptions {
  /**
   * Extra height (px) of rows kept mounted above and below what is visible, so a fast scroll shows
   * no blank rows. Default 400.
   */
  overscan?: number;
  /**
   * The height (px) assumed for a row not measured yet. Default: estimated from the rows measured so
   * far, which suits a chat whose rows vary from one word to pages of code.
   */
  estimatedRowHeight?: number;
  /**
   * How many of the newest rows are rendered before the virtualizer has loaded (it is fetched on
   * demand) and where there is no layout to measure (no `ResizeObserver`: jsdom, server). Default 30.
   */
  initialRows?: number;
}

/** Options of {@link ChatMessagesHandle.scrollToMessage}. */
export interface ScrollToMessageOptions {
  /** Where the row lands in the viewport. Default `'start'`. */
  align?: 'start' | 'center' | 'end' | 'nearest';
  /** Animates the scroll. Default false. */
  smooth?: boolean;
}

/** What `Chat.Messages` exposes through its `handleRef`. */
export interface ChatMessagesHandle {
  /**
   * Scrolls the row of message `id` into view, mounting it first in a virtualized list, and lets go
   * of the bottom so a streaming answer does not pull the view back. Returns false when no row has
   * that id.
   */
  scrollToMessage(id: string, options?: ScrollToMessageOptions): boolean;
}

/** The options in force: `false` when off. */
export type ResolvedVirtualize = Required<Omit<ChatVirtualizeOptions, 'estimatedRowHeight'>> &
  Pick<ChatVirtualizeOptions, 'estimatedRowHeight'>;

/** `virtualize` as given (`true`, an object, or off) with the defaults filled in. */
export function resolveVirtualize(virtualize: boolean | ChatVirtualizeOptions | undefined): ResolvedVirtualize | false {
  if (!virtualize) return false;
  const given = virtualize === true ? {} : virtualize;
  return {
    overscan: given.overscan ?? 400,
    estimatedRowHeight: given.estimatedRowHeight,
    initialRows: Math.max(1, given.initialRows ?? 30),
  };
}
