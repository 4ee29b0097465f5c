/**
 * react-chat-stream/core: the framework-free part of react-chat-stream (SSE reader, wire-format
 * decoders, chat store). Nothing under this entry imports React.
 * @packageDocumentation
 */
export * from './sse/index';
export * from './message/index';
export * from './protocols/index';
export * from './store/index';
