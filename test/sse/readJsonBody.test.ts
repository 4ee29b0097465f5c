import { describe, expect, it, vi } from 'vitest';
import { ChatStreamError } from '../../src/sse/ChatStreamError';
import { readJsonBody } from '../../src/sse/readJsonBody';

const bodyOf = (text: string, chunk = 4096) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.subarray(at, at + chunk));
      controller.close();
    },
  });

const read = (text: string, maxBytes = 8 * 1024 * 1024) => {
  const onValue = vi.fn();
  return { onValue, done: readJsonBody(bodyOf(text), { idleTimeoutMs: 0, maxBytes, onValue }) };
};

describe('readJsonBody', () => {
  it('hands over the parsed answer, whatever the chunking', async () => {
    const { onValue, done } = read(JSON.stringify({ choices: [{ message: { content: 'héllo' } }] }));
    await done;
    expect(onValue).toHaveBeenCalledWith({ choices: [{ message: { content: 'héllo' } }] });
  });

  it('refuses an answer nested deeper than 512 levels before parsing it, naming the limit', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { onValue, done } = read(deep);
    const error = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatStreamError);
    expect(error).toMatchObject({ code: 'protocol', message: 'The JSON answer is nested deeper than 512 levels.' });
    expect(onValue).not.toHaveBeenCalled();
    // 512 levels still pass: the limit is about what cannot be walked back, not about real answers.
    const atLimit = read(`${'['.repeat(512)}${']'.repeat(512)}`);
    await atLimit.done;
    expect(atLimit.onValue).toHaveBeenCalledOnce();
  });

  it('names JSON that does not parse and keeps the body', async () => {
    const error = await read('<html>oops</html>').done.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'protocol', body: '<html>oops</html>' });
    expect((error as Error).message).toMatch(/does not parse: "<html>oops<\/html>"/);
  });

  it('stops reading past maxBytes', async () => {
    const error = await read('"' + 'a'.repeat(10_000) + '"', 1000).done.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'protocol', message: 'The JSON answer is larger than maxEventBytes (1000 bytes).' });
  });
});
