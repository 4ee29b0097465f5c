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

function callItems(part: ToolCallPart): { call: OpenAIResponsesInputItem; output?: OpenAIResponsesInputItem } {
  const callId = part.toolCallId;
  const output = part.result === undefined ? undefined : outputText(part.result);
  if (part.custom) {
    return {
      call: { type: 'custom_tool_call', call_id: callId, name: part.toolName, input: part.argumentsText },
      output: output === undefined ? undefined : { type: 'custom_tool_call_output', call_id: callId, output },
    };
  }
  return {
    // The API wants JSON text; a call that streamed no arguments had none.
    call: { type: 'function_call', call_id: callId, name: part.toolName, arguments: part.argumentsText === '' ? '{}' : part.argumentsText },
    output: output === undefined ? undefined : { type: 'function_call_output', call_id: callId, output },
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
 *   (a signature, redacted data) means nothing to it.
 * - tool calls → `function_call` (or `custom_tool_call`) items; their results → `function_call_output`
 *   (or `custom_tool_call_output`) items, placed after the run of calls they answer, so that a
 *   reasoning item stays right before the call it led to. Calls OpenAI ran itself (web search, …) are
 *   not sent back: without stored items the API cannot take them, and the answer's text carries what
 *   they found.
 */
export function appendAssistantItems(parts: readonly ChatPart[], input: OpenAIResponsesInputItem[]): void {
  let outputs: OpenAIResponsesInputItem[] = [];
  let group: ReasoningGroup | undefined;

  const endGroup = () => {
    if (group?.encrypted !== undefined) {
      const item: ReasoningItem = { type: 'reasoning', summary: group.summary, encrypted_content: group.encrypted };
      if (group.id !== undefined) item.id = group.id;
      input.push(item);
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
          input.push({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: part.text }], ...(phase ? { phase } : {}) });
        }
        break;
      case 'refusal':
        if (part.text !== '') input.push({ type: 'message', role: 'assistant', content: [{ type: 'refusal', refusal: part.text }] });
        break;
      case 'reasoning':
        addReasoning(part);
        break;
      case 'tool-call': {
        if (part.providerExecuted) break;
        const { call, output } = callItems(part);
        input.push(call);
        if (output) outputs.push(output);
        break;
      }
    }
  }
  endGroup();
  input.push(...outputs);
}
