import { ChatStreamError } from '../../src/sse/ChatStreamError';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';

/** A settled conversation that exercises every part of a styled message. */
export const richConversation: ChatMessageInit[] = [
  { id: 'u1', role: 'user', content: 'What is the weather\nin Paris?' },
  {
    id: 'a1',
    role: 'assistant',
    content: 'Let me **check**.\n\n```json\n{"a": 1}\n```\n\n| City | °C |\n| --- | --: |\n| Paris | 21 |\n\n- [x] done\n- [ ] open\n\n[Docs](https://example.com)',
    reasoning: 'The user wants the weather.',
    toolCalls: [
      { id: 'call_1', index: 0, name: 'get_weather', argumentsText: '{"city":"Paris"}', args: { city: 'Paris' }, state: 'ready', result: { temperature: 21 } },
      { id: 'call_2', index: 1, name: 'get_time', argumentsText: '{"tz": Paris', args: {}, state: 'invalid', parseError: 'Unexpected token P' },
    ],
    usage: { inputTokens: 10, outputTokens: 20, totalTokens: 30 },
    timing: { startedAt: 0, firstTokenAt: 250, endedAt: 1250, tokensPerSecond: 20 },
  },
  { id: 'u2', role: 'user', content: 'Say something rude.' },
  { id: 'a2', role: 'assistant', content: '', refusal: 'I can’t help with that.' },
  { id: 'u3', role: 'user', content: 'Try again' },
  {
    id: 'a3',
    role: 'assistant',
    content: 'Partial answ',
    status: 'error',
    error: new ChatStreamError('network', 'The connection dropped.'),
  },
];
