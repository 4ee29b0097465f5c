import { describe, it, expect } from 'vitest';
import { anthropicProtocol } from '../../../src/protocols/anthropic';
import { detectProtocol } from '../../../src/protocols/detectProtocol';
import { openAIChatProtocol } from '../../../src/protocols/openai-chat';
import { decodeBytes, readFixtureBytes } from '../../core/decodeBytes';
import { ANTHROPIC_FIXTURES } from './anthropicFixture';

// OpenAI first, so that a response read as Anthropic can only have been recognized, not defaulted to.
const detecting = detectProtocol([openAIChatProtocol, anthropicProtocol]);

describe('anthropicProtocol under detectProtocol', () => {
  it.each(ANTHROPIC_FIXTURES)('%s: recognized by its first event and decoded as with anthropicProtocol', (name) => {
    const bytes = readFixtureBytes(name);
    const detected = decodeBytes([bytes], { protocol: detecting });
    expect(detected).toStrictEqual(decodeBytes([bytes], { protocol: anthropicProtocol }));
    expect(detected.status === 'complete' || detected.metadata?.error?.code === 'server').toBe(true);
  });

  it('a Chat Completions stream still goes to the OpenAI decoder', () => {
    const message = decodeBytes([readFixtureBytes('openai-chat/plain-text-usage.sse')], { protocol: detecting });
    expect(message.status).toBe('complete');
    expect(message.metadata?.finishReason).toBe('stop');
  });
});
