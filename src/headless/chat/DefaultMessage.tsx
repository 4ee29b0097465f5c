'use client';
import { MessageError } from '../message/MessageError';
import { MessageParts } from '../message/MessageParts';
import { MessageRoot } from '../message/MessageRoot';

/**
 * What a `Chat.Messages` row renders when given no component or render function for its role: every
 * part in order (`Message.Parts`), then the error of a failed turn.
 */
export function DefaultMessage() {
  return (
    <MessageRoot>
      <MessageParts />
      <MessageError />
    </MessageRoot>
  );
}
