/**
 * react-chat-stream/testing: scenario-driven mock streams for stories and tests, in six wire formats
 * (OpenAI Chat Completions by default, OpenAI Responses, Anthropic Messages, Gemini, the AI SDK UI
 * message stream, AG-UI): one scenario, the right bytes in each. Browser-safe and framework-free: it
 * needs only `fetch`-standard classes and timers. The real HTTP server is in `react-chat-stream/testing/node`.
 * @packageDocumentation
 */
export type { MockScenario, MockStep, MockToolCall, MockUsage } from './MockScenario';
export type { MockToolResult } from './readMockToolResults';
export type {
  MockFault,
  MockFaultType,
  MockHttpFault,
  MockErrorFrameFault,
  MockDropFault,
  MockStallFault,
  MockNoDoneFault,
  MockMalformedFrameFault,
} from './MockFault';
export type { MockWireFormat, MockFormatOption } from './formats/MockWireFormat';
export { MOCK_WIRE_FORMATS } from './formats/MockWireFormat';
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
