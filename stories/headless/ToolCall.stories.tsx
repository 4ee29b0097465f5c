import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ToolCall } from '../../src/headless';
import { ToolCallArguments, ToolCallName, ToolCallResult, ToolCallRoot } from '../../src/headless/tool-call/toolCallParts';
import { MockChat } from '../support/MockChat';
import { lastAssistant, waitForAssistant } from '../support/play';
import { BOOKING_TOOL_CALL } from '../support/sampleAnswers';
import '../support/stories.css';

const meta = {
  title: 'Headless/ToolCall',
  component: ToolCallRoot,
  subcomponents: { ToolCallName, ToolCallArguments, ToolCallResult },
  parameters: {
    docs: {
      description: {
        component:
          '`ToolCall.*` shows one tool call: `data-state` is `streaming` while its arguments arrive (shown from a ' +
          'best-effort parse of the partial JSON), `ready` once they parsed, `invalid` when the final text is not JSON. ' +
          'Inside `Message.ToolCalls` each call is provided; alone, pass `call`.',
      },
    },
  },
  render: (args) => (
    <ToolCall.Root {...args} className="sb-tool" style={{ maxWidth: 480, fontFamily: 'system-ui' }}>
      <strong>
        <ToolCall.Name />
      </strong>
      <ToolCall.Arguments />
      <ToolCall.Result render={(result) => <>Result: {JSON.stringify(result)}</>} />
    </ToolCall.Root>
  ),
} satisfies Meta<typeof ToolCallRoot>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Arguments still arriving: the partial JSON is parsed as far as it goes. */
export const Streaming: Story = {
  args: {
    call: {
      type: 'tool-call',
      toolCallId: 'call_1',
      toolName: 'get_weather',
      argumentsText: '{"city": "Par',
      args: { city: 'Par' },
      state: 'streaming',
    },
  },
};

/** Complete arguments, and the result the app gave back with `addToolResult`. */
export const ReadyWithResult: Story = {
  args: {
    call: {
      type: 'tool-call',
      toolCallId: 'call_2',
      toolName: 'get_weather',
      argumentsText: '{"city":"Paris","unit":"celsius"}',
      args: { city: 'Paris', unit: 'celsius' },
      state: 'ready',
      result: { temperature: 18 },
    },
  },
};

/** Final arguments that are not JSON: the raw text is shown as it came. */
export const Invalid: Story = {
  args: {
    call: {
      type: 'tool-call',
      toolCallId: 'call_3',
      toolName: 'search_flights',
      argumentsText: '{"from": "CDG", "to": "HND"',
      args: { from: 'CDG', to: 'HND' },
      state: 'invalid',
      parseError: 'Unexpected end of JSON input',
    },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('pre')).toHaveTextContent('{"from": "CDG", "to": "HND"');
  },
};

/**
 * A call streamed by the mock backend, slowly: watch the arguments fill in key by key until the call
 * is `ready`.
 */
export const LiveArguments: Story = {
  render: () => (
    <MockChat
      scenario={{ toolCalls: [BOOKING_TOOL_CALL], tokensPerSecond: 25 }}
      autoSend="Book a table for four in Lyon tonight."
    />
  ),
  play: async ({ canvasElement }) => {
    const seen = new Set<string>();
    const argumentsText = () => lastAssistant(canvasElement).querySelector('.sb-tool pre')?.textContent ?? '';
    // Sample the arguments area while it streams: it must show several different partial values.
    await waitFor(
      () => {
        const pre = lastAssistant(canvasElement).querySelector('.sb-tool pre');
        expect(pre).toHaveAttribute('data-state', 'streaming');
        seen.add(argumentsText());
        expect(seen.size).toBeGreaterThanOrEqual(3);
      },
      { timeout: 4000, interval: 40 },
    );
    const row = await waitForAssistant(canvasElement, 'complete');
    await expect(row.querySelector('.sb-tool')).toHaveAttribute('data-state', 'ready');
    await expect(argumentsText()).toContain('"notes": "window seat please"');
    await expect([...seen].every((partial) => partial.length < argumentsText().length)).toBe(true);
  },
};
