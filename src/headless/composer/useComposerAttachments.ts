'use client';
import { useEffect, useRef, useState } from 'react';
import type { FilePart } from '../../message';
import { checkAttachments } from '../../protocols/checkAttachments';
import type { AttachmentLimits } from '../../protocols/ChatProtocol';
import { openAIChatProtocol } from '../../protocols/openai-chat/openAIChatProtocol';
import type { ChatStore } from '../../store/createChatStore';
import { useLabels } from '../labels/useLabels';
import { describeFile, readFilePart } from './readFilePart';

/** A file waiting in the composer to go with the next message. */
export interface ComposerAttachment {
  /** Stable key for the list. */
  id: string;
  /** The part `send` receives, with base64 `data`. */
  part: FilePart;
  /** An object URL for an image's thumbnail; revoked when the attachment is removed or sent. */
  previewUrl?: string;
}

/** A file the composer refused, with the reason to show beside the previews. */
export interface ComposerRefusal {
  id: string;
  name: string;
  message: string;
}

/** The composer's pending files and what can be done with them. */
export interface ComposerAttachments {
  attachments: readonly ComposerAttachment[];
  refusals: readonly ComposerRefusal[];
  /** True while picked files are still being read; sending waits for them rather than leave them behind. */
  reading: boolean;
  /** The media types the protocol accepts, for an `<input type=file accept>` (undefined: anything). */
  accept: string | undefined;
  /** Checks, reads and adds files; refused ones become refusals instead. */
  addFiles(files: Iterable<File>): Promise<void>;
  remove(id: string): void;
  /** Empties the list (and the refusals) and returns the parts that were in it. */
  take(): FilePart[];
}

let nextId = 0;
const revoke = (attachment: ComposerAttachment) => attachment.previewUrl && URL.revokeObjectURL(attachment.previewUrl);

// Without object URLs (some test DOMs), an image shows as a file chip instead of failing the attach.
const thumbnailUrl = (file: File) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined);

/** The limits `send` will check against, so a file is refused when picked rather than on Send. */
function limitsOf(store: ChatStore): { limits: AttachmentLimits | undefined; protocolName: string } {
  const options = store.getOptions();
  const protocol = options.protocol ?? openAIChatProtocol;
  return { limits: options.attachments ?? protocol.attachments, protocolName: protocol.name };
}

/** State behind `Composer.AttachButton`, `Composer.Attachments`, paste and drop. */
export function useComposerAttachments(store: ChatStore): ComposerAttachments {
  const labels = useLabels();
  const [attachments, setAttachments] = useState<readonly ComposerAttachment[]>([]);
  const [refusals, setRefusals] = useState<readonly ComposerRefusal[]>([]);
  const [reads, setReads] = useState(0);
  // Read by take() and the unmount cleanup, which must see the list as it is now, not as last rendered.
  const current = useRef(attachments);
  current.current = attachments;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      current.current.forEach(revoke);
    };
  }, []);

  const { limits, protocolName } = limitsOf(store);
  const patterns = limits ? Object.keys(limits) : [];
  const accept = patterns.length === 0 || patterns.includes('*/*') ? undefined : patterns.join(',');

  const addFiles = async (files: Iterable<File>) => {
    const refused: ComposerRefusal[] = [];
    const added: ComposerAttachment[] = [];
    setReads((count) => count + 1);
    for (const file of Array.from(files)) {
      const id = `rcs-attachment-${++nextId}`;
      // Checked on the declared size first, so a file over the limit is never read into memory.
      const error = checkAttachments([describeFile(file)], limits, protocolName);
      if (error) {
        refused.push({ id, name: file.name, message: labels.attachmentRefused(error) });
        continue;
      }
      try {
        const part = await readFilePart(file);
        const previewUrl = part.mediaType.startsWith('image/') ? thumbnailUrl(file) : undefined;
        added.push({ id, part, previewUrl });
      } catch {
        refused.push({ id, name: file.name, message: labels.attachmentUnreadable(file.name) });
      }
    }
    if (!mounted.current) return void added.forEach(revoke);
    setReads((count) => count - 1);
    setRefusals(refused);
    if (added.length > 0) setAttachments((list) => (current.current = [...list, ...added]));
  };

  const remove = (id: string) => {
    const gone = current.current.find((attachment) => attachment.id === id);
    if (gone) revoke(gone);
    setAttachments((list) => (current.current = list.filter((attachment) => attachment.id !== id)));
  };

  const take = () => {
    const parts = current.current.map((attachment) => attachment.part);
    current.current.forEach(revoke);
    current.current = [];
    setAttachments([]);
    setRefusals([]);
    return parts;
  };

  return { attachments, refusals, reading: reads > 0, accept, addFiles, remove, take };
}
