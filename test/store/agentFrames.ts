import { done, finishChunk, toolCallChunk, usageChunk } from '../helpers/openaiFrames';

/** An OpenAI answer that calls one tool with `args` (JSON text) and reports `outputTokens` of usage. */
export function toolCallAnswer(id: string, name: string, args: string, outputTokens = 5): string[] {
  return [toolCallChunk({ index: 0, id, name, arguments: args }), finishChunk('tool_calls'), usageChunk(10, outputTokens), done()];
}
