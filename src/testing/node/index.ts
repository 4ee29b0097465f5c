/**
 * react-chat-stream/testing/node: everything in `react-chat-stream/testing`, plus a real HTTP server
 * that serves the same mock streams. Node only (it imports `node:http`).
 * @packageDocumentation
 */
export * from '../index';
export { startMockChatServer } from './startMockChatServer';
export type { MockChatServer, MockChatServerOptions, MockServerRequest, MockServerOutcome } from './startMockChatServer';
