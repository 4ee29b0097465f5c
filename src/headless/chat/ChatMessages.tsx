'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useChatMessageIds } from '../../react/useChatSelector';
import { MessageRow, type MessageComponents, type RenderMessage } from './MessageRow';
import type { RenderRowError } from './MessageRowBoundary';
import type { MessagePartComponents } from '../parts/MessagePartProps';
import { Primitive, withContent } from '../internal/Primitive';
import { isBusy, useChatRootStore, useChatStatus } from './useChatRootStore';

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
 * final text.
 */
export const ChatMessages = forwardRef<HTMLDivElement, ChatMessagesProps>(function ChatMessages(
  { components, parts, render, renderError, children, asChild, ...props },
  ref,
) {
  const store = useChatRootStore('Chat.Messages');
  const ids = useChatMessageIds({ store });
  const busy = isBusy(useChatStatus('Chat.Messages'));
  const rows = ids.map((id, index) => (
    <MessageRow key={id} id={id} index={index} components={components} render={render} renderError={renderError} parts={parts} />
  ));
  const liveRegion = {
    role: 'log',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
    'aria-busy': busy || undefined,
    'data-busy': busy ? '' : undefined,
  } as const;
  return (
    <Primitive.div asChild={asChild} {...liveRegion} {...props} ref={ref}>
      {withContent(asChild, children, rows)}
    </Primitive.div>
  );
});
