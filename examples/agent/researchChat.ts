// Budgets: an agent turn stops asking the model once one is spent, and says why on the message.
import { createChatStore, type ChatMessage, type ChatTool, type ChatTurnEnd } from 'react-chat-stream/core';

const pages = ['Streaming answers', 'Client tools', 'Approvals', 'Budgets and loops'];

const searchDocs: ChatTool<{ query: string }> = {
  description: 'Searches the documentation by title',
  parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
  execute: ({ query }) => pages.filter((title) => title.toLowerCase().includes(query.toLowerCase())),
};

// A terminal tool: its result is the answer, and the turn ends without asking the model again.
const finalAnswer: ChatTool<{ answer: string }> = {
  description: 'Gives the final answer',
  parameters: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
  terminal: true,
  execute: ({ answer }) => answer,
};

export function createResearchChat(api: string) {
  return createChatStore({
    api,
    tools: { search_docs: searchDocs, final_answer: finalAnswer },
    maxSteps: 5, // model requests per turn (default 10)
    maxOutputTokensPerTurn: 8_000, // summed over the steps' reported usage (default 100 000)
    maxTurnMs: 60_000, // wall time of the turn (default 5 minutes)
    maxRepeatedCalls: 2, // the same call twice in a row is a loop (default 3)
  });
}

const endings: Record<ChatTurnEnd, string> = {
  'max-steps': 'Stopped after 5 steps.',
  'max-output-tokens': 'Stopped: this answer used its token budget.',
  'max-duration': 'Stopped: this answer took over a minute.',
  loop: 'Stopped: the assistant repeated the same search.',
  'terminal-tool': 'Answered.',
};

/** Why the client ended the agent turn of `message`, in words; `undefined` when the model finished by itself. */
export function describeTurnEnd(message: ChatMessage): string | undefined {
  const end = message.metadata?.turnEnd;
  return end && endings[end];
}
