import type { ChatProtocol } from '../ChatProtocol';
import type { AgUiRunAgentInput } from './AgUiRunAgentInput';
import { createAgUiDecoder } from './createAgUiDecoder';
import { toAgUiMessages } from './toAgUiMessages';
import { toAgUiResume } from './toAgUiResume';

let runCounter = 0;

// `crypto.randomUUID` exists only in secure contexts; a page served over plain http on a LAN address
// still needs run ids that differ between runs and tabs.
const createRunId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `run_${Date.now().toString(36)}_${(runCounter++).toString(36)}_${Math.random().toString(36).slice(2, 10)}`;

/**
 * AG-UI, the agent–user interaction protocol that LangGraph, CrewAI, Pydantic AI, LlamaIndex, Agno,
 * Mastra and CopilotKit agents speak. Each turn POSTs a `RunAgentInput`: `threadId` is the chat id,
 * `runId` is new for each request, `messages` come from {@link toAgUiMessages}, `state` is the agent
 * state the store holds (`{}` before the agent sent any), `tools` declares the client tools (the request
 * option `tools`) as `{ name, description, parameters }`, and `context` and `forwardedProps` are empty
 * unless the `body` option sets them. `tools` is `[]` rather than absent when there are none, because
 * `RunAgentInput` requires it; AG-UI requires a `description` too, so a tool without one gets `''`. An
 * app's own `tools` in the `body` option replaces them, being merged last. A run that continues one
 * ended by interrupts carries `resume` (see `toAgUiResume`): approving or denying a call an interrupt
 * asked about sends the answer this way, and a denied call's own tool message is left out, the agent
 * reporting its outcome. The event stream is read by `createAgUiDecoder`.
 */
export const agUiProtocol: ChatProtocol = {
  name: 'ag-ui',
  buildRequest(messages, { chatId, state, tools }) {
    const resume = toAgUiResume(messages);
    const answered = new Set(resume.map((entry) => entry.interruptId));
    const denied = new Set<string>();
    for (const part of messages.at(-1)?.parts ?? []) {
      if (part.type === 'tool-call' && part.approval?.state === 'denied' && answered.has(part.approval.id ?? '')) denied.add(part.toolCallId);
    }
    const body: AgUiRunAgentInput = {
      threadId: chatId,
      runId: createRunId(),
      state: state ?? {},
      // A denied interrupt is answered by its resume entry; the agent reports the call's outcome itself.
      messages: toAgUiMessages(messages).filter((message) => message.role !== 'tool' || !denied.has(message.toolCallId)),
      tools: tools?.map(({ name, description, inputSchema }) => ({ name, description: description ?? '', parameters: inputSchema })) ?? [],
      context: [],
      forwardedProps: {},
    };
    if (resume.length > 0) body.resume = resume;
    return { headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body };
  },
  createDecoder: createAgUiDecoder,
  // AG-UI event types are upper snake case (`RUN_STARTED`); no other supported format names its events so.
  detect(event) {
    if (!event.data.includes('"type"')) return false;
    try {
      const value = JSON.parse(event.data) as { type?: unknown } | null;
      return typeof value?.type === 'string' && /^[A-Z]+(?:_[A-Z]+)+$/.test(value.type);
    } catch {
      return false;
    }
  },
};
