/**
 * Google Gemini `streamGenerateContent?alt=sse`, both directions: the request (`toGeminiContents`,
 * `toGeminiSystemInstruction`) and the stream decoder, joined as {@link geminiProtocol}.
 */
export { geminiProtocol } from './geminiProtocol';
export { createGeminiDecoder, GEMINI_PROMPT_BLOCKED } from './createGeminiDecoder';
export { GEMINI_CODE_EXECUTION } from './createGeminiFunctionCalls';
export { normalizeGeminiUsage } from './normalizeGeminiUsage';
export { toGeminiContents, toGeminiSystemInstruction } from './toGeminiContents';
export type { GeminiContent, GeminiRequestPart, GeminiSystemInstruction } from './GeminiContent';
