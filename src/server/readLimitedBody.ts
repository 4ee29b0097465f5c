import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../sse/exceedsJsonDepth.js';

/** The default of `maxBodyBytes`: 1 MiB holds a long conversation of text (about 250,000 tokens). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const discard = (body: ReadableStream<Uint8Array> | null) => void body?.cancel().catch(() => {});

/**
 * Reads the request body, or returns `undefined` as soon as it is known to exceed `maxBytes`: at once
 * when `Content-Length` declares more, else while counting the streamed bytes, so an oversized body
 * costs at most `maxBytes` of memory whatever it claims. The rest of the body is cancelled, not read.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    discard(request.body);
    return undefined;
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A body as `readJsonObject` found it: the object, or why it is refused (413 or 400). */
export type JsonBodyResult = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413; message: string };

/** Reads the body within `maxBytes` (see {@link readLimitedBody}) and parses it as a JSON object. */
export async function readJsonObject(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const bytes = await readLimitedBody(request, maxBytes);
  if (!bytes) return { ok: false, status: 413, message: `The request body is larger than ${maxBytes} bytes.` };
  const text = new TextDecoder().decode(bytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: 'The request body must be JSON.' };
  }
  // Deeper JSON parses (V8's parser is iterative) but would overflow JSON.stringify on the way upstream.
  if (exceedsJsonDepth(text)) return { ok: false, status: 400, message: `The request body is nested deeper than ${MAX_JSON_DEPTH} levels.` };
  return isObject(body) ? { ok: true, body } : { ok: false, status: 400, message: 'The request body must be a JSON object.' };
}
