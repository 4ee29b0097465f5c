/**
 * react-chat-stream/server: keep API keys on the server. `createChatProxy` is a Web-standard handler;
 * `toNodeHandler` mounts it on Node's `http`, Express or Vite.
 * @packageDocumentation
 */
export { createChatProxy } from './createChatProxy.js';
export type { ChatProxyAuthorization, ChatProxyOptions } from './ChatProxyOptions.js';
export { toNodeHandler, type NodeHandlerOptions } from './toNodeHandler.js';
export type { ChatProxyErrorHandler, ChatProxyErrorInfo, ChatProxyErrorKind } from './reportProxyError.js';
