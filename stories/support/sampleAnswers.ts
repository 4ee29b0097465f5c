import type { MockScenario, MockToolCall } from '../../src/testing';

/** Sample answers the stories stream; plain constants so every story shows the same, reviewable text. */

/** A short plain answer, quick to stream in tests. */
export const SHORT_ANSWER = 'Hello! I am a mock assistant answering from inside Storybook, with no network and no API key.';

/** A long plain answer for stopping part-way: no markdown, so the rendered text is a prefix of it. */
export const LONG_ANSWER =
  'Streaming lets a reader start on the first sentence while the model is still writing the last one. ' +
  'Each token arrives as a small server-sent event, is decoded, buffered for at most one animation frame, ' +
  'and then painted into exactly one message row. Nothing else on the page re-renders, which is why a ' +
  'conversation with thousands of messages streams as smoothly as an empty one. If the reader has seen ' +
  'enough, the Stop button aborts the request, keeps every word that already arrived, and marks the ' +
  'message as stopped so that the interface can offer to continue or to regenerate the answer later on.';

/** Markdown without code: headings, emphasis, lists, a table, a task list, a quote and a link. */
export const MARKDOWN_ANSWER = `## Release checklist

Here is what is **left to do** before the *0.1* release:

1. Finish the \`Storybook\` stories
2. Record screenshots for the README
3. Publish to npm

| Step | Owner | Status |
| :--- | :---: | ---: |
| Stories | Ada | 90 % |
| Docs | Linus | 40 % |

- [x] Mock backend
- [ ] Live proxy

> Streaming markdown repairs unclosed **markers** while it streams.

Read more in the [project README](https://example.com/react-chat-stream).`;

/** Markdown with fenced code blocks in two languages. */
export const CODE_ANSWER = `Here is a component that streams an answer:

\`\`\`tsx
import { useChatStream } from 'react-chat-stream';

export function Answer() {
  const chat = useChatStream({ api: '/api/chat' });
  return <button onClick={() => chat.send('Hi!')}>Ask</button>;
}
\`\`\`

And the server side keeps the key:

\`\`\`ts
const handler = createChatProxy({ apiKey: process.env.OPENAI_API_KEY! });
\`\`\`

Inline code such as \`chat.stop()\` stays inline.`;

/** Raw HTML and hostile links: everything must show as text, nothing may run. */
export const HOSTILE_ANSWER = `Raw HTML is shown as text: <script>alert("xss")</script>

<img src="x" onerror="alert('img')">

A [javascript link](javascript:alert(1)) is not clickable, a [data link](data:text/html,hi) neither,
while [a normal link](https://example.com) is.

<iframe src="https://example.com"></iframe>`;

/** Reasoning shown before the answer, as DeepSeek-style models stream it. */
export const REASONING_TEXT =
  'The user asks how many r letters are in "strawberry". Let me spell it: s, t, r, a, w, b, e, r, r, y. ' +
  'That is one r after the t and two before the y, so three in total.';

/** The answer after {@link REASONING_TEXT}. */
export const REASONING_ANSWER = 'There are **three** r letters in "strawberry".';

/** Two calls the model makes at once, OpenAI-style (interleaved by index). */
export const PARALLEL_TOOL_CALLS: MockToolCall[] = [
  { name: 'get_weather', arguments: { city: 'Paris', unit: 'celsius', days: 3 } },
  { name: 'get_weather', arguments: { city: 'Tokyo', unit: 'celsius', days: 3 } },
];

/** A call whose final arguments are not valid JSON (a truncated object), as weaker models sometimes send. */
export const INVALID_TOOL_CALL: MockToolCall = {
  name: 'search_flights',
  arguments: '{"from": "CDG", "to": "HND", "date": "2025-05-01"',
};

/** A call with enough arguments to watch them fill in. */
export const BOOKING_TOOL_CALL: MockToolCall = {
  name: 'book_table',
  arguments: { restaurant: 'Le Petit Bistro', city: 'Lyon', guests: 4, time: '19:30', notes: 'window seat please' },
};

/** A short answer mixing prose, a list and a small code block: fits one screen, for screenshots. */
export const OVERVIEW_ANSWER = `Streaming an answer takes **three steps**:

1. Point \`useChatStream\` at any OpenAI-compatible endpoint.
2. Render the messages; each row reads only its own message.
3. Offer *Stop* and *Retry*: partial text is always kept.

\`\`\`tsx
const chat = useChatStream({ api: '/api/chat' });
await chat.send('Hello!');
\`\`\`

See the [README](https://example.com/react-chat-stream) for the details.`;

/**
 * An agent turn in two model calls: reasoning and a `get_weather` call, then (once the request carries
 * the call's result) the answer. The page's tool runs in between, so it is one assistant message.
 */
export const AGENT_STEPS: Pick<MockScenario, 'steps'> = {
  steps: [
    { reasoning: 'Outdoor plans depend on the weather: check it first.', toolCalls: [{ name: 'get_weather', arguments: { city: 'Lisbon' } }] },
    { text: 'It is **sunny and 24 °C** in Lisbon: a good day to walk the riverside to Belém.' },
  ],
};
