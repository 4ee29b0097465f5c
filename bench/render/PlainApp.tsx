import { useEffect, useState } from 'react';
import { createOpenAIChatDecoder } from '../../src/protocols/openai-chat/createOpenAIChatDecoder';
import type { StreamPart } from '../../src/protocols/StreamPart';
import { readEventStream } from '../../src/sse/readEventStream';
import { BENCH_API, type ContenderProps } from './ContenderProps';
import type { BenchMessage } from './conversation';
import { countRowRenders } from './rowRenders';

const QUESTION_ID = 'question';
const ANSWER_ID = 'answer';

// Posts the conversation as an app would, then reads the answer with the library's own SSE reader and
// decoder, so that the plain pages parse the same bytes the same way as ours.
async function streamAnswer(fetch: typeof globalThis.fetch, history: BenchMessage[], onText: (delta: string) => void) {
  const response = await fetch(BENCH_API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'bench', stream: true, messages: history.map(({ role, content }) => ({ role, content })) }),
  });
  const decoder = createOpenAIChatDecoder();
  const emit = (part: StreamPart) => {
    if (part.type === 'text') onText(part.delta);
  };
  await readEventStream(response.body!, { onEvent: (event) => decoder.decode(event, emit) });
  decoder.flush?.(emit);
}

const turn = (question: string): BenchMessage[] => [
  { id: QUESTION_ID, role: 'user', content: question, status: 'complete' },
  { id: ANSWER_ID, role: 'assistant', content: '', status: 'complete' },
];

const appendTo = (delta: string) => (prev: BenchMessage[]) =>
  prev.map((m) => (m.id === ANSWER_ID ? { ...m, content: m.content + delta } : m));

function PlainLog({ messages }: { messages: BenchMessage[] }) {
  countRowRenders(messages.length);
  return (
    <main className="bench-log">
      {messages.map((m) => (
        <div key={m.id} className="bench-row" data-role={m.role}>
          {m.content}
        </div>
      ))}
    </main>
  );
}

/**
 * The baseline: a React page with no chat library, written the obvious way. The conversation lives
 * in one `useState`, each text part is one `setMessages(prev => prev.map(...))`, and every message is
 * a plain div. Only the React layer differs from our pages: same bytes, same reader, same decoder.
 */
export function PlainApp({ initialMessages, fetch, onReady }: ContenderProps) {
  const [messages, setMessages] = useState(initialMessages);
  useEffect(() => {
    onReady(async (question) => {
      const [user, answer] = turn(question);
      setMessages((prev) => [...prev, user!, answer!]);
      await streamAnswer(fetch, [...initialMessages, user!], (delta) => setMessages(appendTo(delta)));
    });
  }, [initialMessages, fetch, onReady]);
  return <PlainLog messages={messages} />;
}

/**
 * The floor: the plain page reading and decoding the same stream but showing the answer only once it
 * has ended. What every page pays for the transport, the parsing and the browser's frames; a
 * contender's time above it is the cost of showing the answer as it streams.
 */
export function FloorApp({ initialMessages, fetch, onReady }: ContenderProps) {
  const [messages, setMessages] = useState(initialMessages);
  useEffect(() => {
    onReady(async (question) => {
      const [user, answer] = turn(question);
      setMessages((prev) => [...prev, user!, answer!]);
      let text = '';
      await streamAnswer(fetch, [...initialMessages, user!], (delta) => {
        text += delta;
      });
      setMessages(appendTo(text));
    });
  }, [initialMessages, fetch, onReady]);
  return <PlainLog messages={messages} />;
}
