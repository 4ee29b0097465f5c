'use client';
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ChatTurnEnd } from '../../message';
import { useMessage } from './messageContext';
import { Primitive, withContent } from '../internal/Primitive';
import { useLabels } from '../labels/useLabels';

/** Props of {@link MessageTurnEnd}. */
export interface MessageTurnEndProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What to say for a reason; returning `null` hides the part. Default `labels.turnEnd(reason)`. */
  render?: (reason: ChatTurnEnd) => ReactNode;
  /** With `asChild`, the element to render as (the text is appended to it); otherwise unused. */
  children?: ReactNode;
  /** Renders the single child element instead of a `div`. */
  asChild?: boolean;
}

/**
 * Why the client ended this message's agent turn (`metadata.turnEnd`: a budget, the loop guard or a
 * terminal tool), as a `role="note"` `div` with `data-turn-end`. Such a turn is complete, not failed,
 * so this is a note beside the answer rather than an error; it renders nothing for a turn the model
 * ended itself. Not a live region: the log announces the message.
 */
export const MessageTurnEnd = forwardRef<HTMLDivElement, MessageTurnEndProps>(function MessageTurnEnd(
  { render, children, asChild, ...props },
  ref,
) {
  const reason = useMessage('Message.TurnEnd').metadata?.turnEnd;
  const labels = useLabels();
  if (reason === undefined) return null;
  const content = render ? render(reason) : labels.turnEnd(reason);
  if (content === null || content === undefined) return null;
  return (
    <Primitive.div asChild={asChild} role="note" data-turn-end={reason} {...props} ref={ref}>
      {withContent(asChild, children, content)}
    </Primitive.div>
  );
});
