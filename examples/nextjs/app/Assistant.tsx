'use client';

import { useChatStream } from 'react-chat-stream';
import { ChatWindow } from 'react-chat-stream/styled';
import 'react-chat-stream/styles.css';

export function Assistant() {
  const chat = useChatStream({ api: '/api/chat' });
  return <ChatWindow chat={chat} title="Assistant" suggestions={['What can you do?']} />;
}
