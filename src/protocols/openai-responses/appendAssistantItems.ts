import type { ChatPart, ReasoningPart, ToolCallPart } from '../../message';
import type { OpenAIResponsesInputItem } from './OpenAIResponsesInputItem';

type ReasoningItem = Extract<OpenAIResponsesInputItem, { type: 'reasoning' }>;

/** A reasoning item being gathered from the consecutive parts that share its item id. */
interface ReasoningGroup {
  id: string | undefined;
  summary: ReasoningItem['summary'];
  encrypted: string | undefined;
}

const stringField = (data: Record<string, unknown> | undefined, key: string): string | undefined => {
  const value = data?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** A tool result as the `output` string the API takes: text as is, anything else as JSON. */
const outputText = (result: unknown): string => (typeof result === 'string' ? result : (JSON.stringify(result) ?? String(result)));

/** A call with a result as its call and output items; `undefined` for a call still without a result. */
function callItems(part: ToolCallPart): { call: OpenAIResponsesInputItem; output: OpenAIResponsesInputItem } | undefined {
  if (part.result === undefined) return undefined;
  const callId = part.toolCallId;
  const output = outputText(part.result);
  if (part.custom) {
    return {
      call: { type: 'custom_tool_call', call_id: callId, name: part.toolName, input: part.argumentsText },
      output: { type: 'custom_tool_call_output', call_id: callId, output },
    };
  }
  return {
    // The API wants JSON text; a call that streamed no arguments had none.
    call: { type: 'function_call', call_id: callId, name: part.toolName, arguments: part.argumentsText === '' ? '{}' : part.argumentsText },
    output: { type: 'function_call_output', call_id: callId, output },
  };
}

/**
 * Appends the input items of one assistant message to `input`, in the order of its parts:
 *
 * - text → an assistant `message` with one `output_text` entry (its `phase` sent back when the server
 *   gave one); refusal → one with a `refusal` entry.
 * - reasoning → a `reasoning` item `{ id, summary, encrypted_content }`, built from the consecutive
 *   parts with the same item id (one per summary entry). Only reasoning that carries encrypted content
 *   is sent: with `store: false` the API can verify nothing else, and reasoning from another provider
 *   (a signature, redacted data) means nothing to it. The API also rejects a reasoning item that is not
 *   followed by the item it led to, so one is sent only right before a message or call that is sent.
 * - tool calls → `function_call` (or `custom_tool_call`) items; their results → `function_call_output`
 *   (or `custom_tool_call_output`) items, placed after the run of calls they answer, so that a
 *   reasoning item stays right before the call it led to. A call without a result is left out (the API
 *   rejects a call without its output), and so are calls OpenAI ran itself (web search, …): without
 *   stored items the API cannot take them back, and the answer's text carries what they found.
 */
export function appendAssistantItems(parts: readonly ChatPart[], input: OpenAIResponsesInputItem[]): void {
  let outputs: OpenAIResponsesInputItem[] = [];
  let group: ReasoningGroup | undefined;
  // The last finished reasoning item, waiting for the item it led to.
  let reasoning: ReasoningItem | undefined;

  const endGroup = () => {
    if (group === undefined) return;
    reasoning = undefined;
    if (group.encrypted !== undefined) {
      reasoning = { type: 'reasoning', summary: group.summary, encrypted_content: group.encrypted };
      if (group.id !== undefined) reasoning.id = group.id;
    }
    group = undefined;
  };
  const addReasoning = (part: ReasoningPart) => {
    const id = stringField(part.providerData, 'itemId');
    if (group === undefined || id === undefined || group.id !== id) {
      endGroup();
      group = { id, summary: [], encrypted: undefined };
    }
    if (part.text !== '') group.summary.push({ type: 'summary_text', text: part.text });
    if (part.encrypted !== undefined) group.encrypted = part.encrypted;
  };
  const push = (item: OpenAIResponsesInputItem) => {
    if (reasoning) input.push(reasoning);
    reasoning = undefined;
    input.push(item);
  };

  for (const part of parts) {
    if (part.type !== 'reasoning') endGroup();
    if (part.type !== 'tool-call' && outputs.length > 0) {
      input.push(...outputs);
      outputs = [];
    }
    switch (part.type) {
      case 'text':
        if (part.text !== '') {
          const phase = stringField(part.providerData, 'phase');
          push({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: part.text }], ...(phase ? { phase } : {}) });
        }
        break;
      case 'refusal':
        if (part.text !== '') push({ type: 'message', role: 'assistant', content: [{ type: 'refusal', refusal: part.text }] });
        break;
      case 'reasoning':
        addReasoning(part);
        break;
      case 'tool-call': {
        const items = part.providerExecuted ? undefined : callItems(part);
        if (items === undefined) {
          reasoning = undefined;
          break;
        }
        push(items.call);
        outputs.push(items.output);
        break;
      }
      case 'step-start':
        reasoning = undefined;
        break;
    }
  }
  input.push(...outputs);
}
