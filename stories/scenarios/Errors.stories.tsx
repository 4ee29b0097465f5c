import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import type { ChatStreamErrorCode } from '../../src/sse/ChatStreamError';
import type { MockScenarioResolver } from '../../src/testing';
import { MockChat } from '../support/MockChat';
import { contentText, waitForAssistant } from '../support/play';
import { LONG_ANSWER, SHORT_ANSWER } from '../support/sampleAnswers';

/**
 * Every way a turn can fail, injected by the mock backend. Failed messages keep whatever text
 * arrived, show why (code, HTTP status, requested wait) and offer Retry. Automatic retries (which
 * happen only before the first byte) are off in the HTTP stories so the error shows at once.
 */
const meta = {
  title: 'Scenarios/Errors',
  component: MockChat,
  tags: ['!autodocs'],
  args: { autoSend: 'Hello?' },
} satisfies Meta<typeof MockChat>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the answer to fail with `code`; returns its row. */
async function expectFailure(canvasElement: HTMLElement, code: ChatStreamErrorCode, text: RegExp, timeout?: number) {
  const row = await waitForAssistant(canvasElement, 'error', timeout);
  const error = row.querySelector('.sb-error');
  await expect(error).toHaveAttribute('data-code', code);
  await expect(error).toHaveTextContent(text);
  await expect(within(row).getByRole('button', { name: 'Retry' })).toBeEnabled();
  return row;
}

const noRetry = { retry: false } as const;

/** 401: a wrong API key. Not retryable. */
export const Http401: Story = {
  name: 'HTTP 401',
  args: { scenario: { fault: { type: 'http', status: 401 } }, options: noRetry },
  play: async ({ canvasElement }) => {
    await expectFailure(canvasElement, 'http', /Incorrect API key provided\. \(http, 401\)/);
  },
};

/** 429 with `Retry-After: 20`: the wait the server asked for is reported. */
export const Http429: Story = {
  name: 'HTTP 429',
  args: { scenario: { fault: { type: 'http', status: 429, headers: { 'retry-after': '20' } } }, options: noRetry },
  play: async ({ canvasElement }) => {
    await expectFailure(canvasElement, 'http', /Rate limit reached.*429, retry after 20 s/);
  },
};

/** 500 from the provider, before any byte of the answer. */
export const Http500: Story = {
  name: 'HTTP 500',
  args: { scenario: { fault: { type: 'http', status: 500 } }, options: noRetry },
  play: async ({ canvasElement }) => {
    await expectFailure(canvasElement, 'http', /server had an error.*500/);
  },
};

/** An in-band `data: {"error":…}` frame after 8 tokens, on a 200 stream. */
export const ErrorFrame: Story = {
  name: 'In-band error frame',
  args: { scenario: { text: LONG_ANSWER, tokensPerSecond: 120, fault: { type: 'error-frame', afterTokens: 8, message: 'The model crashed mid-answer.' } } },
  play: async ({ canvasElement }) => {
    const row = await expectFailure(canvasElement, 'server', /The model crashed mid-answer\./);
    await expect(LONG_ANSWER.startsWith(contentText(row))).toBe(true);
  },
};

/** The connection dies after 12 tokens: the partial text is kept. */
export const DropMidStream: Story = {
  name: 'Connection dropped mid-stream',
  args: { scenario: { text: LONG_ANSWER, tokensPerSecond: 120, fault: { type: 'drop', afterTokens: 12 } } },
  play: async ({ canvasElement }) => {
    const row = await expectFailure(canvasElement, 'network', /network/);
    const partial = contentText(row);
    await expect(partial.length).toBeGreaterThan(20);
    await expect(LONG_ANSWER.startsWith(partial)).toBe(true);
  },
};

/** The server goes silent after 8 tokens; `idleTimeoutMs: 1000` ends the wait. */
export const StallTimeout: Story = {
  name: 'Stall → idle timeout',
  args: {
    scenario: { text: LONG_ANSWER, tokensPerSecond: 120, fault: { type: 'stall', afterTokens: 8 } },
    options: { idleTimeoutMs: 1000 },
  },
  play: async ({ canvasElement }) => {
    await expectFailure(canvasElement, 'timeout', /timeout/, 5000);
  },
};

/** The body ends cleanly with no finish reason and no `[DONE]`: the answer is marked incomplete. */
export const MissingDone: Story = {
  name: 'Missing [DONE] → incomplete',
  args: { scenario: { text: SHORT_ANSWER, tokensPerSecond: 120, fault: { type: 'no-done' } } },
  play: async ({ canvasElement }) => {
    const row = await expectFailure(canvasElement, 'incomplete', /incomplete/);
    await expect(contentText(row)).toBe(SHORT_ANSWER);
  },
};

/** Fails the first request (the connection drops after 6 tokens) and answers every later one. */
function createFailOnceResolver(): MockScenarioResolver {
  let requests = 0;
  return () =>
    ++requests === 1
      ? { text: LONG_ANSWER, tokensPerSecond: 120, fault: { type: 'drop', afterTokens: 6 } }
      : { text: SHORT_ANSWER, tokensPerSecond: 150 };
}

function FailOnceChat() {
  const [scenario] = useState(createFailOnceResolver);
  return <MockChat scenario={scenario} autoSend="Hello?" />;
}

/** The first answer drops; Retry runs the turn again and the second request succeeds. */
export const RetryAfterFailure: Story = {
  args: { scenario: {} },
  render: () => <FailOnceChat />,
  play: async ({ canvasElement }) => {
    const row = await expectFailure(canvasElement, 'network', /network/);
    await userEvent.click(within(row).getByRole('button', { name: 'Retry' }));
    const answer = await waitForAssistant(canvasElement, 'complete');
    await expect(contentText(answer)).toBe(SHORT_ANSWER);
  },
};
