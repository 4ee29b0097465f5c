import type { ChatMessage } from '../../message';

/**
 * The text of a message's parts of one type, each part starting a new paragraph: in an agent turn,
 * two text (or reasoning) parts are separated by a tool call or a step, so running them together
 * would glue two sentences. A lone part's text comes back as it is, and while the answer streams the
 * joined text only grows at its end, so `StreamingMarkdown` keeps appending rather than re-lexing.
 */
export function joinPartText(message: ChatMessage, type: 'text' | 'reasoning'): string {
  let text = '';
  for (const part of message.parts) {
    if (part.type !== type || part.text === '') continue;
    text = text === '' ? part.text : `${text}\n\n${part.text}`;
  }
  return text;
}
