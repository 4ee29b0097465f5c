import { HttpAgent } from '@ag-ui/client';
import { getMessageText, getReasoningText } from '../../src/message';
import { createAgUiDecoder } from '../../src/protocols/ag-ui';
import { readEventStream } from '../../src/sse/readEventStream';
import { createChatTurn } from '../../src/store/createChatTurn';
import { BENCH_MESSAGE, check, compareDecoders, mbps, ms } from './benchKit';
import { chunkFrames, responseOf, type SyntheticStream } from '../syntheticStream';

const WORDS = ['stream', 'token', 'answer', 'React', 'render', 'frame', 'café', 'naïve', '→', 'ok'];
// Message ids as the Python integrations make them (uuid4), carried by every content event as on the wire.
const REASONING_ID = '5f0c8a2e-3b1d-4c7e-9a6f-2d4b8e1c0a93';
const TEXT_ID = '9e7d6c5b-4a3f-4e2d-8c1b-0a9f8e7d6c5b';

/** `deltas` counts every event here, which is what the floor checks. */
interface AgUiStream extends SyntheticStream {
  reasoning: string;
  /** The `count` the state ends with, after its snapshot and deltas. */
  finalCount: number;
}

/**
 * An AG-UI run of about `targetBytes` as the Python encoders write it: a state snapshot, a reasoning
 * message (a tenth of the bytes), a tool call with its result, then a text message, with a state delta
 * every 500 deltas, as an agent that reports its progress in shared state would send.
 */
// 2 MB rather than the core bench's 11: the AG-UI client takes far longer per MB than the others.
function createAgUiStream(targetBytes = 2 * 1024 * 1024, chunkSize = 16 * 1024): AgUiStream {
  const frame = (event: object) => `data: ${JSON.stringify(event)}\n\n`;
  const frames = [
    frame({ type: 'RUN_STARTED', threadId: 'thread-bench', runId: 'run-bench' }),
    frame({ type: 'STATE_SNAPSHOT', snapshot: { count: 0, status: 'thinking', items: [] } }),
    frame({ type: 'REASONING_START', messageId: REASONING_ID }),
    frame({ type: 'REASONING_MESSAGE_START', messageId: REASONING_ID, role: 'reasoning' }),
  ];
  let size = frames.join('').length;
  let text = '';
  let reasoning = '';
  let deltas = 0;
  let count = 0;
  const push = (next: string) => {
    frames.push(next);
    size += next.length;
    if (++deltas % 500 === 0) frames.push(frame({ type: 'STATE_DELTA', delta: [{ op: 'replace', path: '/count', value: ++count }] }));
  };
  while (size < targetBytes / 10) {
    const word = ' ' + WORDS[deltas % WORDS.length]!;
    push(frame({ type: 'REASONING_MESSAGE_CONTENT', messageId: REASONING_ID, delta: word }));
    reasoning += word;
  }
  frames.push(
    frame({ type: 'REASONING_MESSAGE_END', messageId: REASONING_ID }),
    frame({ type: 'REASONING_END', messageId: REASONING_ID }),
    frame({ type: 'TOOL_CALL_START', toolCallId: 'call_bench', toolCallName: 'get_weather', parentMessageId: TEXT_ID }),
    frame({ type: 'TOOL_CALL_ARGS', toolCallId: 'call_bench', delta: '{"city":' }),
    frame({ type: 'TOOL_CALL_ARGS', toolCallId: 'call_bench', delta: '"Paris"}' }),
    frame({ type: 'TOOL_CALL_END', toolCallId: 'call_bench' }),
    frame({ type: 'TOOL_CALL_RESULT', messageId: 'result-bench', toolCallId: 'call_bench', content: '{"temp":18}', role: 'tool' }),
    frame({ type: 'TEXT_MESSAGE_START', messageId: TEXT_ID, role: 'assistant' }),
  );
  while (size < targetBytes) {
    const word = (deltas % 7 === 0 ? '\n' : ' ') + WORDS[deltas % WORDS.length]!;
    push(frame({ type: 'TEXT_MESSAGE_CONTENT', messageId: TEXT_ID, delta: word }));
    text += word;
  }
  frames.push(frame({ type: 'TEXT_MESSAGE_END', messageId: TEXT_ID }), frame({ type: 'RUN_FINISHED', threadId: 'thread-bench', runId: 'run-bench' }));
  return { ...chunkFrames(frames, chunkSize), deltas: frames.length, text, reasoning, finalCount: count };
}


async function ours(stream: AgUiStream) {
  const turn = createChatTurn({ message: BENCH_MESSAGE, decoder: createAgUiDecoder, now: () => 0 });
  await readEventStream(responseOf(stream).body!, { onEvent: turn.decodeEvent });
  const message = turn.finish();
  const state = turn.takeState()?.value as { count?: number } | undefined;
  check(
    message.status === 'complete' && getMessageText(message) === stream.text && getReasoningText(message) === stream.reasoning && state?.count === stream.finalCount,
    'ours decoded the wrong message or state',
  );
}

// CopilotKit's path: HttpAgent.runAgent (SSE parse, event schema, verifier, chunk transform, reducers).
async function client(stream: AgUiStream) {
  const agent = new HttpAgent({ url: 'http://bench.invalid/agent', fetch: () => Promise.resolve(responseOf(stream)) });
  const { newMessages } = await agent.runAgent();
  const text = newMessages.flatMap((message) => (message.role === 'assistant' && typeof message.content === 'string' ? [message.content] : [])).join('');
  check(text === stream.text && (agent.state as { count?: number }).count === stream.finalCount, 'the AG-UI client decoded the wrong text or state');
}

/** Decode throughput of the AG-UI decoder beside eventsource-parser + JSON.parse and `@ag-ui/client`'s `HttpAgent`. */
export async function runAgUiDecodeBench(rounds: number): Promise<string[]> {
  const stream = createAgUiStream();
  const [f, o, c] = await compareDecoders(stream, stream.deltas, () => ours(stream), () => client(stream), rounds);
  return [
    `ag-ui: ${(stream.bytes / 1e6).toFixed(1)} MB synthetic AG-UI run, ${stream.deltas} events (state, reasoning, a tool call, text, a state delta per 500), 16 KiB reads; median of ${rounds} interleaved rounds`,
    `  floor   eventsource-parser feed + JSON.parse            ${ms(f)} ${mbps(stream.bytes, f)}`,
    `  ours    readEventStream + createChatTurn (ag-ui)      ${ms(o)} ${mbps(stream.bytes, o)}  ${(o / f).toFixed(2)}x the floor's time (target <= 1.30x)`,
    `  client  @ag-ui/client 1.0 HttpAgent.runAgent          ${ms(c)} ${mbps(stream.bytes, c)}  ours is ${(c / o).toFixed(2)}x faster (target >= 3x)`,
  ];
}
