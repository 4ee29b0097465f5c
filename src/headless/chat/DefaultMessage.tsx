'use client';
import { MessageContent } from './MessageContent';
import { MessageError } from './MessageError';
import { MessageReasoning } from './MessageReasoning';
import { MessageRefusal } from './MessageRefusal';
import { MessageRoot } from './MessageRoot';
import { MessageToolCalls } from './MessageToolCalls';

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
