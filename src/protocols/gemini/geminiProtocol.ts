import type { ChatProtocol } from '../ChatProtocol';
import { createGeminiDecoder } from './createGeminiDecoder';
import { toGeminiContents, toGeminiSystemInstruction } from './toGeminiContents';

/**
 * Google Gemini `streamGenerateContent` with `alt=sse` (Gemini API and Vertex AI), both directions.
 * The request is `{ systemInstruction?, contents }` (see `toGeminiContents`); `tools`,
 * `generationConfig` (`thinkingConfig`, `maxOutputTokens`, …) and `safetySettings` come from the
 * store's `body` option, merged over it. The answer is read by `createGeminiDecoder`.
 *
 * The model is part of Gemini's URL, not of the body, so the store's `api` is used as given: point it
 * at `…/v1beta/models/<model>:streamGenerateContent?alt=sse`, or at your server (for example
 * `createChatProxy`), which adds the `x-goog-api-key` header on the way to Google. No key is sent from here.
 */
export const geminiProtocol: ChatProtocol = {
  name: 'gemini',
  buildRequest(messages, { api }) {
    const systemInstruction = toGeminiSystemInstruction(messages);
    return {
      url: api,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: { ...(systemInstruction === undefined ? {} : { systemInstruction }), contents: toGeminiContents(messages) },
    };
  },
  createDecoder: createGeminiDecoder,
  // Gemini chunks are bare `data:` lines whose object holds `candidates` (or, for a blocked prompt, `promptFeedback`).
  detect: (event) =>
    event.event === undefined && !event.data.includes('"choices"') && (event.data.includes('"candidates"') || event.data.includes('"promptFeedback"')),
};
