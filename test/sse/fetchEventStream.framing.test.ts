import { describe, expect, it } from 'vitest';
import { fetchEventStream } from '../../src/sse/fetchEventStream';
import type { SseEvent } from '../../src/sse/readEventStream';
import { createDeferred } from '../helpers/deferred';
import { openSse, sseFrame, writeSse } from '../helpers/sse';
import { serveForEachTest } from '../helpers/startTestServer';

const serve = serveForEachTest();

/** Streams from `url` with the real global fetch and returns every event. */
async function collect(url: string, onData?: (data: string) => void): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  await fetchEventStream(url, { method: 'POST', body: '{}' }, {
    onEvent: (event) => {
      events.push(event);
      onData?.(event.data);
    },
  });
  return events;
}

const data = (events: SseEvent[]): string[] => events.map((event) => event.data);

describe('fetchEventStream over a real server', () => {
  it('delivers events while the server is still writing', async () => {
    // The server writes the second frame only after the client has seen the first: a client that
    // buffered the body would wait forever and the test would time out.
    const seenFirst = createDeferred();
    const { url } = await serve(async (_req, res) => {
      await writeSse(res, [sseFrame('one')], { end: false });
      await seenFirst.promise;
      await writeSse(res, [sseFrame('two')]);
    });
    const events = await collect(url, (text) => text === 'one' && seenFirst.resolve());
    expect(data(events)).toEqual(['one', 'two']);
  });

  it('accepts LF, CR and CRLF line endings, including a CR split from its blank line', async () => {
    const seen = createDeferred();
    const { url } = await serve(async (_req, res) => {
      openSse(res);
      res.write('data: lf\n\n');
      res.write('data: cr\r\r');
      res.write('data: crlf\r\n\r\n');
      res.write('data: split\r');
      await seen.promise;
      res.end('\r');
    });
    const events = await collect(url, (text) => text === 'crlf' && seen.resolve());
    expect(data(events)).toEqual(['lf', 'cr', 'crlf', 'split']);
  });

  it('skips comments and joins multi-line data, keeping event and id', async () => {
    const { url } = await serve((_req, res) =>
      writeSse(res, [': keep-alive\n\n', sseFrame('line one\nline two', { event: 'delta', id: '42' }), ':\n', sseFrame('[DONE]')], {
        delayMs: 5,
      }),
    );
    expect(await collect(url)).toEqual([
      { event: 'delta', id: '42', data: 'line one\nline two' },
      { event: undefined, id: undefined, data: '[DONE]' },
    ]);
  });

  it('decodes UTF-8 characters split across two reads', async () => {
    // Each write ends inside a multi-byte character, and the server waits until the client has seen
    // the event before the cut, so the character is certainly split across reads.
    const bytes = Buffer.from('data: a\n\ndata: é\n\ndata: b\n\ndata: 😀!\n\n', 'utf8');
    const midE = bytes.indexOf(Buffer.from('é')) + 1;
    const midEmoji = bytes.indexOf(Buffer.from('😀')) + 2;
    const seenA = createDeferred();
    const seenB = createDeferred();
    const { url } = await serve(async (_req, res) => {
      openSse(res);
      res.write(bytes.subarray(0, midE));
      await seenA.promise;
      res.write(bytes.subarray(midE, midEmoji));
      await seenB.promise;
      res.end(bytes.subarray(midEmoji));
    });
    const events = await collect(url, (text) => (text === 'a' ? seenA.resolve() : text === 'b' && seenB.resolve()));
    expect(data(events)).toEqual(['a', 'é', 'b', '😀!']);
  });

  it('strips a UTF-8 BOM at the start of the stream', async () => {
    const { url } = await serve((_req, res) => writeSse(res, [Buffer.from([0xef, 0xbb, 0xbf]), 'data: first\n\n']));
    expect(data(await collect(url))).toEqual(['first']);
  });

  it('accepts a response without a content type, and one with a charset parameter', async () => {
    const bare = await serve((_req, res) => {
      res.writeHead(200);
      res.end('data: bare\n\n');
    });
    expect(data(await collect(bare.url))).toEqual(['bare']);
    await bare.close();
    const withCharset = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'Text/Event-Stream; charset=utf-8' });
      res.end('data: charset\n\n');
    });
    expect(data(await collect(withCharset.url))).toEqual(['charset']);
  });
});
