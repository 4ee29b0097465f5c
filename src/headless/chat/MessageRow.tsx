'use client';
import { memo, type ComponentType, type ReactNode } from 'react';
import { useChatMessage } from '../../react/useChatMessage';
import type { ChatMessage, ChatRole } from '../../message';
import { DefaultMessage } from './DefaultMessage';
import { MessageContext } from '../message/messageContext';
import { MessageRowBoundary, type RenderRowError } from './MessageRowBoundary';
import type { MessagePartComponents } from '../parts/MessagePartProps';
import { samePartComponents } from '../parts/samePartComponents';

/** Props given to a per-role message component of `Chat.Messages`. */
export interface MessageComponentProps {
  /** The message to show (also available to parts through the message context). */
  message: ChatMessage;
  /** Its position in the conversation. */
  index: number;
}

/** Per-role render slots of `Chat.Messages`. */
export interface MessageComponents {
  UserMessage?: ComponentType<MessageComponentProps>;
  AssistantMessage?: ComponentType<MessageComponentProps>;
  SystemMessage?: ComponentType<MessageComponentProps>;
}

/** Renders one row from its message id; see `Chat.Messages`. */
export type RenderMessage = (id: string, index: number) => ReactNode;

const slotOf: Record<ChatRole, keyof MessageComponents> = {
  user: 'UserMessage',
  assistant: 'AssistantMessage',
  system: 'SystemMessage',
};

interface MessageRowProps {
  id: string;
  index: number;
  components: MessageComponents | undefined;
  render: RenderMessage | undefined;
  renderError: RenderRowError | undefined;
  parts: MessagePartComponents | undefined;
}

function sameComponents(a: MessageComponents | undefined, b: MessageComponents | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.UserMessage === b.UserMessage && a.AssistantMessage === b.AssistantMessage &&
    a.SystemMessage === b.SystemMessage;
}

// An inline `components={{…}}` object is new on every parent render (and a parent using useChatStream
// renders once per flush), so compare its entries, not its identity, or every token re-renders every row.
const sameRowProps = (a: MessageRowProps, b: MessageRowProps): boolean =>
  a.id === b.id && a.index === b.index && a.render === b.render && a.renderError === b.renderError &&
  sameComponents(a.components, b.components) && samePartComponents(a.parts, b.parts);

/**
 * One row of `Chat.Messages`: reads its own message, so a token re-renders only the streaming row, and
 * provides it to the message parts. A role component wins; then the render function; then a default.
 * A row that throws while rendering shows `renderError`'s notice instead, and the other rows stay.
 */
export const MessageRow = memo(function MessageRow({ id, index, components, render, renderError, parts }: MessageRowProps) {
  const message = useChatMessage(id);
  if (!message) return null;
  const Component = components?.[slotOf[message.role]];
  let row: ReactNode;
  if (Component) row = <Component message={message} index={index} />;
  else if (render) row = render(id, index);
  else row = <DefaultMessage parts={parts} />;
  return (
    <MessageContext.Provider value={message}>
      <MessageRowBoundary message={message} index={index} renderError={renderError}>
        {row}
      </MessageRowBoundary>
    </MessageContext.Provider>
  );
}, sameRowProps);
