import { createTextMessage } from '../../src/message';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { CODE_ANSWER } from './sampleAnswers';

const TOPICS = ['tokenizers', 'backpressure', 'idle timeouts', 'partial JSON', 'retries', 'abort signals', 'UTF-8 splits', 'usage frames'];

/** Options of {@link createLongThread}. */
export interface LongThreadOptions {
  /** The number of the first message (ids `long-<from>`…), for pages of older history. Default 0. */
  from?: number;
  /** Rows of very different heights: some answers one word, some pages of code (up to ~50 KB). Default false. */
  varied?: boolean;
}

function answerText(index: number, turn: number, topic: string, varied: boolean): string {
  const plain = `Answer ${turn}: it handles **${topic}** without re-rendering the other rows.`;
  if (!varied) return plain;
  if (turn % 5 === 0) return 'Yes.';
  // About 50 KB of markdown with code: the tallest rows a chat shows.
  if (turn % 23 === 0) return `${plain}\n\n${Array.from({ length: 115 }, () => CODE_ANSWER).join('\n\n')}`;
  if (turn % 7 === 0) return `${plain}\n\n${Array.from({ length: 6 }, () => CODE_ANSWER).join('\n\n')}`;
  return index % 3 === 0 ? `${plain} ${plain} ${plain}` : plain;
}

/**
 * `count` settled messages alternating user and assistant, for stories that show a long conversation.
 * Ids are fixed (`long-0`, `long-1`…) so that a story renders the same thread every time.
 */
export function createLongThread(count: number, { from = 0, varied = false }: LongThreadOptions = {}): ChatMessageInit[] {
  const messages: ChatMessageInit[] = [];
  for (let index = from; index < from + count; index++) {
    const topic = TOPICS[Math.floor(index / 2) % TOPICS.length] ?? 'streams';
    const turn = Math.floor(index / 2) + 1;
    messages.push(
      index % 2 === 0
        ? createTextMessage('user', `Question ${turn}: how does the client handle ${topic}?`, `long-${index}`)
        : createTextMessage('assistant', answerText(index, turn, topic, varied), `long-${index}`),
    );
  }
  return messages;
}
