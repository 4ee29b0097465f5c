'use client';
import { MessageError } from '../message/MessageError';
import { MessageParts } from '../message/MessageParts';
import { MessageRoot } from '../message/MessageRoot';
import { MessageTurnEnd } from '../message/MessageTurnEnd';
import type { MessagePartComponents } from '../parts/MessagePartProps';

/**
 * What a `Chat.Messages` row renders when given no component or render function for its role: every
 * part in order (`Message.Parts`, through `parts` when `Chat.Messages` was given them), then why the
 * client ended an agent turn (`Message.TurnEnd`, nothing otherwise) and the error of a failed turn.
 */
export function DefaultMessage({ parts }: { parts?: MessagePartComponents | undefined }) {
  return (
    <MessageRoot>
      <MessageParts components={parts} />
      <MessageTurnEnd />
      <MessageError />
    </MessageRoot>
  );
}
