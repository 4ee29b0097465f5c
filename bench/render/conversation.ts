import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { createSeededRandom, type SeededRandom } from '../../src/testing/createSeededRandom';
import { tokenizeMockText } from '../../src/testing/tokenizeMockText';

/** A message of the earlier conversation, in the shape both `useState` and `initialMessages` take. */
export interface BenchMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  status: 'complete';
}

// Words of at most 7 letters: the mock tokenizer never splits them, so one word is one token and
// the token count of a text does not depend on the generator's state.
const WORDS = [
  'the', 'stream', 'token', 'answer', 'render', 'frame', 'model', 'page', 'React', 'state', 'update',
  'message', 'browser', 'layout', 'commit', 'list', 'reader', 'chunk', 'quick', 'steady', 'small', 'long',
  'and', 'with', 'from', 'into', 'every', 'each', 'while', 'after', 'before', 'text', 'server', 'client',
];

function sentence(random: SeededRandom): string {
  const length = 6 + Math.floor(random() * 9);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const first = words[0]!;
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return `${words.join(' ')}${random() < 0.2 ? '?' : '.'}`;
}

function paragraph(random: SeededRandom, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/**
 * `count` earlier messages, user and assistant alternating: a question of one or two sentences and an
 * answer of two short paragraphs, plain prose (no markdown syntax) so that every page shows the same
 * text and only the assistant's paragraph structure reaches a markdown renderer. Deterministic.
 */
export function createEarlierMessages(count: number): BenchMessage[] {
  const random = createSeededRandom(7);
  const messages: BenchMessage[] = [];
  for (let i = 0; i < count; i++) {
    const user = i % 2 === 0;
    const content = user
      ? paragraph(random, 1 + Math.floor(random() * 2))
      : `${paragraph(random, 2 + Math.floor(random() * 2))}\n\n${paragraph(random, 2)}`;
    messages.push({ id: `m${i}`, role: user ? 'user' : 'assistant', content, status: 'complete' });
  }
  return messages;
}

/**
 * An answer of exactly `tokens` mock tokens (as `createMockChatFetch` cuts it): plain prose in
 * paragraphs of about 60 words. Deterministic.
 */
export function createAnswerText(tokens: number): string {
  const random = createSeededRandom(11);
  let text = '';
  let pieces: string[] = [];
  while (pieces.length < tokens) {
    text += `${text === '' ? '' : '\n\n'}${paragraph(random, 5)}`;
    pieces = tokenizeMockText(text, createSeededRandom(1));
  }
  const answer = pieces.slice(0, tokens).join('');
  if (tokenizeMockText(answer, createSeededRandom(1)).length !== tokens) throw new Error('bench: answer has the wrong token count');
  return answer;
}

/** The same messages in the library's shape: each text as one text part. */
export const asChatMessages = (messages: readonly BenchMessage[]): ChatMessageInit[] =>
  messages.map(({ content, ...message }) => ({ ...message, parts: [{ type: 'text', text: content }] }));
