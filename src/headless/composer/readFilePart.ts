import type { FilePart } from '../../message';

/** The part a picked file becomes before its bytes are read: enough for `checkAttachments` to judge it. */
export function describeFile(file: File): FilePart {
  // Browsers leave `type` empty for extensions they do not know; the protocols treat that as binary.
  return { type: 'file', mediaType: file.type || 'application/octet-stream', name: file.name, size: file.size };
}

/**
 * Reads a file into a {@link FilePart} with base64 `data`. FileReader's data URL rather than
 * `arrayBuffer` + `btoa`, because the browser encodes natively without a string per byte.
 */
export function readFilePart(file: File): Promise<FilePart> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ ...describeFile(file), data: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}
