import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Message, Part, ToolCall, type MessagePartProps } from '../../src/headless';
import { MessageContext } from '../../src/headless/message/messageContext';
import type { ChatMessage, ChatPart, DataPart, TextPart, ToolCallPart } from '../../src/message';

afterEach(cleanup);

const call: ToolCallPart = {
  type: 'tool-call',
  toolCallId: 'call_1',
  toolName: 'get_weather',
  argumentsText: '{"city":"Oslo"}',
  args: { city: 'Oslo' },
  state: 'ready',
  result: { temp: 4 },
};

const message = (parts: ChatPart[], status: ChatMessage['status'] = 'complete', role: ChatMessage['role'] = 'assistant'): ChatMessage => ({
  id: 'a1',
  role,
  parts,
  status,
});

const inMessage = (value: ChatMessage, node: ReactNode) => <MessageContext.Provider value={value}>{node}</MessageContext.Provider>;

const partTypes = (root: Element) => [...root.children].map((child) => child.getAttribute('data-part'));

const agentTurn: ChatPart[] = [
  { type: 'reasoning', text: 'The user wants the weather.' },
  { type: 'text', text: 'Let me **check**.' },
  call,
  { type: 'step-start' },
  { type: 'text', text: 'It is 4 degrees.' },
  { type: 'file', mediaType: 'image/png', name: 'chart.png', url: 'https://cdn.example/chart.png' },
  { type: 'source', sourceType: 'url', url: 'https://met.example/oslo', title: 'Met office', citedText: '4 °C' },
  { type: 'data', name: 'weather', data: { city: 'Oslo' } },
  { type: 'refusal', text: 'I cannot forecast tomorrow.' },
];

describe('Message.Parts', () => {
  it('renders every part in the order it streamed, each by the component of its type', () => {
    render(inMessage(message(agentTurn), <Message.Parts data-testid="parts" />));
    const root = screen.getByTestId('parts');
    expect(root.getAttribute('data-count')).toBe('9');
    expect(root.getAttribute('data-status')).toBe('complete');
    // A data part has no default view: its shape is the app's.
    expect(partTypes(root)).toEqual(['reasoning', 'text', 'tool-call', 'step-start', 'text', 'file', 'source', 'refusal']);
    const [reasoning, text, tool, step, text2, file, source, refusal] = [...root.children] as HTMLElement[];
    expect(reasoning!.getAttribute('data-state')).toBe('closed');
    expect(screen.getByRole('button', { name: 'Reasoning' }).getAttribute('aria-expanded')).toBe('false');
    expect(text!.getAttribute('data-format')).toBe('markdown');
    expect(text!.querySelector('strong')?.textContent).toBe('check');
    expect(tool!.getAttribute('data-tool-name')).toBe('get_weather');
    expect(tool!.hasAttribute('data-has-result')).toBe(true);
    expect(JSON.parse(tool!.querySelector('pre')!.textContent!)).toEqual({ city: 'Oslo' });
    expect(step!.getAttribute('role')).toBe('separator');
    expect(text2!.textContent).toBe('It is 4 degrees.');
    const image = file!.querySelector('img')!;
    expect([file!.getAttribute('data-kind'), image.getAttribute('src'), image.getAttribute('alt')]).toEqual([
      'image',
      'https://cdn.example/chart.png',
      'chart.png',
    ]);
    const link = source!.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel'), link.textContent]).toEqual([
      'https://met.example/oslo',
      '_blank',
      'noopener noreferrer',
      'Met office',
    ]);
    expect(source!.querySelector('q')?.textContent).toBe('4 °C');
    expect(refusal!.textContent).toBe('I cannot forecast tomorrow.');
  });

  it('marks only the last part of a streaming message as streaming, and hides it from assistive tech', () => {
    const parts: ChatPart[] = [{ type: 'text', text: 'Checking.' }, { ...call, state: 'streaming', result: undefined }, { type: 'text', text: 'It is' }];
    render(inMessage(message(parts, 'streaming'), <Message.Parts data-testid="parts" />));
    const [first, tool, last] = [...screen.getByTestId('parts').children] as HTMLElement[];
    expect(first!.hasAttribute('data-streaming')).toBe(false);
    expect(first!.hasAttribute('aria-hidden')).toBe(false);
    expect(tool!.getAttribute('data-state')).toBe('streaming');
    expect(last!.hasAttribute('data-streaming')).toBe(true);
    expect(last!.getAttribute('aria-hidden')).toBe('true');
    expect(last!.querySelector('[data-md="root"]')?.getAttribute('data-streaming')).toBe('true');
  });

  it('shows user text as plain text, and reasoning open while it is the part that streams', async () => {
    const { rerender } = render(
      inMessage(message([{ type: 'text', text: 'Hi *there*' }], 'complete', 'user'), <Message.Parts data-testid="parts" />),
    );
    const text = screen.getByTestId('parts').firstElementChild!;
    expect([text.getAttribute('data-format'), text.textContent, text.querySelector('em')]).toEqual(['text', 'Hi *there*', null]);

    const thinking: ChatPart = { type: 'reasoning', text: 'Hmm' };
    rerender(inMessage(message([thinking], 'streaming'), <Message.Parts data-testid="parts" />));
    const trigger = screen.getByRole('button', { name: 'Thinking…' });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    rerender(inMessage(message([thinking, { type: 'text', text: 'So' }], 'streaming'), <Message.Parts data-testid="parts" />));
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.textContent).toBe('Reasoning');
    await userEvent.setup().click(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
  });

  it('renders a finished empty text or reasoning part (redacted reasoning) as nothing', () => {
    const parts: ChatPart[] = [{ type: 'reasoning', text: '', redacted: 'opaque' }, { type: 'text', text: '' }, { type: 'text', text: 'Answer' }];
    render(inMessage(message(parts), <Message.Parts data-testid="parts" />));
    expect(partTypes(screen.getByTestId('parts'))).toEqual(['text']);
  });
});

type AppData = { weather: { city: string }; chart: { points: number[] } };

function LoudText({ part, streaming }: MessagePartProps<TextPart>) {
  return <p data-part="loud">{`${part.text.toUpperCase()}${streaming ? '…' : ''}`}</p>;
}

function WeatherCard({ part }: MessagePartProps<Extract<DataPart<AppData>, { name: 'weather' }>>) {
  return <aside data-part="weather">{part.data.city}</aside>;
}

function ApprovalCall(props: MessagePartProps<ToolCallPart>) {
  return (
    <Part.ToolCall {...props} data-custom="">
      <ToolCall.Name />
    </Part.ToolCall>
  );
}

describe('Message.Parts components', () => {
  it('replaces the component of a type, renders data parts by name, and passes each the part', () => {
    const parts: ChatPart[] = [
      { type: 'text', text: 'hello' },
      { type: 'data', name: 'weather', data: { city: 'Oslo' } },
      { type: 'data', name: 'chart', data: { points: [1] } },
      { ...call, approval: { state: 'requested' } },
    ];
    render(
      inMessage(
        message(parts, 'streaming'),
        <Message.Parts<AppData> data-testid="parts" components={{ text: LoudText, toolCall: ApprovalCall, data: { weather: WeatherCard } }} />,
      ),
    );
    const root = screen.getByTestId('parts');
    // `chart` has no component, so it renders nothing.
    expect(partTypes(root)).toEqual(['loud', 'weather', 'tool-call']);
    expect(root.children[0]!.textContent).toBe('HELLO');
    expect(root.children[1]!.textContent).toBe('Oslo');
    const tool = root.children[2]!;
    expect([tool.hasAttribute('data-custom'), tool.getAttribute('data-approval'), tool.textContent]).toEqual([true, 'requested', 'get_weather']);
  });

  it('finds a data component by its own name only, never through the object prototype', () => {
    const parts: ChatPart[] = ['constructor', '__proto__', 'toString', 'weather'].map((name) => ({ type: 'data', name, data: { city: name } }));
    render(inMessage(message(parts), <Message.Parts<AppData> data-testid="parts" components={{ data: { weather: WeatherCard } }} />));
    expect([...screen.getByTestId('parts').children].map((child) => child.textContent)).toEqual(['weather']);
  });

  it('reports a tool error and a provider-run tool through data attributes', () => {
    const failed: ToolCallPart = { ...call, result: 'timeout', isError: true, providerExecuted: true };
    render(inMessage(message([failed]), <Message.Parts data-testid="parts" />));
    const tool = screen.getByTestId('parts').firstElementChild!;
    expect(tool.hasAttribute('data-error')).toBe(true);
    expect(tool.hasAttribute('data-provider-executed')).toBe(true);
    expect(tool.querySelector('div[data-error]')?.textContent).toBe('timeout');
  });

  it('renders as the given child element with asChild', () => {
    render(
      inMessage(
        message([{ type: 'text', text: 'One' }]),
        <Message.Parts asChild>
          <section data-testid="host" />
        </Message.Parts>,
      ),
    );
    const host = screen.getByTestId('host');
    expect([host.tagName, host.getAttribute('data-count'), host.textContent]).toEqual(['SECTION', '1', 'One']);
  });
});

describe('whole-message parts over an agent turn', () => {
  it('Message.Content shows the text parts as separate paragraphs; Message.Reasoning and ToolCalls gather theirs', () => {
    const parts: ChatPart[] = [
      { type: 'reasoning', text: 'First thought.' },
      { type: 'text', text: 'Let me check.' },
      call,
      { type: 'step-start' },
      { type: 'reasoning', text: 'Second thought.' },
      { type: 'text', text: 'It is cold.' },
    ];
    render(
      inMessage(
        message(parts),
        <>
          <Message.Reasoning defaultOpen>
            <Message.ReasoningContent data-testid="reasoning" />
          </Message.Reasoning>
          <Message.Content data-testid="content" />
          <Message.ToolCalls data-testid="calls" />
        </>,
      ),
    );
    const paragraphs = [...screen.getByTestId('content').querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['Let me check.', 'It is cold.']);
    expect(screen.getByTestId('reasoning').textContent).toBe('First thought.\n\nSecond thought.');
    expect(screen.getByTestId('calls').getAttribute('data-count')).toBe('1');
  });
});

describe('Part.Source', () => {
  it('cites a document by its title, else its file name, else the label', () => {
    const parts: ChatPart[] = [
      { type: 'source', sourceType: 'document', title: 'Annual report', filename: 'report.pdf', citedText: 'Revenue grew.' },
      { type: 'source', sourceType: 'document', filename: 'notes.txt' },
      { type: 'source', sourceType: 'document' },
    ];
    render(inMessage(message(parts), <Message.Parts data-testid="parts" />));
    const sources = [...screen.getByTestId('parts').children];
    expect(sources.map((source) => source.getAttribute('data-source-type'))).toEqual(['document', 'document', 'document']);
    expect(sources.map((source) => source.querySelector('cite')?.textContent)).toEqual(['Annual report', 'notes.txt', 'Document']);
    expect(sources[0]!.querySelector('q')?.textContent).toBe('Revenue grew.');
    expect(sources.some((source) => source.hasAttribute('data-blocked') || source.querySelector('a'))).toBe(false);
  });
});
