import Anthropic from '@anthropic-ai/sdk';
import { getMessageText, getReasoningText } from '../../src/message';
import { createAnthropicDecoder } from '../../src/protocols/anthropic';
import { readEventStream } from '../../src/sse/readEventStream';
import { createChatTurn } from '../../src/store/createChatTurn';
import { BENCH_MESSAGE, check, compareDecoders, mbps, ms } from './benchKit';
import { chunkFrames, responseOf, type SyntheticStream } from '../syntheticStream';

/** A synthetic Anthropic stream: the bytes, how many events, and what the thinking and text add up to. */
interface AnthropicStream extends SyntheticStream {
  events: number;
  thinking: string;
}

const WORDS = ['stream', 'token', 'answer', 'Claude', 'render', 'frame', 'café', 'naïve', '→', 'ok'];
const frame = (event: { type: string; [key: string]: unknown }) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * About 11 MB shaped like the recordings: a thinking block (a fifth of the deltas) with its signature,
 * a text block, and a tool call whose input streams in `input_json_delta`s, cut into 16 KiB chunks.
 */
function createAnthropicStream(targetBytes = 11 * 1024 * 1024, chunkSize = 16 * 1024): AnthropicStream {
  const frames = [frame({ type: 'message_start', message: { id: 'msg_bench', type: 'message', role: 'assistant', model: 'claude-bench', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 1 } } })];
  frames.push(frame({ type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } }));
  let size = frames.join('').length;
  let text = '';
  let thinking = '';
  let deltas = 0;
  let block = 0;
  while (size < targetBytes) {
    const word = (deltas % 7 === 0 ? '\n' : ' ') + WORDS[deltas % WORDS.length]!;
    if (block === 0 && size > targetBytes / 5) {
      frames.push(frame({ type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'EqQBCkgIARAB' } }), frame({ type: 'content_block_stop', index: 0 }));
      frames.push(frame({ type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } }));
      block = 1;
    }
    const next = block === 0
      ? frame({ type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: word } })
      : frame({ type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: word } });
    if (block === 0) thinking += word;
    else text += word;
    frames.push(next);
    size += next.length;
    deltas++;
  }
  frames.push(frame({ type: 'content_block_stop', index: 1 }));
  frames.push(frame({ type: 'content_block_start', index: 2, content_block: { type: 'tool_use', id: 'toolu_bench', name: 'f', input: {} } }));
  for (const piece of ['{"city":', ' "Oslo",', ' "days": 3}']) frames.push(frame({ type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: piece } }));
  frames.push(frame({ type: 'content_block_stop', index: 2 }));
  frames.push(frame({ type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: deltas } }), frame({ type: 'message_stop' }));
  return { ...chunkFrames(frames, chunkSize), deltas, text, thinking, events: frames.length };
}


async function ours(stream: AnthropicStream) {
  const turn = createChatTurn({ message: BENCH_MESSAGE, decoder: createAnthropicDecoder, now: () => 0 });
  await readEventStream(responseOf(stream).body!, { onEvent: turn.decodeEvent });
  const message = turn.finish();
  check(message.status === 'complete' && getMessageText(message) === stream.text, 'ours decoded the wrong text');
  check(getReasoningText(message) === stream.thinking, 'ours decoded the wrong thinking');
}

async function sdk(stream: AnthropicStream) {
  const client = new Anthropic({ apiKey: 'bench', baseURL: 'http://bench.test', maxRetries: 0, fetch: async () => responseOf(stream) });
  const message = await client.messages.stream({ model: 'claude-bench', max_tokens: 1, messages: [] }).finalMessage();
  const textBlock = message.content[1];
  check(textBlock?.type === 'text' && textBlock.text === stream.text, 'the SDK decoded the wrong text');
}

/** Anthropic decode throughput beside eventsource-parser + JSON.parse (the floor) and @anthropic-ai/sdk. */
export async function runAnthropicDecodeBench(rounds: number): Promise<string[]> {
  const stream = createAnthropicStream();
  const [f, o, s] = await compareDecoders(stream, stream.events, () => ours(stream), () => sdk(stream), rounds);
  return [
    `anthropic: ${(stream.bytes / 1e6).toFixed(1)} MB synthetic Messages stream, ${stream.deltas} thinking/text deltas, ${stream.chunks.length} chunks of 16 KiB; median of ${rounds} interleaved rounds`,
    `  floor   eventsource-parser feed + JSON.parse            ${ms(f)} ${mbps(stream.bytes, f)}`,
    `  ours    readEventStream + createChatTurn (anthropic)  ${ms(o)} ${mbps(stream.bytes, o)}  ${(o / f).toFixed(2)}x the floor's time (target <= 1.30x)`,
    `  sdk     @anthropic-ai/sdk stream().finalMessage()     ${ms(s)} ${mbps(stream.bytes, s)}  ours is ${(s / o).toFixed(2)}x faster (target >= 3x)`,
  ];
}
