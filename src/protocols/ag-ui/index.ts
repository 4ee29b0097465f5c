/**
 * AG-UI, both directions: the `RunAgentInput` request (`toAgUiMessages`) and the event-stream decoder,
 * joined as {@link agUiProtocol}.
 */
export { agUiProtocol } from './agUiProtocol';
export { createAgUiDecoder } from './createAgUiDecoder';
export { toAgUiMessages } from './toAgUiMessages';
export type { AgUiInputContent, AgUiMessage, AgUiRunAgentInput, AgUiToolCall } from './AgUiRunAgentInput';
