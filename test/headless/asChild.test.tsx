import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Composer, Message, Part, StreamingMarkdown, ToolCall } from '../../src/headless';
import type { ToolCallPart } from '../../src/message';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

const call: ToolCallPart = {
  type: 'tool-call',
  toolCallId: 'call_1',
  toolName: 'get_weather',
  argumentsText: '{"city":"Oslo"}',
  args: { city: 'Oslo' },
  state: 'ready' as const,
  result: { temp: 4 },
};

function inMessage(part: ReactElement) {
  const { store } = createPushableChat({
    initialMessages: [
      { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Weather?' }] },
      { id: 'a1', role: 'assistant', parts: [{ type: 'reasoning', text: 'Look it up' }, { type: 'text', text: 'Cold' }, { type: 'refusal', text: 'No' }, call], status: 'stopped' },
    ],
  });
  render(
    <Chat.Root store={store}>{part}</Chat.Root>,
  );
}

// Every part the README lists renders through one asChild implementation; these are the parts that
// had none, each checked for its content landing inside the user's element.
describe('asChild on every part', () => {
  const cases: [string, ReactElement, string][] = [
    ['Message.Status', <Message.Status asChild key="s"><em data-testid="host" /></Message.Status>, 'Stopped'],
    ['Message.Refusal', <Message.Refusal asChild key="r"><section data-testid="host" /></Message.Refusal>, 'No'],
    ['Message.ReasoningContent', <Message.Reasoning defaultOpen key="rc"><Message.ReasoningContent asChild><section data-testid="host" /></Message.ReasoningContent></Message.Reasoning>, 'Look it up'],
    ['Message.ToolCalls', <Message.ToolCalls asChild render={(each) => each.toolName} key="t"><ul data-testid="host" /></Message.ToolCalls>, 'get_weather'],
    ['ToolCall.Arguments', <ToolCall.Root call={call} key="a"><ToolCall.Arguments asChild><code data-testid="host" /></ToolCall.Arguments></ToolCall.Root>, '"city": "Oslo"'],
    ['ToolCall.Result', <ToolCall.Root call={call} key="re"><ToolCall.Result asChild><output data-testid="host" /></ToolCall.Result></ToolCall.Root>, '"temp": 4'],
  ];
  it.each(cases)('%s renders as the child element, its content inside it', (_name, part, text) => {
    inMessage(<Message.Root messageId="a1">{part}</Message.Root>);
    expect(screen.getByTestId('host').textContent).toContain(text);
  });

  it('Composer.Input renders as the given textarea component, keeping the draft wiring', () => {
    const { store } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <Composer.Root>
          <Composer.Input asChild>
            <textarea data-testid="host" className="mine" />
          </Composer.Input>
        </Composer.Root>
      </Chat.Root>,
    );
    const host = screen.getByTestId('host');
    expect(host.className).toBe('mine');
    expect(host.getAttribute('aria-label')).toBe('Message');
  });
});

describe('asChild on the Part views', () => {
  const cases: [string, ReactElement, string, string][] = [
    ['Part.Text', <Part.Text part={{ type: 'text', text: 'Hi **you**' }} asChild><article data-testid="host" /></Part.Text>, 'ARTICLE', 'Hi you'],
    ['Part.Reasoning', <Part.Reasoning part={{ type: 'reasoning', text: 'Hmm' }} asChild><section data-testid="host" /></Part.Reasoning>, 'SECTION', 'ReasoningHmm'],
    ['Part.Refusal', <Part.Refusal part={{ type: 'refusal', text: 'No' }} asChild><p data-testid="host" /></Part.Refusal>, 'P', 'No'],
    ['Part.ToolCall', <Part.ToolCall part={call} asChild><article data-testid="host"><ToolCall.Name /></article></Part.ToolCall>, 'ARTICLE', 'get_weather'],
    ['Part.File', <Part.File part={{ type: 'file', mediaType: 'application/pdf', name: 'a.pdf', url: 'https://x.example/a.pdf' }} asChild><figure data-testid="host" /></Part.File>, 'FIGURE', 'a.pdf'],
    ['Part.Source', <Part.Source part={{ type: 'source', sourceType: 'url', url: 'https://x.example/', title: 'X' }} asChild><li data-testid="host" /></Part.Source>, 'LI', 'X'],
    ['Part.StepStart', <Part.StepStart asChild><hr data-testid="host" /></Part.StepStart>, 'HR', ''],
  ];
  it.each(cases)('%s renders as the child element, its data-part and content on it', (name, part, tag, text) => {
    render(name === 'Part.Source' ? <ul>{part}</ul> : part);
    const host = screen.getByTestId('host');
    expect([host.tagName, host.getAttribute('data-part'), host.textContent]).toEqual([tag, name === 'Part.ToolCall' ? 'tool-call' : name === 'Part.StepStart' ? 'step-start' : name.slice(5).toLowerCase(), text]);
  });
});

describe('StreamingMarkdown asChild', () => {
  it('renders the blocks inside the given element, which gets the root data attributes', () => {
    render(
      <StreamingMarkdown text={'# Title\n\nBody'} asChild>
        <article data-testid="host" />
      </StreamingMarkdown>,
    );
    const host = screen.getByTestId('host');
    expect(host.getAttribute('data-md')).toBe('root');
    expect(host.querySelector('h1')!.textContent).toBe('Title');
  });
});

describe('render callbacks live in `render`, children are nodes', () => {
  it('Message.ToolCalls renders its node children once per call, with the call in context', () => {
    inMessage(
      <Message.Root messageId="a1">
        <Message.ToolCalls data-testid="calls">
          <ToolCall.Name />
        </Message.ToolCalls>
      </Message.Root>,
    );
    expect(screen.getByTestId('calls').textContent).toBe('get_weather');
  });

  it('Message.Status and Message.Refusal take `render`', () => {
    inMessage(
      <Message.Root messageId="a1">
        <Message.Status data-testid="status" render={(status) => `[${status}]`} />
        <Message.Refusal data-testid="refusal" render={(text) => text.toLowerCase()} />
      </Message.Root>,
    );
    expect(screen.getByTestId('status').textContent).toBe('[stopped]');
    expect(screen.getByTestId('refusal').textContent).toBe('no');
  });
});
