import OpenAI from 'openai';
import { getMessageText, getReasoningText, getToolCalls } from '../../src/message';
import { createOpenAIResponsesDecoder } from '../../src/protocols/openai-responses';
import { readEventStream } from '../../src/sse/readEventStream';
import { createChatTurn } from '../../src/store/createChatTurn';
import { BENCH_MESSAGE, check, compareDecoders, mbps, ms } from './benchKit';
import { chunkFrames, responseOf, type SyntheticStream } from '../syntheticStream';

/** A synthetic Responses stream: the bytes, how many events, and what the summary and text add up to. */
interface ResponsesStream extends SyntheticStream {
  events: number;
  summary: string;
}

const WORDS = ['stream', 'token', 'answer', 'GPT', 'render', 'frame', 'café', 'naïve', '→', 'ok'];

/**
 * About 11 MB shaped like the recordings (gpt-5 through api.openai.com): a reasoning item whose summary
 * takes a fifth of the deltas and ends with its encrypted content, a message item of `output_text`
 * deltas carrying `item_id`, `logprobs`, `obfuscation` and `sequence_number` as real ones do, and a
 * function call in argument deltas, cut into 16 KiB chunks.
 */
function createResponsesStream(targetBytes = 11 * 1024 * 1024, chunkSize = 16 * 1024): ResponsesStream {
  let sequence = 0;
  const frame = (event: Record<string, unknown> & { type: string }) =>
    `event: ${event.type}\ndata: ${JSON.stringify({ ...event, sequence_number: sequence++ })}\n\n`;
  const response = (status: string, output: unknown[] = [], usage: unknown = null) => ({
    id: 'resp_bench',
    object: 'response',
    created_at: 1770000000,
    status,
    model: 'gpt-5-2025-08-07',
    output,
    usage,
  });
  const frames = [frame({ type: 'response.created', response: response('in_progress') }), frame({ type: 'response.in_progress', response: response('in_progress') })];
  frames.push(frame({ type: 'response.output_item.added', output_index: 0, item: { id: 'rs_bench', type: 'reasoning', summary: [] } }));
  frames.push(frame({ type: 'response.reasoning_summary_part.added', item_id: 'rs_bench', output_index: 0, summary_index: 0, part: { type: 'summary_text', text: '' } }));
  let size = frames.join('').length;
  let text = '';
  let summary = '';
  let deltas = 0;
  let item = 0;
  while (size < targetBytes) {
    const word = (deltas % 7 === 0 ? '\n' : ' ') + WORDS[deltas % WORDS.length]!;
    if (item === 0 && size > targetBytes / 5) {
      frames.push(frame({ type: 'response.output_item.done', output_index: 0, item: { id: 'rs_bench', type: 'reasoning', summary: [{ type: 'summary_text', text: summary }], encrypted_content: 'gAAAAABbench' } }));
      frames.push(frame({ type: 'response.output_item.added', output_index: 1, item: { id: 'msg_bench', type: 'message', status: 'in_progress', role: 'assistant', content: [] } }));
      frames.push(frame({ type: 'response.content_part.added', item_id: 'msg_bench', output_index: 1, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } }));
      item = 1;
    }
    const next =
      item === 0
        ? frame({ type: 'response.reasoning_summary_text.delta', item_id: 'rs_bench', output_index: 0, summary_index: 0, delta: word, obfuscation: 'x1y2z3' })
        : frame({ type: 'response.output_text.delta', item_id: 'msg_bench', output_index: 1, content_index: 0, delta: word, logprobs: [], obfuscation: 'x1y2z3' });
    if (item === 0) summary += word;
    else text += word;
    frames.push(next);
    size += next.length;
    deltas++;
  }
  const message = { id: 'msg_bench', type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] };
  frames.push(frame({ type: 'response.output_item.done', output_index: 1, item: message }));
  const call = { id: 'fc_bench', type: 'function_call', status: 'in_progress', call_id: 'call_bench', name: 'f', arguments: '' };
  frames.push(frame({ type: 'response.output_item.added', output_index: 2, item: call }));
  for (const piece of ['{"city":', ' "Oslo",', ' "days": 3}']) frames.push(frame({ type: 'response.function_call_arguments.delta', item_id: 'fc_bench', output_index: 2, delta: piece }));
  frames.push(frame({ type: 'response.output_item.done', output_index: 2, item: { ...call, status: 'completed', arguments: '{"city": "Oslo", "days": 3}' } }));
  const usage = { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: deltas, output_tokens_details: { reasoning_tokens: 9 }, total_tokens: deltas + 12 };
  frames.push(frame({ type: 'response.completed', response: response('completed', [message], usage) }));
  return { ...chunkFrames(frames, chunkSize), deltas, text, summary, events: frames.length };
}


async function ours(stream: ResponsesStream) {
  const turn = createChatTurn({ message: BENCH_MESSAGE, decoder: createOpenAIResponsesDecoder, now: () => 0 });
  await readEventStream(responseOf(stream).body!, { onEvent: turn.decodeEvent });
  const message = turn.finish();
  check(message.status === 'complete' && getMessageText(message) === stream.text, 'ours decoded the wrong text');
  check(getReasoningText(message) === stream.summary, 'ours decoded the wrong reasoning');
  check(getToolCalls(message)[0]?.state === 'ready', 'ours lost the call');
}

async function sdk(stream: ResponsesStream) {
  const client = new OpenAI({ apiKey: 'bench', baseURL: 'http://bench.test/v1', maxRetries: 0, fetch: async () => responseOf(stream) });
  const response = await client.responses.stream({ model: 'gpt-5', input: [] }).finalResponse();
  check(response.output_text === stream.text, 'the SDK decoded the wrong text');
}

/** OpenAI Responses decode throughput beside eventsource-parser + JSON.parse (the floor) and openai 6. */
export async function runOpenAIResponsesDecodeBench(rounds: number): Promise<string[]> {
  const stream = createResponsesStream();
  const [f, o, s] = await compareDecoders(stream, stream.events, () => ours(stream), () => sdk(stream), rounds);
  return [
    `openai-responses: ${(stream.bytes / 1e6).toFixed(1)} MB synthetic Responses stream, ${stream.deltas} summary/text deltas, ${stream.chunks.length} chunks of 16 KiB; median of ${rounds} interleaved rounds`,
    `  floor   eventsource-parser feed + JSON.parse            ${ms(f)} ${mbps(stream.bytes, f)}`,
    `  ours    readEventStream + createChatTurn (responses)  ${ms(o)} ${mbps(stream.bytes, o)}  ${(o / f).toFixed(2)}x the floor's time (target <= 1.30x)`,
    `  sdk     openai 6 responses.stream().finalResponse()   ${ms(s)} ${mbps(stream.bytes, s)}  ours is ${(s / o).toFixed(2)}x faster (target >= 3x)`,
  ];
}
