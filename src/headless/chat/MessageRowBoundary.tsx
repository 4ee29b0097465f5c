'use client';
import { Component, type ReactNode } from 'react';
import type { ChatMessage } from '../../message';
import { useLabels } from '../labels/useLabels';

/** Renders what a row shows instead of a message whose render threw; see `Chat.Messages`. */
export type RenderRowError = (error: unknown, message: ChatMessage, index: number) => ReactNode;

/** The longest error text the default notice quotes; the rest is cut, the full error is in the console. */
const MAX_QUOTE = 200;

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
}

function DefaultRowError({ error, message, index }: { error: unknown; message: ChatMessage; index: number }) {
  const labels = useLabels();
  return (
    <div role="note" data-render-error="" data-message-id={message.id} data-role={message.role}>
      {labels.rowRenderError(index + 1, message.role, describe(error))}
    </div>
  );
}

/** The default notice: a short, non-interrupting note that says which message failed and why. */
export const renderDefaultRowError: RenderRowError = (error, message, index) => (
  <DefaultRowError error={error} message={message} index={index} />
);

interface MessageRowBoundaryProps {
  message: ChatMessage;
  index: number;
  renderError: RenderRowError | undefined;
  children: ReactNode;
}

interface MessageRowBoundaryState {
  failed: boolean;
  error: unknown;
  /** The message the last render was for: a new one (the next token, an edit) earns another try. */
  message: ChatMessage | null;
}

/**
 * Catches a render error in one row, so a message that cannot be shown (hostile model output, a bug
 * in a custom component) costs that row only: without it React unmounts the whole conversation.
 * React itself still reports the caught error (console, or the root's `onCaughtError`).
 */
export class MessageRowBoundary extends Component<MessageRowBoundaryProps, MessageRowBoundaryState> {
  override state: MessageRowBoundaryState = { failed: false, error: undefined, message: null };

  static getDerivedStateFromError(error: unknown): Partial<MessageRowBoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(
    props: MessageRowBoundaryProps,
    state: MessageRowBoundaryState,
  ): Partial<MessageRowBoundaryState> | null {
    if (state.message === props.message) return null;
    return { failed: false, error: undefined, message: props.message };
  }

  override render(): ReactNode {
    const { failed, error } = this.state;
    if (!failed) return this.props.children;
    return (this.props.renderError ?? renderDefaultRowError)(error, this.props.message, this.props.index);
  }
}
