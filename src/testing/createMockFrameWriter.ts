import { createAgUiMockWriter } from './formats/createAgUiMockWriter';
import { createAiSdkUiMockWriter } from './formats/createAiSdkUiMockWriter';
import { createAnthropicMockWriter } from './formats/createAnthropicMockWriter';
import { createGeminiMockWriter } from './formats/createGeminiMockWriter';
import { createOpenAIChatMockWriter } from './formats/createOpenAIChatMockWriter';
import { createOpenAIResponsesMockWriter } from './formats/createOpenAIResponsesMockWriter';
import type { MockFrameWriter, MockFrameWriterContext } from './formats/MockFrameWriter';
import type { MockWireFormat } from './formats/MockWireFormat';

const WRITERS: Record<MockWireFormat, (context: MockFrameWriterContext) => MockFrameWriter> = {
  'openai-chat': createOpenAIChatMockWriter,
  'openai-responses': createOpenAIResponsesMockWriter,
  anthropic: createAnthropicMockWriter,
  gemini: createGeminiMockWriter,
  'ai-sdk-ui': createAiSdkUiMockWriter,
  'ag-ui': createAgUiMockWriter,
};

/**
 * The seam between a scenario and the bytes: the timeline turns a scenario into format-free tokens and
 * endings, and the writer of `format` turns each into that format's frames. A new wire format is a new
 * writer in `formats/` and one entry here; scenarios, faults, timing and transports stay as they are.
 * An unknown format falls back to Chat Completions, so a stale story control cannot break the mock.
 */
export function createMockFrameWriter(format: MockWireFormat, context: MockFrameWriterContext): MockFrameWriter {
  return (WRITERS[format] ?? createOpenAIChatMockWriter)(context);
}
