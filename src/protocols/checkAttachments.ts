import type { FilePart } from '../message';
import { ChatStreamError } from '../sse/ChatStreamError';
import type { AttachmentLimits } from './ChatProtocol';
import { fileBase64 } from './fileContent';

/** What a protocol without its own limits accepts: any type, up to 20 MiB a file. */
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { '*/*': 20 * 1024 * 1024 };

const matches = (pattern: string, mediaType: string): boolean =>
  pattern === '*/*' || pattern === mediaType || (pattern.endsWith('/*') && mediaType.startsWith(pattern.slice(0, -1)));

/** The size of a file part in bytes: its `size`, or what its base64 content decodes to; unknown for a remote URL. */
function sizeOf(file: FilePart): number | undefined {
  if (file.size !== undefined) return file.size;
  const base64 = fileBase64(file);
  if (base64 === undefined) return undefined;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

const oneDecimal = (value: number) => value.toFixed(1).replace(/\.0$/, '');
const formatBytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${oneDecimal(bytes / 1024)} KB` : `${oneDecimal(bytes / (1024 * 1024))} MB`;

/**
 * Checks files against a protocol's limits before anything is sent: returns an `'attachment'`
 * `ChatStreamError` naming the first file that cannot go and the limit it breaks, or `undefined` when
 * all can. Call it when the user picks a file to refuse it at once; `send` calls it too.
 */
export function checkAttachments(
  files: readonly FilePart[],
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
  protocolName = 'this protocol',
): ChatStreamError | undefined {
  const patterns = Object.keys(limits);
  for (const file of files) {
    const label = file.name ? `"${file.name}"` : `A ${file.mediaType} file`;
    const pattern = patterns.find((candidate) => matches(candidate, file.mediaType));
    if (pattern === undefined) {
      return new ChatStreamError('attachment', `${label} (${file.mediaType}) cannot be sent: ${protocolName} accepts ${patterns.join(', ')}.`);
    }
    const size = sizeOf(file);
    const max = limits[pattern]!;
    if (size !== undefined && size > max) {
      return new ChatStreamError('attachment', `${label} is ${formatBytes(size)}: ${protocolName} accepts ${pattern} files up to ${formatBytes(max)}.`);
    }
  }
  return undefined;
}
