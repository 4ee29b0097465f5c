'use client';
import { MessageContent } from '../message/MessageContent';
import { MessageError } from '../message/MessageError';
import { MessageReasoning } from '../message/MessageReasoning';
import { MessageRefusal } from '../message/MessageRefusal';
import { MessageRoot } from '../message/MessageRoot';
import { MessageToolCalls } from '../message/MessageToolCalls';

/** What a `Chat.Messages` row renders when given no component or render function for its role. */
export function DefaultMessage() {
  return (
    <MessageRoot>
      <MessageReasoning />
      <MessageContent />
      <MessageRefusal />
      <MessageToolCalls />
      <MessageError />
    </MessageRoot>
  );
}
