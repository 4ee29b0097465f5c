import { describe, expect, it, vi } from 'vitest';
import type { FilePart } from '../../src/message';
import { checkAttachments, DEFAULT_ATTACHMENT_LIMITS, openAIChatProtocol } from '../../src/protocols';
import { createChatStore } from '../../src/store/createChatStore';

const MB = 1024 * 1024;
const base64OfSize = (bytes: number) => 'A'.repeat(Math.ceil(bytes / 3) * 4);
const png = (bytes: number, name = 'photo.png'): FilePart => ({ type: 'file', mediaType: 'image/png', name, data: base64OfSize(bytes) });

describe('checkAttachments', () => {
  it('accepts files within the limits, by exact type or type/* pattern', () => {
    const limits = { 'image/*': 5 * MB, 'application/pdf': 32 * MB };
    expect(checkAttachments([png(4 * MB), { type: 'file', mediaType: 'application/pdf', size: 30 * MB }], limits, 'anthropic')).toBeUndefined();
  });

  it('names the file, its size and the limit of the pattern it matched', () => {
    const error = checkAttachments([png(6 * MB)], { 'image/*': 5 * MB }, 'anthropic');
    expect(error).toMatchObject({ code: 'attachment', retryable: false });
    expect(error?.message).toBe('"photo.png" is 6 MB: anthropic accepts image/* files up to 5 MB.');
  });

  it('names the type it cannot send and the types it can', () => {
    const error = checkAttachments([{ type: 'file', mediaType: 'application/zip', name: 'a.zip', url: 'https://x.example/a.zip' }], openAIChatProtocol.attachments, openAIChatProtocol.name);
    expect(error?.code).toBe('attachment');
    expect(error?.message).toMatch(/^"a\.zip" \(application\/zip\) cannot be sent: openai-chat accepts image\/png, .*application\/pdf/);
  });

  it('reads the size from `size`, then from base64 data or a data URL; a remote URL has no size to check', () => {
    const limits = { '*/*': 10 };
    expect(checkAttachments([{ type: 'file', mediaType: 'text/plain', size: 11 }], limits)?.code).toBe('attachment');
    expect(checkAttachments([{ type: 'file', mediaType: 'text/plain', data: 'aGVsbG8gd29ybGQ=' }], limits)?.message).toBe('A text/plain file is 11 bytes: this protocol accepts */* files up to 10 bytes.');
    expect(checkAttachments([{ type: 'file', mediaType: 'text/plain', url: 'data:text/plain;base64,aGk=' }], limits)).toBeUndefined();
    expect(checkAttachments([{ type: 'file', mediaType: 'text/plain', url: 'https://x.example/big.txt' }], limits)).toBeUndefined();
  });

  it('accepts any type up to 20 MiB by default', () => {
    expect(DEFAULT_ATTACHMENT_LIMITS).toEqual({ '*/*': 20 * MB });
    expect(checkAttachments([{ type: 'file', mediaType: 'video/mp4', size: 20 * MB }])).toBeUndefined();
    expect(checkAttachments([{ type: 'file', mediaType: 'video/mp4', size: 20 * MB + 1 }])?.code).toBe('attachment');
  });
});

describe('send with files the protocol cannot carry', () => {
  it('refuses before any request: no message, the error in state and onError, and a turn can follow', async () => {
    const fetch = vi.fn(async () => new Response('data: [DONE]\n\n', { headers: { 'content-type': 'text/event-stream' } }));
    const onError = vi.fn();
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false, onError, attachments: { 'image/*': 1 * MB } });
    await expect(store.send({ text: 'Look', files: [png(2 * MB)] })).resolves.toBe('error');
    expect(fetch).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ messages: [], status: 'error', error: { code: 'attachment' } });
    expect(onError).toHaveBeenCalledWith(store.getState().error, undefined);
    await expect(store.send({ text: 'Look', files: [png(MB / 2)] })).resolves.toBe('complete');
    expect(store.getState()).toMatchObject({ status: 'idle', error: undefined });
  });

  it("uses the protocol's limits when the store sets none", async () => {
    const fetch = vi.fn();
    const store = createChatStore({ api: 'http://memory.test', fetch, retry: false });
    await expect(store.send({ text: 'Unpack this', files: [{ type: 'file', mediaType: 'application/zip', size: 10 }] })).resolves.toBe('error');
    expect(store.getState().error?.message).toMatch(/openai-chat accepts/);
    expect(fetch).not.toHaveBeenCalled();
  });
});
