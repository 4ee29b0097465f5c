'use client';
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, type ComponentPropsWithoutRef, type ReactNode, type Ref } from 'react';
import { useChatMessageIds } from '../../react/useChatSelector';
import { MessageRow, type MessageComponents, type RenderMessage } from './MessageRow';
import type { RenderRowError } from './MessageRowBoundary';
import type { MessagePartComponents } from '../parts/MessagePartProps';
import { Primitive, withContent } from '../internal/Primitive';
import { composeRefs } from '../internal/composeRefs';
import { isBusy, useChatRootStore, useChatStatus } from './useChatRootStore';
import { resolveVirtualize, type ChatMessagesHandle, type ChatVirtualizeOptions } from './ChatVirtualizeOptions';
import { useVirtualListModule } from './useVirtualListModule';
import { SettledMessageAnnouncer } from './SettledMessageAnnouncer';
import { useViewportScroller } from '../scroll/viewportScroller';

/** Props of {@link ChatMessages}. */
export interface ChatMessagesProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Per-role components; each gets `{ message, index }` and may use the `Message.*` parts. */
  components?: MessageComponents;
  /**
   * Part components for the rows this list renders itself (roles without a component or `render`):
   * `parts={{ tools: { get_weather: WeatherCard } }}`; see `Message.Parts` `components`. Compared
   * entry by entry (`data` and `tools` one level down), so an inline object does not re-render rows.
   */
  parts?: MessagePartComponents;
  /**
   * Renders a row from its id, for roles without a component. Pass a stable function (module level or
   * `useCallback`): rows are memoized, and a new function re-renders all of them.
   */
  render?: RenderMessage;
  /**
   * What a row shows when its message throws while rendering (a bug in a custom component, output
   * no renderer expected). Default: a `role="note"` with `data-render-error` naming the message and
   * the error. Either way only that row is replaced; the rest of the conversation stays.
   */
  renderError?: RenderRowError;
  /**
   * Mounts only the rows in and near the view, so a long thread costs what a short one does. Needs an
   * enclosing `Chat.Viewport` (or a scrolling parent). The virtualizer loads on first use; meanwhile,
   * and where there is no layout (jsdom), the newest `initialRows` render as a plain log. Find-in-page
   * sees only mounted rows. See `ChatVirtualizeOptions`.
   */
  virtualize?: boolean | ChatVirtualizeOptions;
  /** Whether there are older messages to load; with `onLoadOlder`, on a virtualized list. */
  hasOlder?: boolean;
  /**
   * Called when the view nears the oldest row while `hasOlder`: prepend older messages to the store
   * (`setMessages`). The rows on screen stay where they are. Return a promise, or the next call waits
   * until the first message changes. Virtualized lists only.
   */
  onLoadOlder?: () => void | Promise<unknown>;
  /** Receives a {@link ChatMessagesHandle}: `scrollToMessage(id)`. */
  handleRef?: Ref<ChatMessagesHandle>;
  /** With `asChild`, the element to render as (the rows are appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element (e.g. an `ol`) as the list, appending the rows to it. */
  asChild?: boolean;
}

/**
 * The conversation as a `role="log"` live region. It subscribes to message ids only, so it renders
 * when messages are added or removed, never on a token; each row reads its own message.
 *
 * Screen readers are not flooded token by token: while a message streams, the parts whose text grows
 * (the live part of `Message.Parts`, `Message.Content`, reasoning, refusal, tool arguments) are
 * `aria-hidden` and the log is `aria-busy`; when a part stops growing (or the message settles) its
 * element is mounted afresh, which the log (`aria-relevant="additions"`) announces once, with the
 * final text. Virtualized, the log is not live (rows mount as the user scrolls, and each would be
 * read out); a hidden polite region beside it reads each streamed message once when it settles.
 */
export const ChatMessages = forwardRef<HTMLDivElement, ChatMessagesProps>(function ChatMessages(
  { components, parts, render, renderError, virtualize, hasOlder, onLoadOlder, handleRef, children, asChild, ...props },
  ref,
) {
  const store = useChatRootStore('Chat.Messages');
  const ids = useChatMessageIds({ store });
  const busy = isBusy(useChatStatus('Chat.Messages'));
  const options = resolveVirtualize(virtualize);
  const virtual = useVirtualListModule(options !== false);
  const list = useRef<HTMLDivElement | null>(null);
  const composedRef = useMemo(() => composeRefs<HTMLDivElement>(ref, list), [ref]);
  const renderRow = useCallback(
    (id: string, index: number) => (
      <MessageRow key={id} id={id} index={index} components={components} render={render} renderError={renderError} parts={parts} />
    ),
    [components, render, renderError, parts],
  );
  const scroller = useViewportScroller();
  // Off, or until the virtualizer has loaded: a plain log (of the newest rows only, when virtualizing).
  const first = options ? Math.max(0, ids.length - options.initialRows) : 0;
  // The plain list's rows are the last children of its element, in order, one element per row.
  useImperativeHandle(virtual ? null : handleRef, () => ({
    scrollToMessage(id, { align = 'start', smooth = false } = {}) {
      const index = ids.indexOf(id);
      const element = list.current;
      const row = element && index >= first ? element.children[element.children.length - (ids.length - index)] : undefined;
      if (!row) return false;
      scroller?.release();
      row.scrollIntoView({ block: align, behavior: smooth ? 'smooth' : 'auto' });
      return true;
    },
  }), [ids, first, scroller]);
  const state = { 'aria-busy': busy || undefined, 'data-busy': busy ? '' : undefined } as const;

  if (options && virtual) {
    const rows = (
      <virtual.VirtualMessageList
        ids={ids} options={options} list={list} renderRow={renderRow}
        hasOlder={hasOlder} onLoadOlder={onLoadOlder} handleRef={handleRef}
      />
    );
    return (
      <>
        <Primitive.div asChild={asChild} role="log" aria-live="off" data-virtualized="" {...state} {...props} ref={composedRef}>
          {withContent(asChild, children, rows)}
        </Primitive.div>
        <SettledMessageAnnouncer />
      </>
    );
  }
  const rows = ids.slice(first).map((id, offset) => renderRow(id, first + offset));
  return (
    <Primitive.div asChild={asChild} role="log" aria-live="polite" aria-relevant="additions" {...state} {...props} ref={composedRef}>
      {withContent(asChild, children, rows)}
    </Primitive.div>
  );
});
