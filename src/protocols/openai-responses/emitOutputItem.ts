import type { StreamPart } from '../StreamPart';
import type { EmitStreamPart } from '../StreamDecoder';
import type { OutputItem, OutputItems } from './createOutputItems';
import { isHostedKind } from './createOutputItems';
import { HOSTED_TOOL_NAMES, readGeneratedImage, readHostedOutcome } from './hostedToolCalls';
import { isRecord, nonEmptyString, type OpenAIResponsesItem } from './OpenAIResponsesEvent';
import { readAnnotation } from './readAnnotation';
import { argumentsText } from './responsesFields';

type ToolCallStreamPart = Extract<StreamPart, { type: 'tool-call' }>;

const entriesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A tool-call part of item `index`; `custom` and `providerExecuted` are set only when true. */
function callPart(index: number, item: OutputItem, argumentsDelta: string): ToolCallStreamPart {
  const part: ToolCallStreamPart = { type: 'tool-call', choice: 0, index, argumentsDelta };
  if (item.kind === 'custom_tool_call') part.custom = true;
  else if (isHostedKind(item.kind)) part.providerExecuted = true;
  return part;
}

/**
 * Emits what `response.output_item.added` announces: a function, custom or hosted tool call gets its
 * part (id, name) at once, so that the UI shows the call before its arguments arrive. Messages and
 * reasoning items open their parts with their first delta.
 */
export function emitItemAdded(items: OutputItems, index: number, wire: OpenAIResponsesItem, emit: EmitStreamPart): void {
  const item = items.add(index, wire);
  if (item.kind === 'function_call' || item.kind === 'custom_tool_call') {
    // Input that already streamed (deltas before a late announcement) is not sent twice.
    const input = item.streamed ? '' : argumentsText(item.kind === 'custom_tool_call' ? wire.input : wire.arguments);
    if (input !== '') item.streamed = true;
    const part = callPart(index, item, input);
    part.id = item.callId;
    part.name = nonEmptyString(wire.name);
    if (item.providerData) part.providerData = item.providerData;
    emit(part);
  } else if (isHostedKind(item.kind)) {
    const input = item.streamed ? '' : argumentsText(wire.arguments);
    if (input !== '') item.streamed = true;
    const part = callPart(index, item, input);
    part.id = item.itemId;
    part.name = HOSTED_TOOL_NAMES.get(item.kind) ?? nonEmptyString(wire.name);
    part.providerData = { ...item.providerData, status: nonEmptyString(wire.status) ?? 'in_progress' };
    emit(part);
  }
}

function emitMessageDone(items: OutputItems, index: number, item: OutputItem, wire: OpenAIResponsesItem, emit: EmitStreamPart): void {
  const content = entriesOf(wire.content);
  for (let i = 0; i < content.length; i++) {
    const entry = content[i];
    if (!isRecord(entry)) continue;
    // A server that sent the item whole, without deltas, still gets its text shown.
    if (!item.streamed && entry.type === 'output_text' && typeof entry.text === 'string' && entry.text !== '') {
      const part: StreamPart = { type: 'text', choice: 0, delta: entry.text };
      if (items.open('text', index, i, emit) && item.providerData) part.providerData = item.providerData;
      emit(part);
    } else if (!item.streamed && entry.type === 'refusal' && typeof entry.refusal === 'string' && entry.refusal !== '') {
      items.open('refusal', index, i, emit);
      emit({ type: 'refusal', choice: 0, delta: entry.refusal });
    }
    if (!item.annotated) {
      for (const annotation of entriesOf(entry.annotations)) {
        const source = readAnnotation(annotation);
        if (source) (item.sources ??= []).push(source);
      }
    }
  }
  items.closeAt(index, emit);
  if (item.sources) for (const source of item.sources) emit({ type: 'source', choice: 0, source });
}

function emitReasoningDone(items: OutputItems, index: number, item: OutputItem, wire: OpenAIResponsesItem, emit: EmitStreamPart): void {
  if (!item.streamed) {
    const fill = (kind: 'summary' | 'reasoning', entries: unknown[], entryType: string) => {
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (!isRecord(entry) || entry.type !== entryType || typeof entry.text !== 'string' || entry.text === '') continue;
        const part: StreamPart = { type: 'reasoning', choice: 0, delta: entry.text };
        if (items.open(kind, index, i, emit) && item.providerData) part.providerData = item.providerData;
        emit(part);
      }
    };
    fill('summary', entriesOf(wire.summary), 'summary_text');
    fill('reasoning', entriesOf(wire.content), 'reasoning_text');
  }
  const encrypted = nonEmptyString(wire.encrypted_content);
  if (encrypted !== undefined) {
    // The encrypted reasoning joins the item's last reasoning part, or is a part of its own (empty text).
    const part: StreamPart = { type: 'reasoning', choice: 0, delta: '', encrypted };
    if (!items.reasoningOpenAt(index) && items.open('summary', index, -1, emit) && item.providerData) part.providerData = item.providerData;
    emit(part);
  }
  items.closeAt(index, emit);
}

function emitCallDone(index: number, item: OutputItem, wire: OpenAIResponsesItem, emit: EmitStreamPart): void {
  const input = item.streamed ? '' : argumentsText(item.kind === 'custom_tool_call' ? wire.input : wire.arguments);
  const part = callPart(index, item, input);
  if (item.callId === undefined) part.id = item.callId = nonEmptyString(wire.call_id);
  part.end = true;
  emit(part);
}

/** The fields after a streamed `code` in a code interpreter call's arguments. */
const closingFields = (wire: OpenAIResponsesItem): string => {
  const container = nonEmptyString(wire.container_id);
  return container === undefined ? '' : `,"container_id":${JSON.stringify(container)}`;
};

function emitHostedDone(index: number, item: OutputItem, wire: OpenAIResponsesItem, emit: EmitStreamPart): void {
  const mcp = item.kind === 'mcp_call';
  const outcome = readHostedOutcome(wire);
  let input = outcome.argumentsText;
  if (mcp) input = item.streamed ? '' : argumentsText(wire.arguments);
  else if (item.streamed) input = `"${closingFields(wire)}}`; // code that streamed: close its string and object
  const part = callPart(index, item, input);
  part.end = true;
  const status = nonEmptyString(wire.status);
  if (status !== undefined) part.providerData = { status };
  emit(part);
  const failed = outcome.failed || (mcp && wire.error !== undefined && wire.error !== null);
  const result = mcp ? (failed ? wire.error : wire.output) : outcome.result;
  if (item.itemId !== undefined) emit({ type: 'tool-result', choice: 0, toolCallId: item.itemId, result, ...(failed ? { isError: true as const } : {}) });
  const image = item.kind === 'image_generation_call' ? readGeneratedImage(wire) : undefined;
  if (image) emit({ type: 'file', choice: 0, file: image });
}

/**
 * Emits what `response.output_item.done` completes: a message's sources (held back until now) and any
 * text that never streamed; a reasoning item's `encrypted_content`; a call's end (so it is parsed now),
 * and for a hosted call its input, status and result. Then the item's open part is closed, so that the
 * next item starts a part of its own.
 */
export function emitItemDone(items: OutputItems, index: number, wire: OpenAIResponsesItem, emit: EmitStreamPart): void {
  let item = items.at(index);
  // An item that was never announced is announced now, so its call part gets its id and name.
  if (item.kind === '') {
    emitItemAdded(items, index, wire, emit);
    item = items.at(index);
  }
  if (item.kind === 'message') emitMessageDone(items, index, item, wire, emit);
  else if (item.kind === 'reasoning') emitReasoningDone(items, index, item, wire, emit);
  else if (item.kind === 'function_call' || item.kind === 'custom_tool_call') emitCallDone(index, item, wire, emit);
  else if (isHostedKind(item.kind)) emitHostedDone(index, item, wire, emit);
}
