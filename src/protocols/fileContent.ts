import type { FilePart } from '../message';

/** A file part as a URL a provider accepts: its own URL, or a `data:` URL built from its base64 content. */
export const fileAsDataUrl = (file: FilePart): string => file.url ?? `data:${file.mediaType};base64,${file.data ?? ''}`;

/** The base64 content of a file part, from `data` or from a base64 `data:` URL; `undefined` for a remote URL. */
export function fileBase64(file: FilePart): string | undefined {
  if (file.data !== undefined) return file.data;
  const match = file.url?.match(/^data:[^,]*;base64,/);
  return match ? file.url!.slice(match[0].length) : undefined;
}

/**
 * The text of a `text/*` (or JSON) file part, decoded as UTF-8, for providers that take documents only
 * as text; `undefined` for other types and remote files.
 */
export function fileAsText(file: FilePart): string | undefined {
  if (!file.mediaType.startsWith('text/') && file.mediaType !== 'application/json') return undefined;
  const base64 = fileBase64(file);
  if (base64 === undefined) return undefined;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}
