/**
 * react-chat-stream/ag-ui: the AG-UI protocol, both directions: the `RunAgentInput` request
 * (`toAgUiMessages`) and the event-stream decoder, joined as {@link agUiProtocol}. An entry of its own
 * so that apps on other protocols never bundle the JSON Patch library its state deltas need.
 * @packageDocumentation
 */
export { agUiProtocol } from './agUiProtocol';
export { createAgUiDecoder } from './createAgUiDecoder';
export { toAgUiMessages } from './toAgUiMessages';
export type { AgUiInputContent, AgUiInterrupt, AgUiMessage, AgUiResumeEntry, AgUiRunAgentInput, AgUiTool, AgUiToolCall } from './AgUiRunAgentInput';
