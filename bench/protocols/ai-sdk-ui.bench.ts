import { DefaultChatTransport, readUIMessageStream, type UIMessage } from 'ai';
import { getMessageText, getReasoningText } from '../../src/message';
import { createAiSdkUiDecoder } from '../../src/protocols/ai-sdk-ui';
import { readEventStream } from '../../src/sse/readEventStream';
import { createChatTurn } from '../../src/store/createChatTurn';
import { BENCH_MESSAGE, check, compareDecoders, mbps, ms } from './benchKit';
import { chunkFrames, responseOf, type SyntheticStream } from '../syntheticStream';

const WORDS = ['stream', 'token', 'answer', 'React', 'render', 'frame', 'café', 'naïve', '→', 'ok'];
// Ids as the OpenAI Responses provider of the SDK makes them (the output item id), as long as real ones.
const REASONING_ID = 'rs_0c1e2b5a7f9d4e3c8b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e';
const TEXT_ID = 'msg_0c1e2b5a7f9d4e3c8b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e';

/** `deltas` counts every JSON chunk here (all but `[DONE]`), which is what the floor checks. */
interface AiSdkStream extends SyntheticStream {
  reasoning: string;
}

/**
 * A UI message stream of about `targetBytes` as `toUIMessageStreamResponse()` writes it: a step of
 * reasoning and a tool call with its output, then a step of text, a tenth of the deltas reasoning.
 */
// 4 MB rather than the core bench's 11: the SDK's reader takes about 0.6 s per MB.
function createAiSdkStream(targetBytes = 4 * 1024 * 1024, chunkSize = 16 * 1024): AiSdkStream {
  const frame = (chunk: object) => `data: ${JSON.stringify(chunk)}\n\n`;
  const frames = [frame({ type: 'start', messageId: 'msg-bench' }), frame({ type: 'start-step' }), frame({ type: 'reasoning-start', id: REASONING_ID })];
  let size = frames.join('').length;
  let text = '';
  let reasoning = '';
  let deltas = 0;
  const reasoningBytes = targetBytes / 10;
  while (size < reasoningBytes) {
    const word = ' ' + WORDS[deltas++ % WORDS.length]!;
    const next = frame({ type: 'reasoning-delta', id: REASONING_ID, delta: word });
    frames.push(next);
    size += next.length;
    reasoning += word;
  }
  frames.push(
    frame({ type: 'reasoning-end', id: REASONING_ID }),
    frame({ type: 'tool-input-start', toolCallId: 'call_bench', toolName: 'get_weather' }),
    frame({ type: 'tool-input-delta', toolCallId: 'call_bench', inputTextDelta: '{"city":' }),
    frame({ type: 'tool-input-delta', toolCallId: 'call_bench', inputTextDelta: '"Paris"}' }),
    frame({ type: 'tool-input-available', toolCallId: 'call_bench', toolName: 'get_weather', input: { city: 'Paris' } }),
    frame({ type: 'tool-output-available', toolCallId: 'call_bench', output: { temp: 18 } }),
    frame({ type: 'finish-step' }),
    frame({ type: 'start-step' }),
    frame({ type: 'text-start', id: TEXT_ID }),
  );
  while (size < targetBytes) {
    const word = (deltas % 7 === 0 ? '\n' : ' ') + WORDS[deltas++ % WORDS.length]!;
    const next = frame({ type: 'text-delta', id: TEXT_ID, delta: word });
    frames.push(next);
    size += next.length;
    text += word;
  }
  frames.push(frame({ type: 'text-end', id: TEXT_ID }), frame({ type: 'finish-step' }), frame({ type: 'finish', finishReason: 'stop' }), 'data: [DONE]\n\n');
  return { ...chunkFrames(frames, chunkSize), deltas: frames.length - 1, text, reasoning };
}


async function ours(stream: AiSdkStream) {
  const turn = createChatTurn({ message: BENCH_MESSAGE, decoder: createAiSdkUiDecoder, now: () => 0 });
  await readEventStream(responseOf(stream).body!, { onEvent: turn.decodeEvent });
  const message = turn.finish();
  check(message.status === 'complete' && getMessageText(message) === stream.text && getReasoningText(message) === stream.reasoning, 'ours decoded the wrong message');
}

// useChat's path: DefaultChatTransport (parseJsonEventStream + uiMessageChunkSchema) into readUIMessageStream.
async function sdk(stream: AiSdkStream) {
  const transport = new DefaultChatTransport<UIMessage>({ api: 'http://bench.invalid/api/chat', fetch: () => Promise.resolve(responseOf(stream)) });
  const chunks = await transport.sendMessages({ trigger: 'submit-message', chatId: 'bench', messageId: undefined, messages: [], abortSignal: undefined });
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({ stream: chunks })) last = message;
  const text = last?.parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
  check(text === stream.text, 'the AI SDK decoded the wrong text');
}

/** Decode throughput of the AI SDK UI decoder beside eventsource-parser + JSON.parse and `ai`'s `readUIMessageStream`. */
export async function runAiSdkUiDecodeBench(rounds: number): Promise<string[]> {
  const stream = createAiSdkStream();
  const [f, o, s] = await compareDecoders(stream, stream.deltas, () => ours(stream), () => sdk(stream), rounds);
  return [
    `ai-sdk-ui: ${(stream.bytes / 1e6).toFixed(1)} MB synthetic UI message stream, ${stream.deltas} chunks (reasoning, a tool call, text), 16 KiB reads; median of ${rounds} interleaved rounds`,
    `  floor   eventsource-parser feed + JSON.parse            ${ms(f)} ${mbps(stream.bytes, f)}`,
    `  ours    readEventStream + createChatTurn (ai-sdk-ui)  ${ms(o)} ${mbps(stream.bytes, o)}  ${(o / f).toFixed(2)}x the floor's time (target <= 1.30x)`,
    `  ai      ai 6 DefaultChatTransport + readUIMessageStream ${ms(s)} ${mbps(stream.bytes, s)}  ours is ${(s / o).toFixed(2)}x faster (target >= 3x)`,
  ];
}
