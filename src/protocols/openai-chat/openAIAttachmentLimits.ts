import type { AttachmentLimits } from '../ChatProtocol';

// Sizes as plain literals, not `20 * 1024 * 1024`: in a built chunk esbuild treats that product as a
// possible side effect and keeps it, so every app bundling the package would carry the whole protocol
// that uses it (its encoder and decoder) whether it uses that protocol or not.
const MIB_20 = 20_971_520;
const MIB_32 = 33_554_432;

/**
 * The files OpenAI's Chat Completions and Responses APIs take, with OpenAI's documented limits: images
 * up to 20 MB, PDFs up to 32 MB; text and JSON files go inline as text.
 */
export const OPENAI_ATTACHMENT_LIMITS: AttachmentLimits = {
  'image/png': MIB_20,
  'image/jpeg': MIB_20,
  'image/gif': MIB_20,
  'image/webp': MIB_20,
  'application/pdf': MIB_32,
  'text/*': MIB_20,
  'application/json': MIB_20,
};
