'use client';
import { useEffect, useState } from 'react';
import { getMessageText, type ChatMessage } from '../../message';
import { useLabels } from '../labels/useLabels';
import { visuallyHidden } from '../internal/visuallyHidden';
import type { ChatLabels } from '../labels/labels';
import { useChatRootStore } from './useChatRootStore';

function announcementOf(message: ChatMessage, labels: ChatLabels): string {
  const text = getMessageText(message);
  if (message.status === 'stopped') return `${text} ${labels.statusStopped}`.trim();
  if (message.status === 'error') return `${text} ${labels.statusFailed}`.trim();
  return text;
}

/**
 * The polite live region of a virtualized `Chat.Messages`. There the list itself is not live (rows
 * mount and unmount as the user scrolls, and a live list would read each one out), so this says what
 * the plain log says by itself: each message that streamed, once, with its final text, when it
 * settles. Messages that arrive settled (history, prepended pages) are not read out.
 */
export function SettledMessageAnnouncer() {
  const store = useChatRootStore('Chat.Messages');
  const labels = useLabels();
  const [said, setSaid] = useState<{ key: string; text: string } | null>(null);
  useEffect(() => {
    const streaming = new Set<string>();
    const check = () => {
      for (const message of store.getState().messages.slice(-4)) {
        if (message.status === 'streaming') streaming.add(message.id);
        else if (streaming.delete(message.id)) {
          const text = announcementOf(message, labels);
          if (text) setSaid({ key: `${message.id}:${message.status}`, text });
        }
      }
    };
    check();
    // Only the last few messages can be streaming; the check stays flat in the thread's length.
    return store.subscribe(check);
  }, [store, labels]);
  // A fresh element per announcement: `additions` reads a node when it is added, once.
  return (
    <div aria-live="polite" aria-relevant="additions" style={visuallyHidden} data-announcer="">
      {said ? <p key={said.key}>{said.text}</p> : null}
    </div>
  );
}
