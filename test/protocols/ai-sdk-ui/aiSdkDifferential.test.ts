import { describe, expect, it } from 'vitest';
import { sseFrame } from '../../helpers/sse';
import { AI_SDK_FIXTURES, decodeAiSdk, decodeAiSdkFixture, fixtureBytes } from './aiSdkFixtures';
import { comparableOurs, comparableSdk, readWithAiSdk } from './readWithAiSdk';

const encoder = new TextEncoder();
const body = (...chunks: unknown[]): Uint8Array => encoder.encode(chunks.map((chunk) => sseFrame(chunk)).join('') + sseFrame('[DONE]'));

describe('AI SDK UI: differential against ai 6.x readUIMessageStream (offline, injected fetch)', () => {
  it.each(AI_SDK_FIXTURES)('%s: same text, reasoning, tool calls, sources, files and data', async (name) => {
    const sdk = await readWithAiSdk(fixtureBytes(name));
    const ours = decodeAiSdkFixture(name);
    expect(comparableOurs(ours)).toStrictEqual(comparableSdk(sdk.message));
    // Where the SDK reports an error, ours is the same error, on the message, with what streamed before it kept.
    expect(sdk.errors.map((error) => error.message)).toEqual(ours.metadata?.error ? [ours.metadata.error.message] : []);
    expect(ours.status).toBe(sdk.errors.length > 0 ? 'error' : 'complete');
  });

  it('both read something from every fixture but the error-only and transient ones', async () => {
    const empty: string[] = [];
    for (const name of AI_SDK_FIXTURES) {
      const { message } = await readWithAiSdk(fixtureBytes(name));
      if ((message?.parts ?? []).every((part) => part.type === 'step-start')) empty.push(name);
    }
    expect(empty).toEqual(['data-part-transient.test-authored.sse', 'error-masked-finish-error.sse']);
  });

  it('the server id of the message is the SDK message id and our response id', async () => {
    const name = 'two-steps-tool-then-text.test-authored.sse';
    const sdk = await readWithAiSdk(fixtureBytes(name));
    expect(sdk.message?.id).toBe('msg-123');
    expect(decodeAiSdkFixture(name).metadata?.responseId).toBe('msg-123');
  });

  it('a streamed tool input that does not parse, then sent parsed: both take the parsed input; ours also keeps the text', async () => {
    const name = 'tool-input-streaming-then-output.test-authored.sse';
    const sdk = await readWithAiSdk(fixtureBytes(name));
    expect(sdk.message?.parts[1]).toMatchObject({ state: 'output-available', input: { testArg: 'test-value' } });
    const call = decodeAiSdkFixture(name).parts[0];
    expect(call).toMatchObject({ state: 'ready', argumentsText: '{"testArg":"test-value"}}', args: { testArg: 'test-value' }, result: 'test-result' });
  });

  it('overlapping reasoning ids: the SDK puts the closing signature of id 4 on part 4; ours cannot (part 5 is open then) and keeps its opening one', async () => {
    const name = 'reasoning-then-text.sse';
    const sdk = await readWithAiSdk(fixtureBytes(name));
    const sdkFourth = sdk.message?.parts.filter((part) => part.type === 'reasoning')[3];
    expect(sdkFourth).toMatchObject({ id: '4', providerMetadata: { testProvider: { signature: '0987654321' } } });
    const oursFourth = decodeAiSdkFixture(name).parts[3];
    expect(oursFourth).toMatchObject({ type: 'reasoning', text: ' I need to think about this problem carefully.', providerData: { providerMetadata: { testProvider: { signature: '1234567890' } } } });
  });
});

describe('AI SDK UI: streams the SDK rejects and ours reads', () => {
  it('a chunk type the SDK does not know: the SDK stops with a schema error and loses the rest; ours ignores the chunk', async () => {
    const bytes = body(
      { type: 'start' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'Before, ' },
      { type: 'reasoning-file', id: 'future', url: 'https://example.com/trace' },
      { type: 'text-delta', id: 't', delta: 'and after.' },
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: 'stop' },
    );
    const sdk = await readWithAiSdk(bytes);
    expect(sdk.errors).toHaveLength(1);
    expect(sdk.errors[0]?.message).toMatch(/Type validation failed/);
    expect(comparableSdk(sdk.message).text).toBe('Before, ');
    const ours = decodeAiSdk([bytes]);
    expect(ours.parts).toEqual([{ type: 'text', text: 'Before, and after.' }]);
    expect(ours.status).toBe('complete');
  });

  it('deltas without their start chunk: the SDK throws; ours keeps the text', async () => {
    const bytes = body({ type: 'text-delta', id: 'x', delta: 'orphan text' }, { type: 'finish' });
    const sdk = await readWithAiSdk(bytes);
    expect(sdk.errors[0]?.message).toMatch(/text-delta for missing text part/);
    expect(decodeAiSdk([bytes]).parts).toEqual([{ type: 'text', text: 'orphan text' }]);
  });

  it('tool input deltas without tool-input-start: the SDK throws; ours keeps the call, nameless and so not runnable', async () => {
    const bytes = body({ type: 'tool-input-delta', toolCallId: 'c1', inputTextDelta: '{"a":1}' }, { type: 'finish' });
    const sdk = await readWithAiSdk(bytes);
    expect(sdk.errors[0]?.message).toMatch(/tool-input-delta for missing tool call/);
    expect(decodeAiSdk([bytes]).parts).toEqual([
      expect.objectContaining({ type: 'tool-call', toolCallId: 'c1', toolName: '', argumentsText: '{"a":1}', args: { a: 1 }, state: 'invalid' }),
    ]);
  });
});
