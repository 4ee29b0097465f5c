import type { ChatProtocol } from '../../src/protocols';
import { agUiProtocol } from '../../src/protocols/ag-ui/index';
import { aiSdkUiProtocol } from '../../src/protocols/ai-sdk-ui/index';
import { anthropicProtocol } from '../../src/protocols/anthropic/index';
import { geminiProtocol } from '../../src/protocols/gemini/index';
import { openAIChatProtocol } from '../../src/protocols/openai-chat/index';
import { openAIResponsesProtocol } from '../../src/protocols/openai-responses/index';
import type { MockWireFormat } from '../../src/testing';

/**
 * The protocols the stories can talk, by the name the mock kit writes them under: the chat is given
 * the protocol, the mock fetch the same name as its `format`, so both ends speak one wire format.
 * A new protocol is one line here (the Stream lab's control lists every key).
 */
export const LAB_PROTOCOLS = {
  'openai-chat': openAIChatProtocol,
  'openai-responses': openAIResponsesProtocol,
  anthropic: anthropicProtocol,
  gemini: geminiProtocol,
  'ai-sdk-ui': aiSdkUiProtocol,
  'ag-ui': agUiProtocol,
} as const satisfies Partial<Record<MockWireFormat, ChatProtocol>>;

/** A protocol the stories can use. */
export type LabProtocol = keyof typeof LAB_PROTOCOLS;

/** Every {@link LabProtocol}, in the order of {@link LAB_PROTOCOLS}, for a select control. */
export const LAB_PROTOCOL_NAMES = Object.keys(LAB_PROTOCOLS) as LabProtocol[];
