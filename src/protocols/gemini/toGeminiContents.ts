import type { ChatMessage, ChatPart, ToolCallPart } from '../../message';
import { fileBase64 } from '../fileContent';
import { GEMINI_CODE_EXECUTION } from './createGeminiFunctionCalls';
import type { GeminiContent, GeminiRequestPart, GeminiSystemInstruction } from './GeminiContent';
import { isRecord, nonEmptyString } from './geminiFields';

const signatureOf = (part: { providerData?: Record<string, unknown> }) => nonEmptyString(part.providerData?.thoughtSignature);

/** Appends a turn, joining it to the previous one when the role is the same (Gemini wants turns to alternate). */
function push(out: GeminiContent[], role: GeminiContent['role'], parts: GeminiRequestPart[]): void {
  if (parts.length === 0) return;
  const last = out[out.length - 1];
  if (last?.role === role) last.parts.push(...parts);
  else out.push({ role, parts });
}

/** A user's attachment: its bytes inline (`inlineData`, base64), or a remote file by URI (`fileData`). */
function filePart(part: Extract<ChatPart, { type: 'file' }>): GeminiRequestPart {
  const data = fileBase64(part);
  if (data !== undefined) return { inlineData: { mimeType: part.mediaType, data } };
  return { fileData: { mimeType: part.mediaType, fileUri: part.url ?? '' } };
}

function callPart(call: ToolCallPart): GeminiRequestPart {
  const functionCall = { ...idOf(call), name: call.toolName, args: isRecord(call.args) ? call.args : {} };
  const signature = signatureOf(call);
  return signature === undefined ? { functionCall } : { functionCall, thoughtSignature: signature };
}

/** Gemini's own code execution goes back in the model turn as it came: the code, then its outcome. */
function codeExecutionParts(call: ToolCallPart): GeminiRequestPart[] {
  if (call.toolName !== GEMINI_CODE_EXECUTION || !isRecord(call.args)) return [];
  const signature = signatureOf(call);
  const code: GeminiRequestPart = { executableCode: { language: call.args.language, code: call.args.code }, ...(signature && { thoughtSignature: signature }) };
  if (!isRecord(call.result)) return [code];
  return [code, { codeExecutionResult: { outcome: call.result.outcome, output: call.result.output } }];
}

/** Parts of a model turn: what streamed, in order, each with the signature it came with. */
function modelPart(part: ChatPart): GeminiRequestPart | undefined {
  switch (part.type) {
    case 'reasoning': {
      if (part.text === '' && part.signature === undefined) return undefined;
      return part.signature === undefined ? { text: part.text, thought: true } : { text: part.text, thought: true, thoughtSignature: part.signature };
    }
    case 'text': {
      const signature = signatureOf(part);
      if (signature !== undefined) return { text: part.text, thoughtSignature: signature };
      return part.text === '' ? undefined : { text: part.text };
    }
    case 'file':
      return part.data === undefined && part.url === undefined ? undefined : filePart(part);
    default:
      return undefined;
  }
}

function pushModel(out: GeminiContent[], message: ChatMessage): void {
  let parts: GeminiRequestPart[] = [];
  let responses: GeminiRequestPart[] = [];
  const flush = () => {
    push(out, 'model', parts);
    push(out, 'user', responses);
    parts = [];
    responses = [];
  };
  for (const part of message.parts) {
    if (part.type === 'step-start') flush();
    else if (part.type === 'tool-call') {
      if (part.providerExecuted) {
        parts.push(...codeExecutionParts(part));
        continue;
      }
      // A call without its result is left out: Gemini wants every call answered in the next turn.
      if (part.result === undefined) continue;
      parts.push(callPart(part));
      const response = part.isError ? { error: part.result } : { output: part.result };
      responses.push({ functionResponse: { ...idOf(part), name: part.toolName, response } });
    } else {
      const mapped = modelPart(part);
      if (mapped) parts.push(mapped);
    }
  }
  flush();
}

/** The call id to echo, only when Gemini gave one: the ids the store makes up for the others mean nothing to it. */
function idOf(call: ToolCallPart): { id?: string } {
  const id = nonEmptyString(call.providerData?.functionCallId);
  return id === undefined ? {} : { id };
}

/**
 * Converts the conversation to Gemini `contents` (system messages go to
 * {@link toGeminiSystemInstruction}). User turns carry their text and attachments (`inlineData` for
 * bytes, `fileData` for a remote URL). Model turns carry thoughts (`thought: true` with their
 * `thoughtSignature`), text with its signature, `functionCall` parts with theirs, and built-in code
 * execution (`executableCode`, `codeExecutionResult`) as it came; the results of a
 * step's calls follow as a user turn of `functionResponse` parts, as the API requires. Consecutive
 * turns of one role are joined.
 */
export function toGeminiContents(messages: readonly ChatMessage[]): GeminiContent[] {
  const out: GeminiContent[] = [];
  for (const message of messages) {
    if (message.role === 'assistant') pushModel(out, message);
    else if (message.role === 'user') {
      const parts: GeminiRequestPart[] = [];
      for (const part of message.parts) {
        if (part.type === 'text' && part.text !== '') parts.push({ text: part.text });
        else if (part.type === 'file') parts.push(filePart(part));
      }
      push(out, 'user', parts);
    }
  }
  return out;
}

/** The request's `systemInstruction` from the system messages' text; `undefined` when there is none. */
export function toGeminiSystemInstruction(messages: readonly ChatMessage[]): GeminiSystemInstruction | undefined {
  const parts: { text: string }[] = [];
  for (const message of messages) {
    if (message.role !== 'system') continue;
    for (const part of message.parts) if (part.type === 'text' && part.text !== '') parts.push({ text: part.text });
  }
  return parts.length === 0 ? undefined : { parts };
}
