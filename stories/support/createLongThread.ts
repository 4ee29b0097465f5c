import { createTextMessage } from '../../src/message';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';

const TOPICS = ['tokenizers', 'backpressure', 'idle timeouts', 'partial JSON', 'retries', 'abort signals', 'UTF-8 splits', 'usage frames'];

/**
 * `count` settled messages alternating user and assistant, for stories that show a long conversation.
 * Ids are fixed (`long-0`, `long-1`…) so that a story renders the same thread every time.
 */
export function createLongThread(count: number): ChatMessageInit[] {
  const messages: ChatMessageInit[] = [];
  for (let index = 0; index < count; index++) {
    const topic = TOPICS[Math.floor(index / 2) % TOPICS.length] ?? 'streams';
    const turn = Math.floor(index / 2) + 1;
    messages.push(
      index % 2 === 0
        ? createTextMessage('user', `Question ${turn}: how does the client handle ${topic}?`, `long-${index}`)
        : createTextMessage('assistant', `Answer ${turn}: it handles **${topic}** without re-rendering the other rows.`, `long-${index}`),
    );
  }
  return messages;
}
