'use client';

import { useCreateChatStore } from 'react-chat-stream';
import { ChatWindow } from 'react-chat-stream/styled';
import 'react-chat-stream/styles.css';

export function Assistant() {
  const store = useCreateChatStore({ api: '/api/chat' });
  return <ChatWindow store={store} title="Assistant" suggestions={['What can you do?']} />;
}
