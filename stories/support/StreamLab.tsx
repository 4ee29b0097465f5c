import { useMemo } from 'react';
import { useChatStream } from '../../src/react';
import type { ChatMessage } from '../../src/message';
import type { ChatTool } from '../../src/store/ChatTool';
import { createMockChatFetch, type MockFault, type MockFaultType, type MockScenario } from '../../src/testing';
import { ChatLayout } from './ChatLayout';
import { LAB_PROTOCOLS, type LabProtocol } from './labProtocols';
import { MOCK_API } from './useMockChat';
import { AGENT_STEPS, CODE_ANSWER, LONG_ANSWER, MARKDOWN_ANSWER, PARALLEL_TOOL_CALLS, REASONING_ANSWER, REASONING_TEXT } from './sampleAnswers';

/** The answers the lab can stream. */
export type LabAnswer = 'plain' | 'markdown' | 'code' | 'reasoning' | 'tool-calls' | 'agent';

/** The lab's controls: every knob of the mock stream, and the client options that react to them. */
export interface StreamLabProps {
  /** The wire format both ends speak: the chat's protocol and the mock's format. */
  protocol: LabProtocol;
  /** What the mock answers. */
  answer: LabAnswer;
  /** Content tokens per second; 0 sends as fast as possible. */
  tokensPerSecond: number;
  /** Random variation of each token's delay, 0 (steady) to 1. */
  jitter: number;
  /** Network chunk size in bytes; 0 sends one chunk per SSE frame. */
  chunkSize: number;
  /** Delay before the first byte of the body, in ms. */
  firstTokenDelayMs: number;
  /** The failure to inject. */
  fault: 'none' | MockFaultType;
  /** Content tokens sent before the fault strikes (not for `http`). */
  faultAfterTokens: number;
  /** Status of an `http` fault. */
  httpStatus: number;
  /** The client's idle timeout, in ms. */
  idleTimeoutMs: number;
  /** Retry 429/5xx/network failures before the first byte, as the client does by default. */
  autoRetry: boolean;
}

const ANSWERS: Record<LabAnswer, Pick<MockScenario, 'text' | 'reasoning' | 'toolCalls' | 'steps'>> = {
  plain: { text: LONG_ANSWER },
  markdown: { text: MARKDOWN_ANSWER },
  code: { text: CODE_ANSWER },
  reasoning: { reasoning: REASONING_TEXT, text: REASONING_ANSWER },
  'tool-calls': { toolCalls: PARALLEL_TOOL_CALLS },
  agent: AGENT_STEPS,
};

/**
 * The page's tools, declared only for the `agent` answer: the store runs `get_weather` when the model
 * calls it and sends the result back in the same turn. (With the other answers the mock would call the
 * tools again on every step, so they get none.)
 */
const LAB_TOOLS: Readonly<Record<string, ChatTool>> = {
  get_weather: {
    description: 'The weather of a city today.',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    execute: ({ city }: { city: string }) => ({ city, temperature: 24, sky: 'sunny' }),
  },
};

function toFault(type: StreamLabProps['fault'], afterTokens: number, status: number): MockFault | undefined {
  switch (type) {
    case 'none':
      return undefined;
    case 'http':
      return { type: 'http', status };
    default:
      return { type, afterTokens };
  }
}

const ms = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);

/** Numbers of the newest answer: what the knobs change. */
function TurnStats({ message, requests }: { message: ChatMessage | undefined; requests: number }) {
  const { timing, usage, finishReason, error } = message?.metadata ?? {};
  const rows: [string, string][] = [
    ['Requests sent', String(requests)],
    ['Status', message?.status ?? '–'],
    ['First token after', ms(timing?.firstTokenAt === undefined ? undefined : timing.firstTokenAt - timing.startedAt)],
    ['Duration', ms(timing?.endedAt === undefined ? undefined : timing.endedAt - timing.startedAt)],
    ['Tokens per second', timing?.tokensPerSecond === undefined ? '–' : timing.tokensPerSecond.toFixed(1)],
    ['Output tokens', String(usage?.outputTokens ?? '–')],
    ['Finish reason', finishReason ?? '–'],
    ['Error', error ? `${error.code}: ${error.message}` : '–'],
  ];
  return (
    <section className="sb-lab-stats" aria-label="Last answer">
      <h2>Last answer</h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd data-stat={term}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * A chat on the mock backend whose stream is shaped by its props. A new mock fetch is made whenever
 * a knob changes, and the conversation is kept: send again to compare.
 */
export function StreamLab(props: StreamLabProps) {
  const { protocol, answer, tokensPerSecond, jitter, chunkSize, firstTokenDelayMs, fault, faultAfterTokens, httpStatus } = props;
  const fetch = useMemo(
    () =>
      createMockChatFetch(
        {
          ...ANSWERS[answer],
          tokensPerSecond: tokensPerSecond > 0 ? tokensPerSecond : Infinity,
          jitter,
          chunkSize: chunkSize > 0 ? chunkSize : undefined,
          firstTokenDelayMs,
          fault: toFault(fault, faultAfterTokens, httpStatus),
        },
        { format: protocol },
      ),
    [protocol, answer, tokensPerSecond, jitter, chunkSize, firstTokenDelayMs, fault, faultAfterTokens, httpStatus],
  );
  // Client options need no new fetch: the store reads them when the next turn starts.
  const chat = useChatStream({
    api: MOCK_API,
    fetch,
    protocol: LAB_PROTOCOLS[protocol],
    tools: answer === 'agent' ? LAB_TOOLS : undefined,
    idleTimeoutMs: props.idleTimeoutMs,
    retry: props.autoRetry ? { attempts: 3, baseDelayMs: 300 } : false,
  });
  const last = chat.messages.findLast((message) => message.role === 'assistant');
  return (
    <div className="sb-lab">
      <ChatLayout store={chat.store} greeting={<p>Send anything: the answer follows the controls below the canvas.</p>} />
      <TurnStats message={last} requests={fetch.calls.length} />
    </div>
  );
}
