import type { ServerResponse } from 'node:http';

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Optional fields of an SSE frame. */
export interface SseFrameFields {
  event?: string;
  id?: string;
}

/**
 * One SSE frame ending with its blank line. Objects are sent as JSON; a string with line breaks becomes
 * several `data:` lines, which the client joins back with `\n`.
 */
export function sseFrame(data: unknown, fields: SseFrameFields = {}): string {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  let frame = '';
  if (fields.event !== undefined) frame += `event: ${fields.event}\n`;
  if (fields.id !== undefined) frame += `id: ${fields.id}\n`;
  for (const line of text.split(/\r\n|\r|\n/)) frame += `data: ${line}\n`;
  return `${frame}\n`;
}

/**
 * Sends the status line and headers of an event stream at once (200, `text/event-stream`, no caching),
 * so the client's fetch resolves before any frame is written. Does nothing if headers were sent.
 */
export function openSse(res: ServerResponse, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...headers });
  res.flushHeaders();
}

/** Options of {@link writeSse}. */
export interface WriteSseOptions {
  /** Pause before each frame, in milliseconds, so frames arrive as separate chunks. Default 0. */
  delayMs?: number;
  /** End the response after the last frame. Default true. */
  end?: boolean;
}

/**
 * Opens the event stream if needed (see {@link openSse}) and writes `frames` in order, raw: strings and
 * byte buffers are sent as given, so tests control line endings and chunk boundaries exactly.
 */
export async function writeSse(
  res: ServerResponse,
  frames: ReadonlyArray<string | Uint8Array>,
  { delayMs = 0, end = true }: WriteSseOptions = {},
): Promise<void> {
  openSse(res);
  for (const frame of frames) {
    if (delayMs > 0) await sleep(delayMs);
    if (res.destroyed) return;
    res.write(frame);
  }
  if (end) res.end();
}

/** Answers with `status`, a JSON `body` and extra `headers`, like a provider's error response. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
