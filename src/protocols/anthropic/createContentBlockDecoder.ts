import type { ProviderData } from '../../message';
import type { EmitStreamPart } from '../StreamDecoder';
import type { AnthropicContentBlock, AnthropicDelta } from './AnthropicStreamEvent';
import { emitCitation } from './citationAsSource';
import { isRecord, malformedEvent, nonEmptyString } from './malformedEvent';

/** What the decoder remembers about an open block; only tool blocks need more than their kind. */
interface BlockState {
  tool: boolean;
  /** The `input` of `content_block_start`: the arguments when no `input_json_delta` follows. */
  input: unknown;
  streamed: boolean;
}

const TEXT_BLOCK: BlockState = { tool: false, input: undefined, streamed: false };

/** Decodes the `content_block_*` events of one response; see {@link createContentBlockDecoder}. */
export interface ContentBlockDecoder {
  /** `content_block_start`: opens block `index` and emits what the block already holds. */
  start(index: number, block: AnthropicContentBlock, emit: EmitStreamPart): void;
  /** `content_block_delta`: `data` is the event's JSON text, kept by the error of a malformed delta. */
  delta(index: number, delta: AnthropicDelta, emit: EmitStreamPart, data: string): void;
  /** `content_block_stop`: ends a tool call's arguments and closes the block's part. */
  stop(index: number, emit: EmitStreamPart): void;
}

const argumentsOf = (input: unknown): string => (isRecord(input) && Object.keys(input).length > 0 ? JSON.stringify(input) : '');

/**
 * Creates the content-block half of the Anthropic decoder. Each block becomes its own part: `text`,
 * `thinking` (reasoning with its `signature`), `redacted_thinking` (reasoning with `redacted` data and
 * no text), `tool_use` (a tool call keyed by the block index, ended at `content_block_stop`), and any
 * other `*_tool_use` block (`server_tool_use`, `mcp_tool_use`) as a call marked `providerExecuted`.
 * A `*_tool_result` block becomes the `tool-result` of its call (`isError` when its content's type
 * ends in `_error`, or `is_error` is set). `citations_delta` becomes a source part. A `part-end`
 * closes every block at its stop (or when the next block starts without one), so that two text blocks
 * stay two parts. Unknown block and delta types are skipped, so a new kind never breaks the stream.
 */
export function createContentBlockDecoder(): ContentBlockDecoder {
  const blocks = new Map<number, BlockState>();
  // Server tool results name their call by id; the result's type is kept on the call for the request.
  const callIndexes = new Map<string, number>();
  let open = false;

  function startCall(index: number, block: AnthropicContentBlock, type: string, emit: EmitStreamPart): void {
    blocks.set(index, { tool: true, input: block.input, streamed: false });
    const id = nonEmptyString(block.id);
    if (id !== undefined) callIndexes.set(id, index);
    // What the request must repeat besides id, name and input: another block type (with its MCP server), the caller.
    let providerData: ProviderData | undefined;
    if (type !== 'tool_use' && type !== 'server_tool_use') {
      providerData = { blockType: type };
      const server = nonEmptyString(block.server_name);
      if (server !== undefined) providerData.serverName = server;
    }
    if (isRecord(block.caller)) providerData = { ...providerData, caller: block.caller };
    emit({
      type: 'tool-call',
      choice: 0,
      index,
      id,
      name: nonEmptyString(block.name),
      argumentsDelta: '',
      ...(type === 'tool_use' ? {} : { providerExecuted: true as const }),
      ...(providerData ? { providerData } : {}),
    });
  }

  function result(block: AnthropicContentBlock, type: string, emit: EmitStreamPart): void {
    const toolCallId = nonEmptyString(block.tool_use_id);
    if (toolCallId === undefined) return;
    const content = block.content;
    const isError = block.is_error === true || (isRecord(content) && typeof content.type === 'string' && content.type.endsWith('_error'));
    const index = callIndexes.get(toolCallId);
    if (index !== undefined) emit({ type: 'tool-call', choice: 0, index, argumentsDelta: '', providerData: { resultType: type } });
    emit({ type: 'tool-result', choice: 0, toolCallId, result: content, ...(isError ? { isError: true as const } : {}) });
  }

  return {
    start(index, block, emit) {
      if (open) emit({ type: 'part-end', choice: 0 });
      open = false;
      const type = typeof block.type === 'string' ? block.type : '';
      if (type === 'text') {
        open = true;
        blocks.set(index, TEXT_BLOCK);
        if (Array.isArray(block.citations)) for (const citation of block.citations) emitCitation(citation, emit);
        const text = nonEmptyString(block.text);
        if (text !== undefined) emit({ type: 'text', choice: 0, delta: text });
      } else if (type === 'thinking') {
        open = true;
        blocks.set(index, TEXT_BLOCK);
        const thinking = typeof block.thinking === 'string' ? block.thinking : '';
        const signature = nonEmptyString(block.signature);
        if (thinking !== '' || signature !== undefined) emit({ type: 'reasoning', choice: 0, delta: thinking, ...(signature ? { signature } : {}) });
      } else if (type === 'redacted_thinking') {
        open = true;
        blocks.set(index, TEXT_BLOCK);
        emit({ type: 'reasoning', choice: 0, delta: '', redacted: typeof block.data === 'string' ? block.data : '' });
      } else if (type.endsWith('_tool_use') || type === 'tool_use') startCall(index, block, type, emit);
      else if (type.endsWith('_tool_result')) result(block, type, emit);
    },
    delta(index, delta, emit, data) {
      switch (delta.type) {
        case 'text_delta': {
          const text = delta.text;
          if (typeof text !== 'string') throw malformedEvent('a text_delta without a string `text`', data);
          if (text !== '') emit({ type: 'text', choice: 0, delta: text });
          return;
        }
        case 'thinking_delta': {
          const thinking = delta.thinking;
          if (typeof thinking !== 'string') throw malformedEvent('a thinking_delta without a string `thinking`', data);
          if (thinking !== '') emit({ type: 'reasoning', choice: 0, delta: thinking });
          return;
        }
        case 'signature_delta': {
          const signature = delta.signature;
          if (typeof signature !== 'string') throw malformedEvent('a signature_delta without a string `signature`', data);
          emit({ type: 'reasoning', choice: 0, delta: '', signature });
          return;
        }
        case 'input_json_delta': {
          const json = delta.partial_json;
          if (typeof json !== 'string') throw malformedEvent('an input_json_delta without a string `partial_json`', data);
          // Input for a block that was not opened as a tool call has no call to belong to.
          const block = blocks.get(index);
          if (block === undefined || !block.tool) return;
          block.streamed = true;
          if (json !== '') emit({ type: 'tool-call', choice: 0, index, argumentsDelta: json });
          return;
        }
        case 'citations_delta':
          emitCitation(delta.citation, emit);
          return;
      }
    },
    stop(index, emit) {
      const block = blocks.get(index);
      blocks.delete(index);
      // A call whose input came whole in its start event (no deltas) gets that input as its arguments.
      if (block?.tool) emit({ type: 'tool-call', choice: 0, index, argumentsDelta: block.streamed ? '' : argumentsOf(block.input), end: true });
      open = false;
      emit({ type: 'part-end', choice: 0 });
    },
  };
}
