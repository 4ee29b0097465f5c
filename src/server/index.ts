/**
 * react-chat-stream/server: keep API keys on the server. `createChatProxy` is a Web-standard handler
 * that knows each provider's auth and path (OpenAI, OpenAI Responses, OpenAI-compatible, Anthropic, Gemini);
 * `toNodeHandler` mounts it on Node's `http`, Express or Vite.
 * @packageDocumentation
 */
export { createChatProxy } from './createChatProxy.js';
export type { ChatProxyAuthorization, ChatProxyOptions } from './ChatProxyOptions.js';
export type { ChatProxyProvider } from './chatProxyProviders.js';
export { toNodeHandler, type NodeHandlerOptions } from './toNodeHandler.js';
export type { ChatProxyErrorHandler, ChatProxyErrorInfo, ChatProxyErrorKind } from './reportProxyError.js';
