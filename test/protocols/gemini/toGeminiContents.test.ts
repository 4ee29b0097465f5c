import { describe, it, expect } from 'vitest';
import type { ChatMessage, ChatPart } from '../../../src/message';
import { checkAttachments } from '../../../src/protocols/checkAttachments';
import { geminiProtocol, toGeminiContents, toGeminiSystemInstruction } from '../../../src/protocols/gemini';

const msg = (role: ChatMessage['role'], parts: ChatPart[], id: string = role): ChatMessage => ({ id, role, parts, status: 'complete' });
const text = (value: string): ChatPart => ({ type: 'text', text: value });
const call = (id: string, name: string, args: unknown, extra: Partial<ChatPart & { type: 'tool-call' }> = {}): ChatPart => ({
  type: 'tool-call', toolCallId: id, toolName: name, argumentsText: JSON.stringify(args), args, state: 'ready', ...extra,
});

describe('toGeminiContents', () => {
  it('user text and files: bytes inline as base64 (from data or a data: URL), remote files by URI', () => {
    const contents = toGeminiContents([
      msg('user', [
        text('Look'),
        { type: 'file', mediaType: 'image/png', data: 'iVBORw0=' },
        { type: 'file', mediaType: 'application/pdf', url: 'data:application/pdf;base64,JVBERi0=' },
        { type: 'file', mediaType: 'video/mp4', url: 'https://storage.example/v.mp4' },
        text(''),
      ]),
    ]);
    expect(contents).toEqual([
      {
        role: 'user',
        parts: [
          { text: 'Look' },
          { inlineData: { mimeType: 'image/png', data: 'iVBORw0=' } },
          { inlineData: { mimeType: 'application/pdf', data: 'JVBERi0=' } },
          { fileData: { mimeType: 'video/mp4', fileUri: 'https://storage.example/v.mp4' } },
        ],
      },
    ]);
  });

  it('a model turn sends thoughts, text and calls back with their signatures, then the results as a user turn', () => {
    const contents = toGeminiContents([
      msg('user', [text('Weather in Oslo and Rome?')]),
      msg('assistant', [
        { type: 'reasoning', text: 'Two cities.', signature: 'R-SIG' },
        { type: 'text', text: 'Checking.', providerData: { thoughtSignature: 'T-SIG' } },
        call('call_x_0_0', 'weather', { city: 'Oslo' }, { providerData: { thoughtSignature: 'C-SIG' }, result: { c: 3 } }),
        call('fc-2', 'weather', { city: 'Rome' }, { providerData: { functionCallId: 'fc-2' }, result: 'timeout', isError: true }),
        { type: 'step-start' },
        { type: 'text', text: 'Oslo 3 °C; Rome unknown.' },
        { type: 'source', sourceType: 'url', url: 'https://x.test' },
        { type: 'text', text: '', providerData: { thoughtSignature: 'END-SIG' } },
      ]),
      msg('user', [text('Thanks')]),
    ]);
    expect(contents).toEqual([
      { role: 'user', parts: [{ text: 'Weather in Oslo and Rome?' }] },
      {
        role: 'model',
        parts: [
          { text: 'Two cities.', thought: true, thoughtSignature: 'R-SIG' },
          { text: 'Checking.', thoughtSignature: 'T-SIG' },
          { functionCall: { name: 'weather', args: { city: 'Oslo' } }, thoughtSignature: 'C-SIG' },
          { functionCall: { id: 'fc-2', name: 'weather', args: { city: 'Rome' } } },
        ],
      },
      {
        role: 'user',
        parts: [
          { functionResponse: { name: 'weather', response: { output: { c: 3 } } } },
          { functionResponse: { id: 'fc-2', name: 'weather', response: { error: 'timeout' } } },
        ],
      },
      { role: 'model', parts: [{ text: 'Oslo 3 °C; Rome unknown.' }, { text: '', thoughtSignature: 'END-SIG' }] },
      { role: 'user', parts: [{ text: 'Thanks' }] },
    ]);
  });

  it('results join the next user message into one user turn; calls without a result and provider-run calls are left out', () => {
    const contents = toGeminiContents([
      msg('user', [text('Go')]),
      msg('assistant', [call('a', 'f', {}, { result: 1 }), call('b', 'g', {}), call('c', 'search', {}, { providerExecuted: true, result: 'x' })]),
      msg('user', [text('And?')]),
    ]);
    expect(contents).toEqual([
      { role: 'user', parts: [{ text: 'Go' }] },
      { role: 'model', parts: [{ functionCall: { name: 'f', args: {} } }] },
      { role: 'user', parts: [{ functionResponse: { name: 'f', response: { output: 1 } } }, { text: 'And?' }] },
    ]);
  });

  it("Gemini's own code execution goes back in the model turn as executableCode and codeExecutionResult", () => {
    const contents = toGeminiContents([
      msg('user', [text('6*7?')]),
      msg('assistant', [
        call('gemini_code_0_0', 'code_execution', { language: 'PYTHON', code: 'print(6*7)' }, { providerExecuted: true, providerData: { thoughtSignature: 'X' }, result: { outcome: 'OUTCOME_OK', output: '42' } }),
        call('gemini_code_0_1', 'code_execution', { language: 'PYTHON', code: 'print(1)' }, { providerExecuted: true }),
        text('42'),
      ]),
    ]);
    expect(contents[1]).toEqual({
      role: 'model',
      parts: [
        { executableCode: { language: 'PYTHON', code: 'print(6*7)' }, thoughtSignature: 'X' },
        { codeExecutionResult: { outcome: 'OUTCOME_OK', output: '42' } },
        { executableCode: { language: 'PYTHON', code: 'print(1)' } },
        { text: '42' },
      ],
    });
    expect(contents).toHaveLength(2);
  });

  it('unsigned empty reasoning and text are not sent; arguments that are not an object are sent as {}', () => {
    const contents = toGeminiContents([
      msg('user', [text('Hi')]),
      msg('assistant', [{ type: 'reasoning', text: '' }, text(''), { type: 'reasoning', text: 'Plain thought' }, call('a', 'f', [1, 2], { result: null })]),
    ]);
    expect(contents[1]).toEqual({
      role: 'model',
      parts: [{ text: 'Plain thought', thought: true }, { functionCall: { name: 'f', args: {} } }],
    });
    expect(contents[2]).toEqual({ role: 'user', parts: [{ functionResponse: { name: 'f', response: { output: null } } }] });
  });

  it('system messages become the systemInstruction, not contents', () => {
    const messages = [msg('system', [text('Be brief.')]), msg('system', [text('Answer in French.')], 's2'), msg('user', [text('Hi')])];
    expect(toGeminiSystemInstruction(messages)).toEqual({ parts: [{ text: 'Be brief.' }, { text: 'Answer in French.' }] });
    expect(toGeminiContents(messages)).toEqual([{ role: 'user', parts: [{ text: 'Hi' }] }]);
    expect(toGeminiSystemInstruction([msg('user', [text('Hi')])])).toBeUndefined();
  });
});

describe('geminiProtocol.buildRequest', () => {
  const api = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse';

  it('sends to the api as given, with systemInstruction and contents only', () => {
    const request = geminiProtocol.buildRequest([msg('system', [text('Sys')]), msg('user', [text('Hi')])], { api, chatId: 'c' });
    expect(request).toEqual({
      url: api,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: { systemInstruction: { parts: [{ text: 'Sys' }] }, contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] },
    });
  });

  it('leaves systemInstruction out when there is none', () => {
    expect(geminiProtocol.buildRequest([msg('user', [text('Hi')])], { api: '/api/gemini', chatId: 'c' }).body).toEqual({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] });
  });
});

describe('geminiProtocol.attachments', () => {
  const file = (mediaType: string, size: number): ChatPart & { type: 'file' } => ({ type: 'file', mediaType, size, data: '' });

  it('takes images, audio, video, PDFs and text up to 15 MB (20 MB once base64-encoded)', () => {
    for (const type of ['image/webp', 'audio/mp3', 'video/mp4', 'application/pdf', 'text/csv', 'application/json']) {
      expect(checkAttachments([file(type, 15 * 1024 * 1024)], geminiProtocol.attachments!), type).toBeUndefined();
    }
    expect(checkAttachments([file('image/png', 15 * 1024 * 1024 + 1)], geminiProtocol.attachments!)?.code).toBe('attachment');
  });

  it('refuses other types, naming the file type', () => {
    const error = checkAttachments([file('application/zip', 10)], geminiProtocol.attachments!);
    expect(error?.code).toBe('attachment');
    expect(error?.message).toMatch(/application\/zip/);
  });
});
