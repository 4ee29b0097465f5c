'use client';
import { MessageError } from '../message/MessageError';
import { MessageParts } from '../message/MessageParts';
import { MessageRoot } from '../message/MessageRoot';
import type { MessagePartComponents } from '../parts/MessagePartProps';

/**
 * What a `Chat.Messages` row renders when given no component or render function for its role: every
 * part in order (`Message.Parts`, through `parts` when `Chat.Messages` was given them), then the
 * error of a failed turn.
 */
export function DefaultMessage({ parts }: { parts?: MessagePartComponents | undefined }) {
  return (
    <MessageRoot>
      <MessageParts components={parts} />
      <MessageError />
    </MessageRoot>
  );
}
