import { createParser } from 'eventsource-parser';
import { Stream } from 'openai/streaming';
import { readEventStream } from '../src/sse/readEventStream';
import { getMessageText, type ChatMessage } from '../src/message';
import { createChatStore } from '../src/store/createChatStore';
import { createChatTurn } from '../src/store/createChatTurn';
import { compare } from './compare';
import { createSyntheticStream, responseOf, type SyntheticStream } from './syntheticStream';

const base: ChatMessage = { id: 'bench', role: 'assistant', parts: [], status: 'streaming', metadata: { timing: { startedAt: 0 } } };

// Each contender checks its own result, so that a broken path cannot look fast.
const expect = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`bench: ${what}`);
};

async function floor(stream: SyntheticStream) {
  const reader = responseOf(stream).body!.getReader();
  const decoder = new TextDecoder();
  let chunks = 0;
  const parser = createParser({
    onEvent(event) {
      if (event.data !== '[DONE]') {
        JSON.parse(event.data);
        chunks++;
      }
    },
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  expect(chunks === stream.deltas + 3, 'floor lost chunks');
}

async function core(stream: SyntheticStream) {
  const turn = createChatTurn({ message: base, now: () => 0 });
  await readEventStream(responseOf(stream).body!, { onEvent: turn.decodeEvent });
  const message = turn.finish();
  expect(message.status === 'complete' && getMessageText(message) === stream.text, 'core decoded the wrong text');
}

async function store(stream: SyntheticStream) {
  const chat = createChatStore({ api: 'http://bench.test/v1/chat/completions', fetch: async () => responseOf(stream), retry: false });
  await chat.send('go');
  const message = chat.getState().messages.at(-1)!;
  expect(message.status === 'complete' && getMessageText(message) === stream.text, 'store decoded the wrong text');
}

async function openai(stream: SyntheticStream) {
  let chunks = 0;
  for await (const _chunk of Stream.fromSSEResponse(responseOf(stream), new AbortController())) chunks++;
  expect(chunks === stream.deltas + 3, 'openai lost chunks');
}

const mbps = (bytes: number, ms: number) => `${((bytes / 1e6) / (ms / 1000)).toFixed(1).padStart(6)} MB/s`;
const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

/** Decode throughput of the core beside eventsource-parser + JSON.parse (the floor) and the openai SDK. */
export async function runDecodeBench(rounds: number): Promise<string[]> {
  const stream = createSyntheticStream();
  const medians = await compare(
    [
      { name: 'floor', run: () => floor(stream) },
      { name: 'core', run: () => core(stream) },
      { name: 'store', run: () => store(stream) },
      { name: 'openai', run: () => openai(stream) },
    ],
    rounds,
  );
  const [f, c, s, o] = ['floor', 'core', 'store', 'openai'].map((name) => medians.get(name)!) as [number, number, number, number];
  return [
    `decode: ${(stream.bytes / 1e6).toFixed(1)} MB synthetic OpenAI chat stream, ${stream.deltas} text deltas, ${stream.chunks.length} chunks of 16 KiB; median of ${rounds} interleaved rounds`,
    `  floor   eventsource-parser feed + JSON.parse            ${ms(f)} ${mbps(stream.bytes, f)}`,
    `  core    readEventStream + createChatTurn (finish)     ${ms(c)} ${mbps(stream.bytes, c)}  ${(c / f).toFixed(2)}x the floor's time (target <= 1.30x)`,
    `  store   createChatStore().send (frame throttle)       ${ms(s)} ${mbps(stream.bytes, s)}  ${(s / f).toFixed(2)}x the floor's time`,
    `  openai  openai 6 Stream.fromSSEResponse               ${ms(o)} ${mbps(stream.bytes, o)}  core is ${(o / c).toFixed(2)}x faster (target >= 3x)`,
  ];
}
