import { GoogleGenAI } from '@google/genai';
import { getMessageText, getReasoningText } from '../../src/message';
import { createGeminiDecoder } from '../../src/protocols/gemini';
import { readEventStream } from '../../src/sse/readEventStream';
import { createChatTurn } from '../../src/store/createChatTurn';
import { BENCH_MESSAGE, check, compareDecoders, mbps, ms } from './benchKit';
import { chunkFrames, responseOf, type SyntheticStream } from '../syntheticStream';

/** A synthetic Gemini stream: the bytes, how many events, and what the thoughts and text add up to. */
interface GeminiStream extends SyntheticStream {
  events: number;
  thoughts: string;
}

const WORDS = ['stream', 'token', 'answer', 'Gemini', 'render', 'frame', 'café', 'naïve', '→', 'ok'];
// Gemini ends each event with CRLF and repeats usage, model and response id on every chunk.
const frame = (payload: object) => `data: ${JSON.stringify(payload)}\r\n\r\n`;
const top = (tokens: number) => ({
  usageMetadata: { promptTokenCount: 12, candidatesTokenCount: tokens, totalTokenCount: 12 + tokens, promptTokensDetails: [{ modality: 'TEXT', tokenCount: 12 }] },
  modelVersion: 'gemini-bench',
  responseId: 'bench-response',
});
const chunk = (part: object, tokens: number, extra: object = {}) => ({ candidates: [{ content: { parts: [part], role: 'model' }, index: 0, ...extra }], ...top(tokens) });

/**
 * About 11 MB shaped like the recordings: one word per chunk, thought parts for the first fifth, then
 * text whose first part carries the signature, a signed function call, and the last chunk with
 * `finishReason`; CRLF line ends; cut into 16 KiB chunks.
 */
function createGeminiStream(targetBytes = 11 * 1024 * 1024, chunkSize = 16 * 1024): GeminiStream {
  const frames: string[] = [];
  let size = 0;
  let text = '';
  let thoughts = '';
  let deltas = 0;
  while (size < targetBytes) {
    const word = (deltas % 7 === 0 ? '\n' : ' ') + WORDS[deltas % WORDS.length]!;
    const thought = size < targetBytes / 5;
    const signature = !thought && text === '' ? { thoughtSignature: 'CiQBcsjafHZTzmdw' } : {};
    const next = frame(chunk({ text: word, ...(thought ? { thought: true } : signature) }, deltas));
    if (thought) thoughts += word;
    else text += word;
    frames.push(next);
    size += next.length;
    deltas++;
  }
  frames.push(frame(chunk({ functionCall: { name: 'f', args: { city: 'Oslo', days: 3 } }, thoughtSignature: 'EqsFCqgF' }, deltas)));
  frames.push(frame(chunk({ text: '' }, deltas, { finishReason: 'STOP' })));
  return { ...chunkFrames(frames, chunkSize), deltas, text, thoughts, events: frames.length };
}


async function ours(stream: GeminiStream) {
  const turn = createChatTurn({ message: BENCH_MESSAGE, decoder: createGeminiDecoder, now: () => 0 });
  await readEventStream(responseOf(stream).body!, { onEvent: turn.decodeEvent });
  const message = turn.finish();
  check(message.status === 'complete' && getMessageText(message) === stream.text, 'ours decoded the wrong text');
  check(getReasoningText(message) === stream.thoughts, 'ours decoded the wrong thoughts');
}

async function client(stream: GeminiStream) {
  const genai = new GoogleGenAI({ apiKey: 'bench', httpOptions: { baseUrl: 'http://bench.test', fetch: async () => responseOf(stream) } });
  let text = '';
  for await (const response of await genai.models.generateContentStream({ model: 'gemini-bench', contents: 'x' })) {
    for (const part of response.candidates?.[0]?.content?.parts ?? []) if (part.thought !== true && part.text !== undefined) text += part.text;
  }
  check(text === stream.text, 'the client decoded the wrong text');
}

/** Gemini decode throughput beside eventsource-parser + JSON.parse (the floor) and @google/genai. */
export async function runGeminiDecodeBench(rounds: number): Promise<string[]> {
  const stream = createGeminiStream();
  const [f, o, c] = await compareDecoders(stream, stream.events, () => ours(stream), () => client(stream), rounds);
  return [
    `gemini: ${(stream.bytes / 1e6).toFixed(1)} MB synthetic streamGenerateContent stream (CRLF), ${stream.deltas} thought/text chunks, ${stream.chunks.length} chunks of 16 KiB; median of ${rounds} interleaved rounds`,
    `  floor   eventsource-parser feed + JSON.parse              ${ms(f)} ${mbps(stream.bytes, f)}`,
    `  ours    readEventStream + createChatTurn (gemini)       ${ms(o)} ${mbps(stream.bytes, o)}  ${(o / f).toFixed(2)}x the floor's time (target <= 1.30x)`,
    `  client  @google/genai generateContentStream()            ${ms(c)} ${mbps(stream.bytes, c)}  ours is ${(c / o).toFixed(2)}x faster (target >= 3x)`,
  ];
}
