'use client';
import type { ChatMessage } from '../../message';
import { getMessagePhase, isLivePhase } from '../../store/getMessagePhase';
import { createPartContext } from '../internal/createPartContext';

const messagePart = createPartContext<ChatMessage>('`Message.Root` (or a `Chat.Messages` row)');

/** The message a row renders; provided by each `Chat.Messages` row and by `Message.Root messageId`. */
export const MessageContext = messagePart.Context;

/** The UI state of one `Message.Root`: whether its user message is being edited. */
export interface MessageEditing {
  /** True while the message shows its editor instead of its text. */
  editing: boolean;
  /** Enters edit mode; focus goes back to `trigger` when editing ends without a save. */
  startEditing(trigger?: HTMLElement | null): void;
  /** Leaves edit mode. */
  stopEditing(): void;
}

const editingPart = createPartContext<MessageEditing>('`Message.Root`');

/** Provided by `Message.Root`; absent when parts are used directly inside a row. */
export const MessageEditingContext = editingPart.Context;

/**
 * The message of the enclosing row. Throws outside one, because a message part with no message is
 * a wiring mistake, not a state to render.
 */
export function useMessage(consumer = 'useMessage'): ChatMessage {
  return messagePart.use(consumer);
}

/** The message of the enclosing row, or `null` outside one (for parts that can also be given one). */
export function useOptionalMessage(): ChatMessage | null {
  return messagePart.useOptional();
}

/** The edit state of the enclosing `Message.Root`, or `null` when parts are used directly in a row. */
export function useOptionalMessageEditing(): MessageEditing | null {
  return editingPart.useOptional();
}

/** The edit state of the enclosing `Message.Root`; throws outside one. */
export function useMessageEditing(consumer = 'useMessageEditing'): MessageEditing {
  return editingPart.use(consumer);
}

/** True while the message is streaming: its text changes token by token. */
export const isLive = (message: ChatMessage): boolean => isLivePhase(getMessagePhase(message));
