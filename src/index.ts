/**
 * react-chat-stream: stream LLM answers into React from any OpenAI-compatible endpoint.
 * This entry has the React hooks and everything from `react-chat-stream/core`.
 * @packageDocumentation
 */
export * from './core';
export * from './react/index';
