'use client';
import { forwardRef, type ReactNode } from 'react';
import { Action, Message, useLabels, type MessageActionsProps } from '../headless';
import { cx } from './cx';
import { CheckIcon, CopyIcon, EditIcon, RefreshIcon } from './icons';

/** Props of {@link StyledMessageActions}; other props land on the `Message.Actions` group. */
export interface StyledMessageActionsProps extends Omit<MessageActionsProps, 'asChild'> {
  /** Extra buttons after ours (an app's "thumbs up", say); style them with `rcs-action`. */
  children?: ReactNode;
}

/**
 * The icon buttons of a message, `rcs-actions`: Copy (any message with text), Edit (user messages)
 * and Regenerate (assistant messages). Each headless action decides whether it applies, so the
 * same group serves every role. Needs a `Message.Root` (any `StyledMessage` is one) because Edit
 * keeps its state there.
 */
export const StyledMessageActions = forwardRef<HTMLDivElement, StyledMessageActionsProps>(function StyledMessageActions(
  { className, children, ...props },
  ref,
) {
  const labels = useLabels();
  return (
    <Message.Actions className={cx('rcs-actions rcs-theme', className)} {...props} ref={ref}>
      <Action.Copy className="rcs-action" data-action="copy" title={labels.copy}>
        <CopyIcon className="rcs-icon rcs-action__idle" />
        <CheckIcon className="rcs-icon rcs-action__done" />
      </Action.Copy>
      <Action.Edit className="rcs-action" data-action="edit" title={labels.edit}>
        <EditIcon />
      </Action.Edit>
      <Action.Regenerate className="rcs-action" data-action="regenerate" title={labels.regenerate}>
        <RefreshIcon />
      </Action.Regenerate>
      {children}
    </Message.Actions>
  );
});
