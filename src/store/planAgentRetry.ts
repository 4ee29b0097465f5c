import type { ChatMessage, ChatMessageMetadata, ChatPart } from '../message';
import { lastStepCalls, wasCutShort } from './stoppedToolResult';

/**
 * How `retry()` goes on with an agent turn that failed or was stopped after its first step:
 * `'request'` sends the failed step's request again (`message` ends with that step's `step-start`,
 * `previous` is the message as the request sends it); `'tools'` runs again the tools a stop cut short
 * (`message` has their results removed), the step's answer having arrived whole.
 */
export type AgentRetry = { from: 'request'; message: ChatMessage; previous: ChatMessage } | { from: 'tools'; message: ChatMessage };

// What the failed attempt said about its ending does not describe the retried one.
function freshMetadata(message: ChatMessage): ChatMessageMetadata {
  const metadata = { ...message.metadata };
  delete metadata.error;
  delete metadata.finishReason;
  delete metadata.turnEnd;
  return metadata;
}

/**
 * Plans the retry of a failed (`'error'`) or stopped assistant message of an agent turn, so that the
 * steps that completed are kept and their tools never run twice: only the step where the turn broke is
 * done again. `undefined` when the turn broke in its first request (nothing to keep: the caller
 * regenerates) or the message did not fail.
 *
 * A stopped message whose last step has a client call with a result was stopped in its tools, after
 * the step's answer arrived whole: the calls cut short run again (a call still awaiting approval keeps
 * waiting) and the turn goes on, with no request repeated. Otherwise the last step's request broke:
 * its partial parts are dropped and it is re-sent.
 */
export function planAgentRetry(message: ChatMessage): AgentRetry | undefined {
  if (message.role !== 'assistant' || (message.status !== 'error' && message.status !== 'stopped')) return undefined;
  const at = message.parts.findLastIndex((part) => part.type === 'step-start');
  // A client call gets a result only once the step's answer arrived whole and its tools ran.
  const inTools = message.status === 'stopped' && lastStepCalls(message).some((call) => call.result !== undefined);
  if (inTools) {
    const parts = message.parts.map((part): ChatPart => {
      if (part.type !== 'tool-call' || !wasCutShort(part)) return part;
      const rerun = { ...part };
      delete rerun.result;
      delete rerun.isError;
      return rerun;
    });
    return { from: 'tools', message: { ...message, parts, status: 'complete', metadata: freshMetadata(message) } };
  }
  if (at === -1) return undefined;
  const metadata = freshMetadata(message);
  return {
    from: 'request',
    message: { ...message, parts: message.parts.slice(0, at + 1), status: 'streaming', metadata },
    previous: { ...message, parts: message.parts.slice(0, at), status: 'complete', metadata },
  };
}
