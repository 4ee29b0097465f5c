'use client';
import { forwardRef, useEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useChatMessage } from '../../react/useChatMessage';
import { MessageContext, MessageEditingContext, useOptionalMessage, type MessageEditing } from './messageContext';
import { outsideRootError } from '../internal/createPartContext';
import { useChatRootStore } from '../chat/useChatRootStore';
import { Primitive } from '../internal/Primitive';

/** Props of {@link MessageRoot}. */
export interface MessageRootProps extends ComponentPropsWithoutRef<'div'> {
  /** Shows this message; not needed inside a `Chat.Messages` row, which provides its message. */
  messageId?: string;
  /** Renders the child element instead of a `div`, merging props onto it. */
  asChild?: boolean;
}

/** Provides the message of a given id, for a `Message.Root` used outside `Chat.Messages`. */
function MessageById({ id, children }: { id: string; children: ReactNode }) {
  useChatRootStore('Message.Root');
  const message = useChatMessage(id);
  return message ? <MessageContext.Provider value={message}>{children}</MessageContext.Provider> : null;
}

/**
 * The root of one message: a `div` with `data-role`, `data-status` and `data-editing` (while its
 * editor is open). It holds the edit state used by `Action.Edit` and `Message.Editor`. Renders
 * nothing once a message given by `messageId` is gone.
 */
export const MessageRoot = forwardRef<HTMLDivElement, MessageRootProps>(function MessageRoot(
  { messageId, ...props },
  ref,
) {
  // Only a root given an id subscribes by id: rows already hold their message, and a second lookup
  // per row would cost a scan of the conversation per row on every token.
  if (messageId === undefined) return <MessageRootElement {...props} ref={ref} />;
  return (
    <MessageById id={messageId}>
      <MessageRootElement {...props} ref={ref} />
    </MessageById>
  );
});

const MessageRootElement = forwardRef<HTMLDivElement, Omit<MessageRootProps, 'messageId'>>(function MessageRootElement(
  { asChild, ...props },
  ref,
) {
  const message = useOptionalMessage();
  if (!message) throw outsideRootError('Message.Root', '`Chat.Messages` (or be given a `messageId`)');
  const [editing, setEditing] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);
  const value = useMemo<MessageEditing>(
    () => ({
      editing,
      startEditing(element) {
        trigger.current = element ?? null;
        setEditing(true);
      },
      stopEditing: () => setEditing(false),
    }),
    [editing],
  );
  // Give focus back to the control that opened the editor, which is enabled again only after this render.
  useEffect(() => {
    if (editing || !trigger.current) return;
    if (trigger.current.isConnected) trigger.current.focus();
    trigger.current = null;
  }, [editing]);

  return (
    <MessageEditingContext.Provider value={value}>
      <Primitive.div
        asChild={asChild}
        data-role={message.role}
        data-status={message.status}
        data-editing={editing ? '' : undefined}
        {...props}
        ref={ref}
      />
    </MessageEditingContext.Provider>
  );
});
