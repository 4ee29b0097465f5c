/**
 * react-chat-stream/testing: a scenario-driven mock of an OpenAI-compatible streaming endpoint
 * (`/v1/chat/completions`, Chat Completions server-sent events) for stories and tests. Browser-safe and
 * framework-free: it needs only `fetch`-standard classes and timers. The real HTTP server is in
 * `react-chat-stream/testing/node`.
 * @packageDocumentation
 */
export type { MockScenario, MockToolCall, MockUsage } from './MockScenario';
export type {
  MockFault,
  MockFaultType,
  MockHttpFault,
  MockErrorFrameFault,
  MockDropFault,
  MockStallFault,
  MockNoDoneFault,
} from './MockFault';
export type { MockChatRequest, MockChatMessage, MockScenarioResolver, MockScenarioSource } from './MockChatRequest';
export { createMockChatRequest } from './MockChatRequest';
export { createMockStreamFrames } from './createMockStreamFrames';
export { createMockStreamPlan } from './createMockStreamPlan';
export type { MockStreamPlan, MockNetworkChunk } from './createMockStreamPlan';
export type { MockStreamEnd } from './createMockTimeline';
export { createMockChatFetch } from './createMockChatFetch';
export type { MockChatFetch, MockChatCall, MockChatOptions } from './createMockChatFetch';
export { createMockErrorBody } from './createMockErrorBody';
export { tokenizeMockText } from './tokenizeMockText';
export { createSeededRandom } from './createSeededRandom';
export type { SeededRandom } from './createSeededRandom';
