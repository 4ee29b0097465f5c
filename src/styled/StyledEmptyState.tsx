'use client';
import { forwardRef, type ReactNode } from 'react';
import { Chat, useLabels, type ChatEmptyProps, type ChatSuggestionProps } from '../headless';
import { cx } from './cx';

/** Props of {@link StyledSuggestion}: those of `Chat.Suggestion` except `asChild`. */
export type StyledSuggestionProps = Omit<ChatSuggestionProps, 'asChild'>;

/** A suggested prompt as a chip, `rcs-suggestion`; clicking it sends the prompt. */
export const StyledSuggestion = forwardRef<HTMLButtonElement, StyledSuggestionProps>(function StyledSuggestion(
  { className, ...props },
  ref,
) {
  return <Chat.Suggestion className={cx('rcs-suggestion rcs-theme', className)} {...props} ref={ref} />;
});

/** Props of {@link StyledEmptyState}; other props land on the `Chat.Empty` element. */
export interface StyledEmptyStateProps extends Omit<ChatEmptyProps, 'asChild' | 'title'> {
  /** The greeting. Default `labels.emptyTitle` ("How can I help?"). */
  title?: ReactNode;
  /** A line under the greeting. */
  description?: ReactNode;
  /** Prompts offered as `StyledSuggestion` chips. */
  suggestions?: readonly string[];
  /** Replaces the greeting and description; the suggestions still follow. */
  children?: ReactNode;
}

/**
 * What an empty conversation shows, `rcs-empty`: a greeting and suggested prompts. Rendered only
 * while the chat has no messages (`Chat.Empty`), so it can stay mounted.
 */
export const StyledEmptyState = forwardRef<HTMLDivElement, StyledEmptyStateProps>(function StyledEmptyState(
  { className, title, description, suggestions, children, ...props },
  ref,
) {
  const labels = useLabels();
  return (
    <Chat.Empty className={cx('rcs-empty rcs-theme', className)} {...props} ref={ref}>
      {children ?? (
        <>
          <p className="rcs-empty__title">{title ?? labels.emptyTitle}</p>
          {description ? <p className="rcs-empty__description">{description}</p> : null}
        </>
      )}
      {suggestions?.length ? (
        <ul className="rcs-suggestions" aria-label={labels.suggestions}>
          {suggestions.map((suggestion, index) => (
            <li key={`${index}:${suggestion}`} className="rcs-suggestions__item">
              <StyledSuggestion>{suggestion}</StyledSuggestion>
            </li>
          ))}
        </ul>
      ) : null}
    </Chat.Empty>
  );
});
