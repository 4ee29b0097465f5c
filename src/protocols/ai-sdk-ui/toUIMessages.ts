import type { ChatMessage, ChatPart, ProviderData, ToolCallPart } from '../../message';
import { fileAsDataUrl } from '../fileContent';
import type { AiSdkUiMessage, AiSdkUiMessagePart, AiSdkUiToolPart } from './AiSdkUiMessage';
import { isRecord } from './aiSdkUiFields';

const metadataOf = (data: ProviderData | undefined, key: string): Record<string, unknown> | undefined =>
  data !== undefined && isRecord(data[key]) ? data[key] : undefined;

const errorTextOf = (result: unknown): string => (typeof result === 'string' ? result : (JSON.stringify(result) ?? ''));

/**
 * The UI tool part of a call. Its state follows the call: a result makes it `'output-available'` (or
 * `'output-error'` when `isError`); a denied approval `'output-denied'`; an approval `'approval-requested'`
 * or `'approval-responded'`; arguments that never parsed `'output-error'` with the parse error, so the
 * model learns its call was malformed; otherwise `'input-available'` (or `'input-streaming'`).
 */
function toToolPart(call: ToolCallPart): AiSdkUiToolPart {
  const data = call.providerData;
  const dynamic = data?.dynamic === true;
  const part: AiSdkUiToolPart = {
    type: dynamic ? 'dynamic-tool' : `tool-${call.toolName}`,
    ...(dynamic ? { toolName: call.toolName } : {}),
    toolCallId: call.toolCallId,
    state: 'input-available',
    input: call.args,
  };
  if (call.providerExecuted) part.providerExecuted = true;
  if (typeof data?.title === 'string') part.title = data.title;
  const toolMetadata = metadataOf(data, 'toolMetadata');
  if (toolMetadata) part.toolMetadata = toolMetadata;
  const callMetadata = metadataOf(data, 'providerMetadata');
  if (callMetadata) part.callProviderMetadata = callMetadata;
  const approval = call.approval;
  const approvalId = approval?.id ?? call.toolCallId;
  if (approval?.state === 'denied') {
    part.state = 'output-denied';
    part.approval = { id: approvalId, approved: false, ...(approval.reason ? { reason: approval.reason } : {}) };
  } else if (call.result !== undefined) {
    if (call.isError) {
      part.state = 'output-error';
      part.errorText = errorTextOf(call.result);
    } else {
      part.state = 'output-available';
      part.output = call.result;
    }
    if (approval?.state === 'approved') part.approval = { id: approvalId, approved: true };
  } else if (approval !== undefined) {
    part.state = approval.state === 'approved' ? 'approval-responded' : 'approval-requested';
    part.approval = approval.state === 'approved' ? { id: approvalId, approved: true } : { id: approvalId };
  } else if (call.state === 'invalid') {
    part.state = 'output-error';
    part.errorText = call.parseError ?? 'The tool call was malformed.';
  } else if (call.state === 'streaming') part.state = 'input-streaming';
  return part;
}

function toPart(part: ChatPart): AiSdkUiMessagePart | undefined {
  switch (part.type) {
    case 'text':
    case 'reasoning': {
      const providerMetadata = metadataOf(part.providerData, 'providerMetadata');
      return { type: part.type, text: part.text, ...(providerMetadata ? { providerMetadata } : {}) };
    }
    case 'refusal':
      // The UI message has no refusal part; the refusal is what the model said, so it goes back as text.
      return { type: 'text', text: part.text };
    case 'tool-call':
      return toToolPart(part);
    case 'file':
      return { type: 'file', mediaType: part.mediaType, url: fileAsDataUrl(part), ...(part.name ? { filename: part.name } : {}) };
    case 'source':
      if (part.sourceType === 'url') return { type: 'source-url', sourceId: part.id ?? part.url ?? '', url: part.url ?? '', ...(part.title ? { title: part.title } : {}) };
      return {
        type: 'source-document',
        sourceId: part.id ?? '',
        mediaType: part.mediaType ?? 'text/plain',
        title: part.title ?? part.filename ?? '',
        ...(part.filename ? { filename: part.filename } : {}),
      };
    case 'data':
      return { type: `data-${part.name}`, ...(part.id !== undefined ? { id: part.id } : {}), data: part.data };
    case 'step-start':
      return { type: 'step-start' };
  }
}

/**
 * Converts the conversation to AI SDK `UIMessage`s (`ai` 6.x), the `messages` a route hands to
 * `convertToModelMessages`. Every part keeps its place; a tool call and its result are one tool part,
 * as in the SDK; text and reasoning carry back the `providerMetadata` they streamed with (thinking
 * signatures). An assistant message goes back under the id the server gave it in its `start` chunk,
 * so that a route that stores messages by id finds its own; its custom metadata is its `metadata`.
 * Assistant messages without parts (a turn that failed before saying anything) are left out.
 *
 * A route that was sent an assistant message last (tool results to continue from) answers under that
 * message's id, as `useChat` keeps one message per agent turn; the store makes a new message per
 * request. So consecutive assistant messages with the same server id go back as the one UI message the
 * server knows, their parts joined by a step boundary and their metadata merged.
 */
export function toUIMessages(messages: readonly ChatMessage[]): AiSdkUiMessage[] {
  const out: AiSdkUiMessage[] = [];
  for (const message of messages) {
    if (message.role === 'assistant' && message.parts.length === 0) continue;
    const parts: AiSdkUiMessagePart[] = [];
    for (const part of message.parts) {
      const converted = toPart(part);
      if (converted !== undefined) parts.push(converted);
    }
    const id = message.role === 'assistant' ? (message.metadata?.responseId ?? message.id) : message.id;
    const custom = message.metadata?.custom;
    const previous = out.at(-1);
    if (message.role === 'assistant' && previous?.role === 'assistant' && previous.id === id) {
      if (parts[0]?.type !== 'step-start') previous.parts.push({ type: 'step-start' });
      previous.parts.push(...parts);
      if (custom) previous.metadata = { ...previous.metadata, ...custom };
      continue;
    }
    out.push({ id, role: message.role, parts, ...(custom ? { metadata: custom } : {}) });
  }
  return out;
}
