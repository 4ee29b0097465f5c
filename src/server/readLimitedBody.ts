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
