'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { Message, useLabels, useMessage, type ChatLabels } from '../headless';
import type { ChatMessageStatus } from '../message';
import { cx } from './cx';
import { getMessageStats } from './messageStats';
import { StyledMessageActions } from './StyledMessageActions';
import { StyledMessageStats } from './StyledMessageStats';
import { useStyledChatOptions } from './StyledChatContext';

/** Props of {@link StyledMessageFooter}; other props land on the footer `div`. */
export interface StyledMessageFooterProps extends ComponentPropsWithoutRef<'div'> {
  /** Shows usage and timing (when known). Defaults to `ChatWindow`'s `showStats`, else true. */
  stats?: boolean;
  /** Shows the action buttons once the message settles. Default true. */
  actions?: boolean;
}

// Only a stopped answer needs a word: it would otherwise look finished. Failures have their banner,
// streaming its dots, and a complete answer is the normal case.
const stoppedOnly = (labels: ChatLabels) => (status: ChatMessageStatus) =>
  status === 'stopped' ? labels.statusStopped : null;

/**
 * The line under a message, `rcs-footer`: a "Stopped" marker on an answer the user stopped (so a
 * partial answer never passes for a finished one), a note saying why the client ended an agent turn
 * (`Message.TurnEnd`: a budget, the loop guard, a terminal tool), its actions and its usage and timing figures. Actions
 * appear only once the message has settled (mid-stream they could only be disabled), and the
 * footer renders nothing while there is nothing to show. Children are appended.
 */
export const StyledMessageFooter = forwardRef<HTMLDivElement, StyledMessageFooterProps>(function StyledMessageFooter(
  { stats, actions = true, className, children, ...props },
  ref,
) {
  const message = useMessage('StyledMessageFooter');
  const labels = useLabels();
  const options = useStyledChatOptions();
  const showStats = (stats ?? options.showStats ?? true) && getMessageStats(message).length > 0;
  const showActions = actions && message.status !== 'streaming';
  const stopped = message.status === 'stopped';
  const ended = message.metadata?.turnEnd !== undefined;
  if (!stopped && !ended && !showStats && !showActions && children === undefined) return null;
  return (
    <div
      className={cx('rcs-footer rcs-theme', className)}
      data-role={message.role}
      data-status={message.status}
      {...props}
      ref={ref}
    >
      {/* Added when the answer stops, so the log (polite, additions) announces it with no live region of its own. */}
      <Message.Status className="rcs-status" render={stoppedOnly(labels)} />
      <Message.TurnEnd className="rcs-turn-end" />
      {showActions ? <StyledMessageActions /> : null}
      {showStats ? <StyledMessageStats /> : null}
      {children}
    </div>
  );
});
