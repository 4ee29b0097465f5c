import type { MockChatRequest } from './MockChatRequest';
import type { MockScenario } from './MockScenario';
import { createMockTimeline } from './createMockTimeline';
import type { MockWireFormat } from './formats/MockWireFormat';
import { selectMockStep } from './selectMockStep';

/**
 * The wire frames of a mock response in `format` (Chat Completions by default), each a complete
 * server-sent event, without any timing: what a test inspects to check bytes. Joined, they are the exact
 * body the mock fetch and the mock server send (before `chunkSize` re-cuts it). See `MockWireFormat` for
 * what each format's answer looks like.
 *
 * In Chat Completions a complete answer is: `{"role":"assistant","content":""}` first, one
 * `chat.completion.chunk` per content token, a frame with `finish_reason`, the usage frame
 * (`choices: []`) and `data: [DONE]`. A `'drop'`, `'stall'` or `'no-done'` fault gives the frames sent
 * before it; `'error-frame'` ends with the format's error, `'malformed-frame'` with a cut frame. An
 * `'http'` fault gives `[]`: its body is not a stream.
 *
 * `request` supplies the default `model` and the prompt token estimate of the usage frame, and, for a
 * scenario with `steps`, the tool results that choose the step.
 *
 * @example
 * ```ts
 * const frames = createMockStreamFrames({ text: 'Hello world', tokensPerSecond: Infinity });
 * // frames[1] === 'data: {"id":"chatcmpl-mock…",…,"choices":[{"index":0,"delta":{"content":"Hello"},"finish_reason":null}]}\n\n'
 * ```
 */
export function createMockStreamFrames(scenario: MockScenario, request?: MockChatRequest, format: MockWireFormat = 'openai-chat'): string[] {
  const played = selectMockStep(scenario, request, format).scenario;
  if (played.fault?.type === 'http') return [];
  return createMockTimeline(played, request, format).frames.map((frame) => frame.data);
}
