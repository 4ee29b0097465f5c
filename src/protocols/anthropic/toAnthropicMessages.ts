import type { ChatMessage, ReasoningPart, ToolCallPart } from '../../message';
import type { AnthropicRequestContentBlock, AnthropicRequestMessage } from './AnthropicRequestMessage';
import { toAnthropicFileBlock } from './toAnthropicFileBlock';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const resultText = (result: unknown): string => (typeof result === 'string' ? result : JSON.stringify(result ?? null));

/**
 * Reasoning goes back only in the form the API can verify: `thinking` with its signature, or
 * `redacted_thinking` with its data. Reasoning without either (another provider's, or cut off before
 * the signature arrived) would be rejected, so it is left out.
 */
function reasoningBlock(part: ReasoningPart): AnthropicRequestContentBlock | undefined {
  if (part.redacted !== undefined) return { type: 'redacted_thinking', data: part.redacted };
  if (part.signature) return { type: 'thinking', thinking: part.text, signature: part.signature };
  return undefined;
}

/**
 * A provider-run call and its result block, side by side in the assistant content, as the API sent them.
 * A call still without a result (a `pause_turn` answer) goes alone, so the API can carry on with it.
 */
function serverToolBlocks(call: ToolCallPart, input: Record<string, unknown>): AnthropicRequestContentBlock[] {
  const data = call.providerData ?? {};
  const blockType = data.blockType === 'mcp_tool_use' ? 'mcp_tool_use' : 'server_tool_use';
  const use: AnthropicRequestContentBlock = { type: blockType, id: call.toolCallId, name: call.toolName, input };
  if (typeof data.serverName === 'string') use.server_name = data.serverName;
  if (call.result === undefined) return [use];
  const resultType = typeof data.resultType === 'string' ? data.resultType : blockType === 'mcp_tool_use' ? 'mcp_tool_result' : `${call.toolName}_tool_result`;
  const result: AnthropicRequestContentBlock = { type: resultType as `${string}_tool_result`, tool_use_id: call.toolCallId, content: call.result };
  if (call.isError && blockType === 'mcp_tool_use') result.is_error = true;
  return [use, result];
}

/** Appends a message, joining it to the previous one when the role is the same (the API wants turns to alternate). */
function push(out: AnthropicRequestMessage[], role: AnthropicRequestMessage['role'], content: AnthropicRequestContentBlock[]): void {
  if (content.length === 0) return;
  const last = out[out.length - 1];
  if (last?.role === role) last.content.push(...content);
  else out.push({ role, content });
}

function pushUser(out: AnthropicRequestMessage[], message: ChatMessage): void {
  const content: AnthropicRequestContentBlock[] = [];
  for (const part of message.parts) {
    // The API rejects empty text blocks.
    if (part.type === 'text' && part.text !== '') content.push({ type: 'text', text: part.text });
    else if (part.type === 'file') content.push(toAnthropicFileBlock(part));
  }
  push(out, 'user', content);
}

/**
 * Each step of an agent turn becomes an assistant message (its thinking, text and `tool_use` blocks, in
 * the order they streamed) followed by a user message of `tool_result` blocks, the shape the API
 * requires. A call without a result is left out: the API rejects a `tool_use` that the next message
 * does not answer. The exception is a provider-run call in the conversation's last message: that is a
 * `pause_turn` answer being continued, which the API wants back as it was.
 */
function pushAssistant(out: AnthropicRequestMessage[], message: ChatMessage, last: boolean): void {
  let content: AnthropicRequestContentBlock[] = [];
  let results: AnthropicRequestContentBlock[] = [];
  const flush = () => {
    push(out, 'assistant', content);
    push(out, 'user', results);
    content = [];
    results = [];
  };
  for (const part of message.parts) {
    if (part.type === 'text') {
      if (part.text !== '') content.push({ type: 'text', text: part.text });
    } else if (part.type === 'reasoning') {
      const block = reasoningBlock(part);
      if (block) content.push(block);
    } else if (part.type === 'tool-call' && (part.result !== undefined || (last && part.providerExecuted))) {
      const input = isRecord(part.args) ? part.args : {};
      if (part.providerExecuted) content.push(...serverToolBlocks(part, input));
      else {
        const use: AnthropicRequestContentBlock = { type: 'tool_use', id: part.toolCallId, name: part.toolName, input };
        if (part.providerData?.caller !== undefined) use.caller = part.providerData.caller;
        content.push(use);
        results.push({ type: 'tool_result', tool_use_id: part.toolCallId, content: resultText(part.result), ...(part.isError ? { is_error: true as const } : {}) });
      }
    } else if (part.type === 'step-start') flush();
  }
  flush();
}

/**
 * Converts the conversation to Anthropic request messages (system messages are left to
 * {@link toAnthropicSystem}). User messages carry their text and attachments (`image` and `document`
 * blocks); assistant messages carry thinking and redacted thinking with what verifies them, text,
 * tool calls, and the results of tools the API ran, so that a thinking signature and every tool result
 * reach the next request. Consecutive messages of one role are joined into one.
 */
export function toAnthropicMessages(messages: readonly ChatMessage[]): AnthropicRequestMessage[] {
  const out: AnthropicRequestMessage[] = [];
  messages.forEach((message, index) => {
    if (message.role === 'user') pushUser(out, message);
    else if (message.role === 'assistant') pushAssistant(out, message, index === messages.length - 1);
  });
  return out;
}

/** The text of the conversation's system messages, for the request's top-level `system`; `undefined` when none has any. */
export function toAnthropicSystem(messages: readonly ChatMessage[]): string | undefined {
  const texts: string[] = [];
  for (const message of messages) {
    if (message.role !== 'system') continue;
    let text = '';
    for (const part of message.parts) if (part.type === 'text') text += part.text;
    if (text !== '') texts.push(text);
  }
  return texts.length === 0 ? undefined : texts.join('\n\n');
}
