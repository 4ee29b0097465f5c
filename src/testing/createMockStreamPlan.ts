import type { MockChatRequest } from './MockChatRequest';
import type { MockScenario } from './MockScenario';
import type { MockHttpFault } from './MockFault';
import { createMockFormatErrorBody } from './createMockErrorBody';
import { createMockTimeline, type MockStreamEnd, type MockTimedFrame } from './createMockTimeline';
import type { MockWireFormat } from './formats/MockWireFormat';
import { selectMockStep } from './selectMockStep';

/** Bytes sent in one write, after waiting `delayMs` since the previous write. */
export interface MockNetworkChunk {
  bytes: Uint8Array;
  delayMs: number;
}

/** Everything a transport needs to play one mock response: status, headers, timed chunks and ending. */
export interface MockStreamPlan {
  status: number;
  headers: Record<string, string>;
  chunks: MockNetworkChunk[];
  /** What happens after the last chunk: `'close'` ends the body, `'drop'` kills the connection, `'stall'` holds it. */
  end: MockStreamEnd;
  /** Wait after the last chunk before `end`. */
  endDelayMs: number;
}

const encoder = new TextEncoder();

function httpErrorPlan(fault: MockHttpFault, format: MockWireFormat): MockStreamPlan {
  const body = fault.body === undefined
    ? createMockFormatErrorBody(format, fault.status, fault.message)
    : typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
  const type = typeof fault.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  const bytes = encoder.encode(body);
  return {
    status: fault.status,
    headers: { 'content-type': type, ...fault.headers },
    chunks: bytes.length === 0 ? [] : [{ bytes, delayMs: 0 }],
    end: 'close',
    endDelayMs: 0,
  };
}

/**
 * Re-cuts the frames into chunks of `size` bytes, ignoring frame and character boundaries as a network
 * does. A chunk leaves when its last byte is available, i.e. at the time of the frame holding that byte;
 * the last, shorter chunk leaves with the last frame.
 */
function recut(frames: readonly MockTimedFrame[], size: number): MockNetworkChunk[] {
  const encoded = frames.map((frame) => encoder.encode(frame.data));
  const total = encoded.reduce((sum, bytes) => sum + bytes.length, 0);
  const all = new Uint8Array(total);
  const ends: number[] = [];
  const times: number[] = [];
  let offset = 0;
  let time = 0;
  encoded.forEach((bytes, i) => {
    all.set(bytes, offset);
    offset += bytes.length;
    time += frames[i]?.delayMs ?? 0;
    ends.push(offset);
    times.push(time);
  });
  const chunks: MockNetworkChunk[] = [];
  let frame = 0;
  let sentAt = 0;
  for (let start = 0; start < total; start += size) {
    const end = Math.min(start + size, total);
    while ((ends[frame] ?? total) < end) frame++;
    const at = times[frame] ?? time;
    chunks.push({ bytes: all.slice(start, end), delayMs: at - sentAt });
    sentAt = at;
  }
  return chunks;
}

/**
 * Plans a mock response in `format` (Chat Completions by default), of the scenario's step that answers
 * `request` when it has `steps`: an `'http'` fault gives its status,
 * headers and the format's error body; anything else a 200 `text/event-stream` with the format's headers,
 * whose body is {@link createMockStreamFrames}'s frames as timed network chunks (one per frame, or re-cut
 * by `chunkSize`). Pure and deterministic for a given seed, so that tests can compare plans; the mock
 * fetch and the mock server only play them.
 */
export function createMockStreamPlan(scenario: MockScenario, request?: MockChatRequest, format: MockWireFormat = 'openai-chat'): MockStreamPlan {
  const played = selectMockStep(scenario, request, format).scenario;
  if (played.fault?.type === 'http') return httpErrorPlan(played.fault, format);
  const { frames, end, endDelayMs, headers } = createMockTimeline(played, request, format);
  const size = played.chunkSize;
  const chunks = size !== undefined && size >= 1 && Number.isFinite(size)
    ? recut(frames, Math.floor(size))
    : frames.map((frame) => ({ bytes: encoder.encode(frame.data), delayMs: frame.delayMs }));
  return { status: 200, headers: { ...headers }, chunks, end, endDelayMs };
}
