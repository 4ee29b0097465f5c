import { afterEach, describe, expect, it } from 'vitest';
import { getMessageText, type FilePart } from '../../src/message';
import { aiSdkUiProtocol, anthropicProtocol, openAIChatProtocol, openAIResponsesProtocol, type ChatProtocol } from '../../src/protocols';
import { agUiProtocol } from '../../src/protocols/ag-ui';
import { geminiProtocol } from '../../src/protocols/gemini';
import { createChatStore } from '../../src/store/createChatStore';
import { startMockChatServer, type MockChatServer } from '../../src/testing/node';

// The bytes, base64-encoded independently of the code under test.
const b64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');
const PNG = b64('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01');
const PDF = b64('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const NOTES = 'Agenda: ship the release.';
const FILES: FilePart[] = [
  { type: 'file', mediaType: 'image/png', name: 'pixel.png', data: PNG },
  { type: 'file', mediaType: 'application/pdf', name: 'report.pdf', data: PDF },
  { type: 'file', mediaType: 'text/plain', name: 'notes.txt', data: b64(NOTES) },
];
const TEXT = 'What is in these?';
const dataUrl = (mediaType: string, data: string) => `data:${mediaType};base64,${data}`;

/**
 * What each provider documents for a user message carrying an image, a PDF and a text file, as the last
 * entry of the request's conversation.
 */
const EXPECTED: Array<[ChatProtocol, (body: Record<string, unknown>) => unknown, unknown]> = [
  // Chat Completions: `image_url` and `file.file_data` (PDF) content parts; a text file has no part type, so its text goes inline.
  [openAIChatProtocol, (body) => (body.messages as unknown[]).at(-1), {
    role: 'user',
    content: [
      { type: 'text', text: TEXT },
      { type: 'image_url', image_url: { url: dataUrl('image/png', PNG) } },
      { type: 'file', file: { filename: 'report.pdf', file_data: dataUrl('application/pdf', PDF) } },
      { type: 'text', text: `notes.txt:\n${NOTES}` },
    ],
  }],
  // Responses: `input_image` (URL or data URL) and `input_file` (`filename` + `file_data`).
  [openAIResponsesProtocol, (body) => (body.input as unknown[]).at(-1), {
    type: 'message',
    role: 'user',
    content: [
      { type: 'input_text', text: TEXT },
      { type: 'input_image', image_url: dataUrl('image/png', PNG), detail: 'auto' },
      { type: 'input_file', filename: 'report.pdf', file_data: dataUrl('application/pdf', PDF) },
      { type: 'input_text', text: `notes.txt:\n${NOTES}` },
    ],
  }],
  // Anthropic: `image` and `document` blocks with base64 sources; a plain-text document has a text source.
  [anthropicProtocol, (body) => (body.messages as unknown[]).at(-1), {
    role: 'user',
    content: [
      { type: 'text', text: TEXT },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: PDF }, title: 'report.pdf' },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: NOTES }, title: 'notes.txt' },
    ],
  }],
  // Gemini: `inlineData` with the MIME type and base64 bytes, for every type.
  [geminiProtocol, (body) => (body.contents as unknown[]).at(-1), {
    role: 'user',
    parts: [
      { text: TEXT },
      { inlineData: { mimeType: 'image/png', data: PNG } },
      { inlineData: { mimeType: 'application/pdf', data: PDF } },
      { inlineData: { mimeType: 'text/plain', data: b64(NOTES) } },
    ],
  }],
  // AI SDK UI: `file` parts with `mediaType`, a (data) `url` and the `filename`.
  [aiSdkUiProtocol, (body) => (body.messages as unknown[]).at(-1), {
    role: 'user',
    parts: [
      { type: 'text', text: TEXT },
      { type: 'file', mediaType: 'image/png', url: dataUrl('image/png', PNG), filename: 'pixel.png' },
      { type: 'file', mediaType: 'application/pdf', url: dataUrl('application/pdf', PDF), filename: 'report.pdf' },
      { type: 'file', mediaType: 'text/plain', url: dataUrl('text/plain', b64(NOTES)), filename: 'notes.txt' },
    ],
  }],
  // AG-UI: multimodal user content, `image` / `document` parts with a `data` source (base64 `value` and `mimeType`).
  [agUiProtocol, (body) => (body.messages as unknown[]).at(-1), {
    role: 'user',
    content: [
      { type: 'text', text: TEXT },
      { type: 'image', source: { type: 'data', value: PNG, mimeType: 'image/png' } },
      { type: 'document', source: { type: 'data', value: PDF, mimeType: 'application/pdf' } },
      { type: 'document', source: { type: 'data', value: b64(NOTES), mimeType: 'text/plain' } },
    ],
  }],
];

let server: MockChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('attachments reach the request in each protocol’s shape (loopback server)', () => {
  it.each(EXPECTED.map(([protocol, pick, expected]) => ({ name: protocol.name, protocol, pick, expected })))(
    '$name',
    async ({ protocol, pick, expected }) => {
      server = await startMockChatServer({ scenario: { text: 'A pixel, a report and notes.', tokensPerSecond: Infinity }, format: protocol });
      const store = createChatStore({ api: server.endpoint, protocol, retry: false });

      expect(await store.send({ text: TEXT, files: FILES })).toBe('complete');

      expect(server.requests).toHaveLength(1);
      expect(pick(server.requests[0]!.body as Record<string, unknown>)).toMatchObject(expected as object);
      // The store keeps the files on the user message, in order, after its text.
      const [user, answer] = store.getState().messages;
      expect(user!.parts).toStrictEqual([{ type: 'text', text: TEXT }, ...FILES]);
      expect(getMessageText(answer!)).toBe('A pixel, a report and notes.');
    },
  );
});
