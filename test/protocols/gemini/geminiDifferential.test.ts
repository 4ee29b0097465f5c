import { GoogleGenAI, type GenerateContentResponse, type Part } from '@google/genai';
import { describe, it, expect } from 'vitest';
import type { ChatMessage, ChatPart } from '../../../src/message';
import { readFixtureBytes } from '../../core/decodeBytes';
import { decodeGemini, GEMINI_FIXTURES } from './geminiFixture';

// Differential test against the official client (@google/genai 2.32, the newest for Node 20), offline:
// its fetch returns the fixture. Wherever the client reads a stream whole, our message must hold the same
// text, thoughts, calls, signatures, usage and finish reason as the chunks it yields.

async function runClient(bytes: Uint8Array<ArrayBuffer>): Promise<GenerateContentResponse[]> {
  const client = new GoogleGenAI({
    apiKey: 'test',
    httpOptions: { baseUrl: 'http://fixture.test', fetch: async () => new Response(bytes, { headers: { 'content-type': 'text/event-stream' } }) },
  });
  const chunks: GenerateContentResponse[] = [];
  for await (const chunk of await client.models.generateContentStream({ model: 'gemini-x', contents: 'x' })) chunks.push(chunk);
  return chunks;
}

const CLIENT = new Map<string, GenerateContentResponse[]>();
for (const name of GEMINI_FIXTURES) CLIENT.set(name, await runClient(readFixtureBytes(name)));

/** Vertex AI's streamed calls: the client yields each piece as a function call of its own and joins none. */
const CLIENT_SPLITS_CALLS = ['gemini/vertex-streamed-function-call-args.sse', 'gemini/vertex-thought-then-no-args-function-calls.sse'];

/** What the client's chunks say, read the way its own docs read them (`candidates[0].content.parts`). */
function fromClient(chunks: readonly GenerateContentResponse[]) {
  const parts: Part[] = chunks.flatMap((chunk) => chunk.candidates?.[0]?.content?.parts ?? []);
  const withCounts = chunks.filter((chunk) => chunk.usageMetadata?.totalTokenCount !== undefined);
  return {
    text: parts.filter((part) => part.thought !== true && part.text !== undefined).map((part) => part.text).join(''),
    thoughts: parts.filter((part) => part.thought === true).map((part) => part.text).join(''),
    calls: parts.flatMap((part) => (part.functionCall ? [{ name: part.functionCall.name, args: part.functionCall.args ?? {} }] : [])),
    signatures: parts.flatMap((part) => (part.thoughtSignature ? [part.thoughtSignature] : [])),
    usage: withCounts.at(-1)?.usageMetadata,
    finishReason: chunks.map((chunk) => chunk.candidates?.[0]?.finishReason).filter(Boolean).at(-1),
    blockReason: chunks.map((chunk) => chunk.promptFeedback?.blockReason).filter(Boolean).at(-1),
  };
}

const signatureOf = (part: ChatPart): string | undefined =>
  part.type === 'reasoning' ? part.signature : 'providerData' in part ? (part.providerData?.thoughtSignature as string | undefined) : undefined;

function fromOurs(message: ChatMessage) {
  return {
    text: message.parts.map((part) => (part.type === 'text' ? part.text : '')).join(''),
    thoughts: message.parts.map((part) => (part.type === 'reasoning' ? part.text : '')).join(''),
    calls: message.parts.flatMap((part) => (part.type === 'tool-call' ? [{ name: part.toolName, args: part.args }] : [])),
    signatures: message.parts.flatMap((part) => signatureOf(part) ?? []),
    usage: message.metadata?.usage?.raw,
    finishReason: message.metadata?.finishReason === 'PROMPT_BLOCKED' ? undefined : message.metadata?.finishReason,
    blockReason: (message.metadata?.custom?.promptFeedback as { blockReason?: string } | undefined)?.blockReason,
  };
}

describe('Gemini differential against @google/genai generateContentStream()', () => {
  it('the client reads every fixture without throwing, one or more chunks each', () => {
    for (const name of GEMINI_FIXTURES) expect(CLIENT.get(name)!.length, name).toBeGreaterThan(0);
  });

  it.each(GEMINI_FIXTURES.filter((name) => !CLIENT_SPLITS_CALLS.includes(name)))('%s: same text, thoughts, calls, signatures, usage and ending', (name) => {
    const ours = fromOurs(decodeGemini(name));
    const theirs = fromClient(CLIENT.get(name)!);
    expect(ours).toEqual(JSON.parse(JSON.stringify(theirs)) as unknown);
  });

  it.each(CLIENT_SPLITS_CALLS)('%s: same text, thoughts, signatures, usage and ending; the client leaves the calls in pieces, ours are whole', (name) => {
    const ours = fromOurs(decodeGemini(name));
    const theirs = fromClient(CLIENT.get(name)!);
    const { calls: ourCalls, ...ourRest } = ours;
    const { calls: theirCalls, ...theirRest } = theirs;
    expect(ourRest).toEqual(JSON.parse(JSON.stringify(theirRest)) as unknown);
    // The client's failure: more "calls" than there are, most without a name, the named ones without their arguments.
    expect(theirCalls.length).toBeGreaterThan(ourCalls.length);
    expect(theirCalls.filter((call) => call.name === undefined).length).toBeGreaterThan(0);
    const named = theirCalls.filter((call) => call.name !== undefined);
    expect(named.map((call) => call.name)).toEqual(ourCalls.map((call) => call.name));
    expect(ourCalls.filter((call) => Object.keys(call.args as object).length > 0).length).toBeGreaterThan(0);
    for (const call of named) expect(call.args).toEqual({});
  });

  it('vertex-streamed-function-call-args: the client yields 8 call pieces, 6 nameless; ours are the two calls', () => {
    const theirs = fromClient(CLIENT.get('gemini/vertex-streamed-function-call-args.sse')!);
    expect(theirs.calls).toHaveLength(8);
    expect(theirs.calls.filter((call) => call.name === undefined)).toHaveLength(6);
    expect(fromOurs(decodeGemini('gemini/vertex-streamed-function-call-args.sse')).calls).toEqual([
      { name: 'getWeather', args: { location: 'Boston' } },
      { name: 'getWeather', args: { location: 'San Francisco' } },
    ]);
  });

  it('google-search-grounding-metadata: the client\'s grounding chunks are our source pages', () => {
    const name = 'gemini/google-search-grounding-metadata.crlf.sse';
    const grounding = CLIENT.get(name)!.at(-1)!.candidates![0]!.groundingMetadata!;
    const ours = decodeGemini(name).parts.flatMap((part) => (part.type === 'source' ? [{ url: part.url, title: part.title }] : []));
    const pages = grounding.groundingChunks!.map((chunk) => ({ url: chunk.web!.uri, title: chunk.web!.title }));
    expect(new Set(ours.map((page) => JSON.stringify(page)))).toEqual(new Set(pages.map((page) => JSON.stringify(page))));
    expect(ours).toHaveLength(grounding.groundingSupports!.reduce((sum, support) => sum + support.groundingChunkIndices!.length, 0));
  });
});
