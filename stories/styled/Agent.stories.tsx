import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ChatTool } from '../../src/store/ChatTool';
import { ChatWindow } from '../../src/styled';
import type { MockChatRequest, MockScenario, MockScenarioSource } from '../../src/testing';
import { contentText, lastAssistant, messageRows, sendMessage, waitForAssistant } from '../support/play';
import { useMockChat, type MockChatSetup } from '../support/useMockChat';
import '../../src/styled/styles.css';

/** The styled window on the mock backend; why a turn ended and the send queue are the window's own. */
function AgentChat(setup: MockChatSetup) {
  const { store } = useMockChat(setup);
  return (
    <div style={{ height: 560, maxWidth: 820 }}>
      <ChatWindow store={store} />
    </div>
  );
}

/** The turn-end note of a message row, once there is one. */
function turnEndNote(row: HTMLElement): HTMLElement {
  const note = row.querySelector<HTMLElement>('.rcs-footer [role="note"][data-turn-end]');
  if (!note) throw new Error('No turn-end note yet.');
  return note;
}

/** Waits until the newest answer is complete and says the turn ended for `reason`; returns its row. */
async function waitForTurnEnd(canvasElement: HTMLElement, reason: string, timeout = 5000): Promise<HTMLElement> {
  return waitFor(
    () => {
      const answer = lastAssistant(canvasElement);
      expect(answer).toHaveAttribute('data-status', 'complete');
      expect(turnEndNote(answer)).toHaveAttribute('data-turn-end', reason);
      return answer;
    },
    { timeout },
  );
}

/** The first tool result the model received in this turn, as text, so an answer can quote it. */
function firstResult(request: MockChatRequest): string {
  const content = request.toolResults[0]?.content;
  return typeof content === 'string' ? content : JSON.stringify(content);
}

/** The card of the first call of `tool` in a message row. */
function toolCard(row: HTMLElement, tool: string): HTMLElement {
  const card = row.querySelector<HTMLElement>(`.rcs-tool-call[data-tool-name="${tool}"]`);
  if (!card) throw new Error(`No ${tool} card.`);
  return card;
}

const FAST = { tokensPerSecond: 400 };

const getWeather: ChatTool<{ city: string }> = {
  description: 'The current weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  execute: ({ city }) => ({ city, tempC: 21, sky: 'clear' }),
};

const deleteFile: ChatTool<{ path: string }> = {
  description: 'Deletes a file',
  parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
  needsApproval: true,
  execute: ({ path }) => ({ deleted: path }),
};

const searchDocs: ChatTool<{ query: string }> = {
  description: 'Searches the docs',
  execute: ({ query }) => ({ hits: [`${query} (page 1)`] }),
};

/** A weather call, then an answer quoting the result the request brought back. */
const weatherTurn: MockScenarioSource = (request) => ({
  ...FAST,
  steps: [{ toolCalls: [{ name: 'get_weather', arguments: { city: 'Lisbon' } }] }, { text: `Model saw: ${firstResult(request)}` }],
});

/** A delete that needs approval, then an answer quoting what came back (the result or the denial). */
const deleteTurn: MockScenarioSource = (request) => ({
  ...FAST,
  steps: [{ toolCalls: [{ name: 'delete_file', arguments: { path: 'notes.md' } }] }, { text: `Model saw: ${firstResult(request)}` }],
});

/** A model that never stops searching, each step with new arguments so that only the step budget ends it. */
const endlessSearch: MockScenarioSource = (request) => {
  const step = request.toolResults.length;
  return { ...FAST, steps: [{ toolCalls: [{ name: 'search_docs', arguments: { query: `q${step}` }, id: `call_${step}` }] }, { text: 'unreached' }] };
};

/** A model stuck on one call: same tool, same arguments, fresh ids. */
const stuckSearch: MockScenarioSource = (request) => {
  const step = request.toolResults.length;
  return { ...FAST, steps: [{ toolCalls: [{ name: 'search_docs', arguments: { query: 'same' }, id: `call_${step}` }] }, { text: 'unreached' }] };
};

const meta = {
  title: 'Styled/Agent',
  component: AgentChat,
  parameters: {
    docs: {
      description: {
        component:
          'Agent turns on the mock backend: tools run in the page, approvals, budgets, the loop guard and the send ' +
          'queue. Each turn is one assistant message; a turn the client ended (a budget, the loop guard, a terminal ' +
          'tool) says why in a note in its footer (`Message.TurnEnd`), and queued messages wait above the composer ' +
          '(`Composer.Queue`).',
      },
    },
  },
} satisfies Meta<typeof AgentChat>;

export default meta;

type Story = StoryObj<typeof meta>;

export const ClientToolRuns: Story = {
  name: 'Client tool runs, turn goes on',
  args: { scenario: weatherTurn, autoSend: 'Weather in Lisbon?', options: { tools: { get_weather: getWeather } } },
  play: async ({ canvasElement }) => {
    const answer = await waitForAssistant(canvasElement, 'complete');
    // The result the page computed reached the model, and the whole turn is one message.
    await waitFor(() => expect(answer.textContent).toContain('Model saw: {"city":"Lisbon","tempC":21'));
    await expect(messageRows(canvasElement, 'assistant')).toHaveLength(1);
    const card = toolCard(answer, 'get_weather');
    await expect(card).toHaveTextContent('clear');
    // The second model call is a new step of the same message.
    await expect(answer.querySelectorAll('.rcs-step').length).toBeGreaterThanOrEqual(1);
  },
};

export const ApprovalApproved: Story = {
  name: 'Approval: approve',
  args: { scenario: deleteTurn, autoSend: 'Delete notes.md', options: { tools: { delete_file: deleteFile } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const approve = await canvas.findByRole('button', { name: 'Approve delete_file' }, { timeout: 5000 });
    await expect(contentText(messageRows(canvasElement, 'assistant')[0]!)).not.toContain('Model saw');
    await userEvent.click(approve);
    const answer = await waitForAssistant(canvasElement, 'complete');
    await waitFor(() => expect(contentText(answer)).toContain('Model saw: {"deleted":"notes.md"}'));
    await expect(canvas.queryByRole('button', { name: 'Approve delete_file' })).toBeNull();
    await expect(toolCard(answer, 'delete_file')).toHaveTextContent('Approved');
  },
};

export const ApprovalDenied: Story = {
  name: 'Approval: deny',
  args: { scenario: deleteTurn, autoSend: 'Delete notes.md', options: { tools: { delete_file: deleteFile } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Deny delete_file' }, { timeout: 5000 }));
    const answer = await waitForAssistant(canvasElement, 'complete');
    // The denial went back to the model as the call's result, and it answered in the same message.
    await waitFor(() => expect(contentText(answer)).toMatch(/Model saw: .*denied/));
    await expect(contentText(answer)).not.toContain('"deleted"');
    await expect(messageRows(canvasElement, 'assistant')).toHaveLength(1);
    await expect(toolCard(answer, 'delete_file')).toHaveTextContent('Denied');
  },
};

export const StoppedByMaxSteps: Story = {
  name: 'Budget: maxSteps',
  args: { scenario: endlessSearch, autoSend: 'Find everything', options: { tools: { search_docs: searchDocs }, maxSteps: 3 } },
  play: async ({ canvasElement }) => {
    const answer = await waitForTurnEnd(canvasElement, 'max-steps');
    await expect(turnEndNote(answer)).toHaveTextContent('Ended at the step limit of this turn.');
    // A note, not an error: no banner, and the answer is complete.
    await expect(answer.querySelector('[role="alert"]')).toBeNull();
    // Three requests, three calls, each answered by the page; no fourth step and no final text.
    await expect(answer.querySelectorAll('.rcs-tool-call')).toHaveLength(3);
    await expect(answer).not.toHaveTextContent('unreached');
  },
};

/** Each step reports 50 output tokens, so a budget of 80 is spent after the second. */
const costlySearch: MockScenarioSource = async (request) => ({ ...(await endlessSearch(request)), usage: { completionTokens: 50 } });

export const StoppedByOutputTokens: Story = {
  name: 'Budget: maxOutputTokensPerTurn',
  args: { scenario: costlySearch, autoSend: 'Find everything', options: { tools: { search_docs: searchDocs }, maxOutputTokensPerTurn: 80 } },
  play: async ({ canvasElement }) => {
    const answer = await waitForTurnEnd(canvasElement, 'max-output-tokens');
    await expect(turnEndNote(answer)).toHaveTextContent('output token budget');
    await expect(answer.querySelectorAll('.rcs-tool-call')).toHaveLength(2);
  },
};

/** A tool slower than the turn's time budget; it honours the abort signal as a fetch would. */
const slowLookup: ChatTool = {
  execute: (_args, { signal }) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve({ found: 'late' }), 3000);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('aborted'));
      });
    }),
};

const slowTurn: MockScenario = { ...FAST, steps: [{ toolCalls: [{ name: 'slow_lookup', arguments: {} }] }, { text: 'unreached' }] };

export const StoppedByMaxTurnMs: Story = {
  name: 'Budget: maxTurnMs',
  args: { scenario: slowTurn, autoSend: 'Look it up', options: { tools: { slow_lookup: slowLookup }, maxTurnMs: 400 } },
  play: async ({ canvasElement }) => {
    const answer = await waitForTurnEnd(canvasElement, 'max-duration', 2500);
    await expect(turnEndNote(answer)).toHaveTextContent('ran out of time');
    // The running tool was aborted and answered with an error, not its late result.
    const card = toolCard(answer, 'slow_lookup');
    await expect(card).toHaveTextContent('Error');
    await expect(card).not.toHaveTextContent('late');
    await expect(answer).not.toHaveTextContent('unreached');
  },
};

export const LoopDetected: Story = {
  name: 'Loop detection',
  args: { scenario: stuckSearch, autoSend: 'Search it', options: { tools: { search_docs: searchDocs }, maxRepeatedCalls: 3 } },
  play: async ({ canvasElement }) => {
    const answer = await waitForTurnEnd(canvasElement, 'loop');
    await expect(turnEndNote(answer)).toHaveTextContent('the same tool call kept repeating');
    const cards = answer.querySelectorAll<HTMLElement>('.rcs-tool-call');
    await expect(cards).toHaveLength(3);
    // The third identical call is not run but answered with an error.
    await expect(cards[2]!).not.toHaveTextContent('page 1');
    await expect(cards[0]!).toHaveTextContent('same (page 1)');
  },
};

const SLOW_ANSWER = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');

/** A slow answer to the first question, so the others queue; quick answers naming the question after. */
const queueScenario: MockScenarioSource = (request) =>
  request.lastUserText === 'First'
    ? { text: SLOW_ANSWER, tokensPerSecond: 20 }
    : { text: `Answer to ${request.lastUserText}.`, ...FAST };

/** The texts of the queued rows above the composer, oldest first. */
function queuedTexts(canvasElement: HTMLElement): string[] {
  return Array.from(canvasElement.querySelectorAll('.rcs-queue [data-queue-item] .rcs-queue__text'), (text) => text.textContent ?? '');
}

export const QueueWithSteer: Story = {
  name: 'Queue: remove and steer',
  args: { scenario: queueScenario, autoSend: 'First', options: { whenBusy: 'queue' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitForAssistant(canvasElement, 'streaming');
    await sendMessage(canvasElement, 'Second');
    await sendMessage(canvasElement, 'Third');
    await sendMessage(canvasElement, 'Fourth');
    // Above the field, in order, nothing sent yet.
    const queue = canvas.getByRole('list', { name: 'Queued messages' });
    await expect(queue.closest('form')).toHaveClass('rcs-composer');
    await waitFor(() => expect(queuedTexts(canvasElement)).toEqual(['Second', 'Third', 'Fourth']));
    await expect(messageRows(canvasElement, 'user')).toHaveLength(1);
    await expect(canvasElement.querySelector('.rcs-queue')).toHaveAttribute('data-state', 'waiting');
    // Remove: Fourth is never sent.
    await userEvent.click(canvas.getByRole('button', { name: 'Remove from queue: Fourth' }));
    await expect(queuedTexts(canvasElement)).toEqual(['Second', 'Third']);
    await expect(canvas.getByRole('textbox', { name: 'Message' })).toHaveFocus();
    // Steer: Third goes now, the first answer is cut, Second still waits and follows.
    await userEvent.click(canvas.getByRole('button', { name: 'Send now: Third' }));
    await waitFor(() => expect(messageRows(canvasElement, 'assistant')[0]).toHaveAttribute('data-status', 'stopped'));
    await waitFor(
      () => {
        const users = messageRows(canvasElement, 'user').map((row) => contentText(row));
        expect(users).toEqual(['First', 'Third', 'Second']);
        const answers = messageRows(canvasElement, 'assistant');
        expect(answers.map((row) => row.getAttribute('data-status'))).toEqual(['stopped', 'complete', 'complete']);
        expect(answers.slice(1).map((row) => contentText(row))).toEqual(['Answer to Third.', 'Answer to Second.']);
      },
      { timeout: 5000 },
    );
    await expect(canvas.queryByRole('list', { name: 'Queued messages' })).toBeNull();
  },
};

/** The answers to First and Third fail mid-stream (an in-band server error); the others are quick. */
const failingTurns: MockScenarioSource = (request) => {
  if (request.lastUserText === 'First') return { text: SLOW_ANSWER, tokensPerSecond: 20, fault: { type: 'error-frame', afterTokens: 30 } };
  const fault = request.lastUserText === 'Third' ? ({ type: 'error-frame', afterTokens: 2 } as const) : undefined;
  return { text: `Answer to ${request.lastUserText}.`, ...FAST, fault };
};

/** The queue's paused note, once there is one. */
function pausedNote(canvasElement: HTMLElement): HTMLElement {
  const note = canvasElement.querySelector<HTMLElement>('.rcs-queue[data-state="paused"] .rcs-queue__paused');
  if (!note) throw new Error('The queue is not paused.');
  return note;
}

export const QueuePausedAfterFailure: Story = {
  name: 'Queue: paused after a failed turn',
  args: { scenario: failingTurns, autoSend: 'First', options: { whenBusy: 'queue', retry: false } },
  play: async ({ canvasElement }) => {
    await waitForAssistant(canvasElement, 'streaming');
    for (const text of ['Second', 'Third', 'Fourth']) await sendMessage(canvasElement, text);
    await waitFor(() => expect(queuedTexts(canvasElement)).toEqual(['Second', 'Third', 'Fourth']));
    // The turn fails: the queue does not send Second after an answer that never came, and says so.
    await waitForAssistant(canvasElement, 'error');
    const note = await waitFor(() => pausedNote(canvasElement));
    await expect(note.closest('.rcs-queue')).toHaveAttribute('data-paused-by', 'error');
    await expect(note).toHaveAttribute('role', 'status');
    await expect(note).toHaveTextContent('The last answer failed, so the queued messages wait.');
    await expect(messageRows(canvasElement, 'user')).toHaveLength(1);
    // Send next: Second goes and completes, the drain goes on with Third by itself, and Third's failure
    // stops it again with Fourth still queued (the state the story ends on).
    await userEvent.click(within(note).getByRole('button', { name: 'Send next queued message' }));
    await waitFor(
      () => {
        expect(messageRows(canvasElement, 'user').map((row) => contentText(row))).toEqual(['First', 'Second', 'Third']);
        const answers = messageRows(canvasElement, 'assistant');
        expect(answers.map((row) => row.getAttribute('data-status'))).toEqual(['error', 'complete', 'error']);
        expect(pausedNote(canvasElement)).toHaveTextContent('The last answer failed');
      },
      { timeout: 5000 },
    );
    await expect(queuedTexts(canvasElement)).toEqual(['Fourth']);
  },
};

/** An answer tool: its result is the answer, and it ends the turn. */
const finalAnswer: ChatTool<{ text: string }> = {
  description: 'Gives the final answer',
  parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
  terminal: true,
  execute: ({ text }) => `Final: ${text}`,
};

/** A search, then the answer tool; a third step would be text the turn must never ask for. */
const answerToolTurn: MockScenarioSource = (request) => ({
  ...FAST,
  steps: [
    { toolCalls: [{ name: 'search_docs', arguments: { query: 'opening hours' } }] },
    { toolCalls: [{ name: 'final_answer', arguments: { text: `Open 9 to 5 (${request.toolResults.length} result seen)` } }] },
    { text: 'unreached' },
  ],
});

export const TerminalTool: Story = {
  name: 'Terminal tool ends the turn',
  args: {
    scenario: answerToolTurn,
    autoSend: 'When is it open?',
    options: { tools: { search_docs: searchDocs, final_answer: finalAnswer } },
  },
  play: async ({ canvasElement }) => {
    const answer = await waitForTurnEnd(canvasElement, 'terminal-tool');
    await expect(turnEndNote(answer)).toHaveTextContent('Ended with the final tool result.');
    // One message, two steps: the search, then the answer tool, whose result is where the turn ended.
    await expect(messageRows(canvasElement, 'assistant')).toHaveLength(1);
    const cards = answer.querySelectorAll<HTMLElement>('.rcs-tool-call');
    await expect(Array.from(cards, (card) => card.dataset.toolName)).toEqual(['search_docs', 'final_answer']);
    await expect(toolCard(answer, 'final_answer')).toHaveTextContent('Final: Open 9 to 5 (1 result seen)');
    await expect(answer).not.toHaveTextContent('unreached');
    await expect(answer.querySelector('[role="alert"]')).toBeNull();
  },
};
