'use client';
import { forwardRef, type ReactNode } from 'react';
import { Composer, useLabels, type ComposerInputProps, type ComposerRootProps } from '../headless';
import { cx } from './cx';
import { PaperclipIcon, SendIcon, StopIcon } from './icons';
import { StyledComposerQueue } from './StyledComposerQueue';

/** Props of {@link StyledComposer}; other props land on the `Composer.Root` form. */
export interface StyledComposerProps extends Omit<ComposerRootProps, 'asChild' | 'children'> {
  /** The textarea's placeholder. Default `labels.composerPlaceholder` ("Send a message…"). */
  placeholder?: string;
  /** Props for the `Composer.Input` textarea (`aria-label`, `maxLength`, `autoFocus`…). */
  inputProps?: Omit<ComposerInputProps, 'placeholder'>;
  /** Shows the attach button (files can still be pasted and dropped without it). Default true. */
  attach?: boolean;
  /** Shown under the field (a disclaimer…). */
  children?: ReactNode;
}

/**
 * The message box, `rcs-composer`: a growing textarea with a Send button and, while an answer is in
 * flight, a Stop button (Send hides then until the user types, since sending would stop the answer
 * anyway). Enter sends, Shift+Enter adds a line, Escape stops; all from the headless `Composer.*`.
 * Files come from the paper-clip button, paste or drop (the field is outlined while files are over
 * it); they show above the field as thumbnails or chips with a remove button, and refused files as
 * alerts there, before anything is sent. Under `whenBusy: 'queue'`, messages sent while an answer is
 * in flight wait above it all as rows with Send now and remove, with a note and a Send next button
 * when a failed or stopped turn paused the queue.
 */
export const StyledComposer = forwardRef<HTMLFormElement, StyledComposerProps>(function StyledComposer(
  { className, placeholder, inputProps, attach = true, children, ...props },
  ref,
) {
  const labels = useLabels();
  return (
    <Composer.Root className={cx('rcs-composer rcs-theme', className)} {...props} ref={ref}>
      <StyledComposerQueue />
      <Composer.Attachments className="rcs-attachments" />
      <div className="rcs-composer__field">
        {attach && (
          <Composer.AttachButton className="rcs-icon-button rcs-composer__attach" title={labels.attachFiles}>
            <PaperclipIcon />
          </Composer.AttachButton>
        )}
        <Composer.Input
          placeholder={placeholder ?? labels.composerPlaceholder}
          {...inputProps}
          className={cx('rcs-composer__input', inputProps?.className)}
        />
        <div className="rcs-composer__buttons">
          <Composer.Stop className="rcs-icon-button rcs-composer__stop" title={labels.stop}>
            <StopIcon />
          </Composer.Stop>
          <Composer.Submit className="rcs-icon-button rcs-composer__send" title={labels.send}>
            <SendIcon />
          </Composer.Submit>
        </div>
      </div>
      {children}
    </Composer.Root>
  );
});
