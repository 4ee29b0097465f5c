import type { ChatPart } from '../message';
import type { StreamPart } from '../protocols/StreamPart';
import { appendText, createTextSlot, flushText, type TextLike, type TextSlot } from './createTextSlot';
import { createToolCallBuffer, type ToolCallBuffer } from './createToolCallBuffer';

type Slot = TextSlot | { kind: 'tool-call'; buffer: ToolCallBuffer } | { kind: 'fixed'; part: ChatPart };

/**
 * The ordered parts of one answer (one choice), mutated in place on the token path. A text delta
 * appends to the open part's string; snapshots are made only at flush time, and a part that did not
 * change since the last one is handed out as the same object, so rows can memoize per part.
 */
export interface PartList {
  /** Folds in one content part (text, reasoning, refusal, tool-call, tool-result, approval, file, source, data, step, part-end). */
  apply(part: StreamPart): void;
  /** Appends a delta that carries nothing but text to the open part of `kind`, or opens one: the token path. */
  appendDelta(kind: 'text' | 'reasoning', delta: string): void;
  /** The parts as they stand; `final` strict-parses tool calls that did not end yet. */
  snapshot(final: boolean): ChatPart[];
  /** Why this answer ended, once the server said. */
  finishReason: string | undefined;
}

/**
 * Creates the part list of an answer. `initial` parts (an answer being continued) are kept as they
 * are; `callId(index)` names a call the server sent no id for.
 */
export function createPartList(initial: readonly ChatPart[], callId: (index: number) => string): PartList {
  const slots: Slot[] = initial.map((part) => ({ kind: 'fixed', part }));
  const calls = new Map<number, ToolCallBuffer>();
  let open: TextSlot | undefined;

  const textSlot = (kind: TextLike): TextSlot => {
    if (open !== undefined && open.kind === kind) return open;
    open = createTextSlot(kind);
    slots.push(open);
    return open;
  };
  const push = (part: ChatPart) => {
    open = undefined;
    slots.push({ kind: 'fixed', part });
  };
  // Results and approvals may name a call of an earlier step, kept as a fixed part.
  const updateCall = (toolCallId: string, update: (buffer: ToolCallBuffer) => void, fixed: (part: ChatPart) => ChatPart) => {
    for (let i = slots.length - 1; i >= 0; i--) {
      const slot = slots[i]!;
      if (slot.kind === 'tool-call' && slot.buffer.id === toolCallId) return update(slot.buffer);
      if (slot.kind === 'fixed' && slot.part.type === 'tool-call' && slot.part.toolCallId === toolCallId) {
        slots[i] = { kind: 'fixed', part: fixed(slot.part) };
        return;
      }
    }
  };

  const list: PartList = {
    finishReason: undefined,
    appendDelta(kind, delta) {
      appendText(textSlot(kind), delta);
    },
    apply(part) {
      switch (part.type) {
        case 'text':
        case 'refusal': {
          const slot = textSlot(part.type);
          appendText(slot, part.delta);
          if (part.type === 'text' && part.providerData) slot.extra = { ...slot.extra, providerData: { ...slot.extra.providerData, ...part.providerData } };
          return;
        }
        case 'reasoning': {
          const slot = textSlot('reasoning');
          appendText(slot, part.delta);
          if (part.signature !== undefined || part.redacted !== undefined || part.encrypted !== undefined || part.providerData) {
            const extra = { ...slot.extra };
            if (part.signature !== undefined) extra.signature = (extra.signature ?? '') + part.signature;
            if (part.redacted !== undefined) extra.redacted = part.redacted;
            if (part.encrypted !== undefined) extra.encrypted = part.encrypted;
            if (part.providerData) extra.providerData = { ...extra.providerData, ...part.providerData };
            slot.extra = extra;
          }
          return;
        }
        case 'tool-call': {
          let buffer = calls.get(part.index);
          if (!buffer) {
            buffer = createToolCallBuffer(callId(part.index));
            calls.set(part.index, buffer);
            open = undefined;
            slots.push({ kind: 'tool-call', buffer });
          }
          buffer.append(part.id, part.name, part.argumentsDelta, part.custom);
          if (part.providerExecuted || part.providerData) buffer.annotate(part.providerExecuted, part.providerData);
          if (part.end) buffer.finalize(part.args);
          return;
        }
        case 'tool-result':
          return updateCall(
            part.toolCallId,
            (buffer) => buffer.setResult(part.result, part.isError === true),
            (call) => ({ ...call, result: part.result, ...(part.isError ? { isError: true } : {}) }) as ChatPart,
          );
        case 'tool-approval': {
          const approval = { state: part.state ?? ('requested' as const), ...(part.approvalId ? { id: part.approvalId } : {}) };
          return updateCall(part.toolCallId, (buffer) => buffer.setApproval(approval), (call) => ({ ...call, approval }) as ChatPart);
        }
        case 'file':
          return push({ type: 'file', ...part.file });
        case 'source':
          return push({ type: 'source', ...part.source });
        case 'data': {
          const next: ChatPart = { type: 'data', name: part.name, data: part.data, ...(part.id !== undefined ? { id: part.id } : {}) };
          // Same name and id: the new data replaces the old part where it stands.
          if (part.id !== undefined) {
            const at = slots.findIndex((slot) => slot.kind === 'fixed' && slot.part.type === 'data' && slot.part.name === part.name && slot.part.id === part.id);
            if (at !== -1) {
              slots[at] = { kind: 'fixed', part: next };
              return;
            }
          }
          return push(next);
        }
        case 'step-start':
          return push({ type: 'step-start' });
        case 'part-end':
          open = undefined;
          return;
        case 'finish':
          list.finishReason = part.reason;
          return;
      }
    },
    snapshot(final) {
      const parts = new Array<ChatPart>(slots.length);
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!;
        if (slot.kind === 'fixed') parts[i] = slot.part;
        else if (slot.kind === 'tool-call') parts[i] = final ? slot.buffer.finalize() : slot.buffer.snapshot();
        else parts[i] = (slot.cached ??= { type: slot.kind, text: flushText(slot), ...slot.extra }) as ChatPart;
      }
      return parts;
    },
  };
  return list;
}
