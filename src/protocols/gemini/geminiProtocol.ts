import type { ChatProtocol } from '../ChatProtocol';
import { createGeminiDecoder } from './createGeminiDecoder';
import { toGeminiContents, toGeminiSystemInstruction } from './toGeminiContents';

const INLINE_FILE_LIMIT = 15 * 1024 * 1024;

/**
 * Google Gemini `streamGenerateContent` with `alt=sse` (Gemini API and Vertex AI), both directions.
 * The request is `{ systemInstruction?, contents }` (see `toGeminiContents`); `tools`,
 * `generationConfig` (`thinkingConfig`, `maxOutputTokens`, …) and `safetySettings` come from the
 * store's `body` option, merged over it. The answer is read by `createGeminiDecoder`.
 *
 * The model is part of Gemini's URL, not of the body, so the store's `api` is used as given: point it
 * at `…/v1beta/models/<model>:streamGenerateContent?alt=sse`, or at your server (for example
 * `createChatProxy`), which adds the `x-goog-api-key` header on the way to Google. No key is sent from here.
 *
 * The client tools (the request option `tools`) are declared as `tools: [{ functionDeclarations: [{
 * name, description, parametersJsonSchema }] }]`, the key left out when there are none.
 * `parametersJsonSchema` takes JSON Schema as is, where `parameters` takes only Google's OpenAPI subset.
 * An app's own `tools` in the `body` option (`googleSearch`, `codeExecution`…) replaces them, being merged last.
 */
export const geminiProtocol: ChatProtocol = {
  name: 'gemini',
  // Inline data counts toward Gemini's 20 MB request limit as base64 (4/3 of the bytes), so a file can be
  // about 15 MB; larger ones belong in the Files API and go by URL (`fileData`), which is not size-checked.
  attachments: {
    'image/*': INLINE_FILE_LIMIT,
    'audio/*': INLINE_FILE_LIMIT,
    'video/*': INLINE_FILE_LIMIT,
    'application/pdf': INLINE_FILE_LIMIT,
    'text/*': INLINE_FILE_LIMIT,
    'application/json': INLINE_FILE_LIMIT,
  },
  buildRequest(messages, { api, tools }) {
    const systemInstruction = toGeminiSystemInstruction(messages);
    return {
      url: api,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: {
        ...(systemInstruction === undefined ? {} : { systemInstruction }),
        contents: toGeminiContents(messages),
        ...(tools?.length
          ? { tools: [{ functionDeclarations: tools.map(({ name, description, inputSchema }) => ({ name, description, parametersJsonSchema: inputSchema })) }] }
          : {}),
      },
    };
  },
  createDecoder: createGeminiDecoder,
  // Gemini chunks are bare `data:` lines whose object holds `candidates` (or, for a blocked prompt, `promptFeedback`).
  detect: (event) =>
    event.event === undefined && !event.data.includes('"choices"') && (event.data.includes('"candidates"') || event.data.includes('"promptFeedback"')),
};
