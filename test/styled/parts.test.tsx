import { cleanup, render, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat, Message, type MessagePartComponents, type MessagePartProps } from '../../src/headless';
import type { ChatDataTypes, DataPart } from '../../src/message';
import {
  ChatWindow,
  StyledFilePart,
  StyledMessageParts,
  StyledReasoningPart,
  StyledRefusalPart,
  StyledSourcePart,
  StyledStepDivider,
  StyledTextPart,
  StyledToolCallPart,
} from '../../src/styled';
import type { ChatMessageInit } from '../../src/store/ChatStoreOptions';
import { useChatOptionsValue } from '../../src/styled/useChatOptionsValue';
import { createPushableChat } from '../helpers/pushableFetch';
import { everyPartConversation, TINY_PNG } from './fixtures';

afterEach(cleanup);

const row = (role: 'user' | 'assistant') => document.querySelector<HTMLElement>(`.rcs-message[data-role="${role}"]`)!;
/** What each rendered child of a message's parts container is, in document order. */
const kinds = (parts: Element) => [...parts.children].map((child) => child.getAttribute('data-part'));

function WeatherCard({ part }: MessagePartProps<Extract<DataPart<ChatDataTypes>, { name: string }>>) {
  return <p data-testid="weather">{JSON.stringify(part.data)}</p>;
}
const weatherParts = { data: { weather: WeatherCard } };

describe('a styled message with every part type', () => {
  it('renders each part in the order it streamed, in its styled piece', () => {
    const { store } = createPushableChat({ initialMessages: everyPartConversation });
    render(<ChatWindow store={store} />);
    const parts = row('assistant').querySelector('.rcs-parts')!;
    // The opening step-start draws nothing and the data part has no component: both are left out.
    expect(kinds(parts)).toEqual([
      'reasoning',
      'text',
      'tool-call',
      'tool-call',
      'tool-call',
      'step-start',
      'text',
      'source',
      'source',
      'file',
    ]);
    expect(parts.querySelectorAll('.rcs-reasoning')).toHaveLength(1);
    expect(within(parts as HTMLElement).getByRole('button', { name: 'Reasoning' }).getAttribute('aria-expanded')).toBe('false');
    expect([...parts.querySelectorAll('.rcs-content')].map((text) => text.textContent)).toEqual([
      'Let me check the forecast first.',
      'Sunny and 24 °C: spend Saturday outdoors in Belém.',
    ]);
    expect(parts.querySelector('.rcs-content strong')?.textContent).toBe('forecast');
    expect(parts.querySelector('hr.rcs-step')).toBeTruthy();
  });

  it('shows a tool call’s result, a result the tool reported as an error, and a pending approval', () => {
    const { store } = createPushableChat({ initialMessages: everyPartConversation });
    render(<ChatWindow store={store} />);
    const [weather, booking, tickets] = [...row('assistant').querySelectorAll<HTMLElement>('.rcs-tool-call')];
    expect(screen.getByRole('group', { name: 'get_weather' })).toBe(weather);
    expect(weather!.querySelector('.rcs-tool-call__result .rcs-tool-call__caption')?.textContent).toBe('Result');
    expect(weather!.querySelector('.rcs-tool-call__result pre')?.textContent).toBe('{\n  "temperature": 24,\n  "sky": "sunny"\n}');
    expect(weather!.querySelector('.rcs-tool-call__approval')).toBeNull();

    const approval = booking!.querySelector('.rcs-tool-call__approval')!;
    expect(approval.textContent).toBe('Awaiting approval');
    expect(approval.getAttribute('data-approval')).toBe('requested');
    expect(within(booking!).getAllByRole('button').map((button) => button.textContent)).toEqual(['Approve', 'Deny']);
    expect(booking!.querySelector('.rcs-tool-call__result')).toBeNull();

    const failed = tickets!.querySelector('.rcs-tool-call__result')!;
    expect(failed.hasAttribute('data-error')).toBe(true);
    expect(failed.querySelector('.rcs-tool-call__caption')?.textContent).toBe('Error');
    expect(failed.querySelector('pre')?.textContent).toBe('Sold out');
  });

  it('shows the cited sources as chips, linking a web page and naming a document', () => {
    const { store } = createPushableChat({ initialMessages: everyPartConversation });
    render(<ChatWindow store={store} />);
    const [page, document_] = [...row('assistant').querySelectorAll<HTMLElement>('.rcs-source')];
    expect(page!.getAttribute('data-source-type')).toBe('url');
    const link = within(page!).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://weather.example.com/lisbon');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Lisbon forecast');
    // The number is a CSS counter of the parts (a part reading the message would render on every token).
    expect(link.querySelector('.rcs-source__number')?.textContent).toBe('');
    expect(document_!.getAttribute('data-source-type')).toBe('document');
    expect(within(document_!).queryByRole('link')).toBeNull();
    expect(document_!.textContent).toBe('Weekend brief');
  });

  it('shows an image as a thumbnail and another file as a chip with its type and size', () => {
    const { store } = createPushableChat({ initialMessages: everyPartConversation });
    render(<ChatWindow store={store} />);
    const image = within(row('assistant')).getByRole('img', { name: 'map.png' });
    expect(image.getAttribute('src')).toBe(`data:image/png;base64,${TINY_PNG}`);
    expect(image.closest('.rcs-file')?.getAttribute('data-kind')).toBe('image');

    const chip = row('user').querySelector('.rcs-message__bubble .rcs-file')!;
    expect(chip.getAttribute('data-kind')).toBe('file');
    const link = within(chip as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://example.com/brief.pdf');
    expect(link.querySelector('.rcs-file__name')?.textContent).toBe('brief.pdf');
    expect(link.querySelector('.rcs-file__details')?.textContent).toBe('application/pdf · 47.1 KB');
    // The user's text is plain text beside its attachment.
    expect(row('user').querySelector('.rcs-content')?.getAttribute('data-format')).toBe('text');
  });

  it('renders a data part only through the component the app names for it', () => {
    const { store } = createPushableChat({ initialMessages: everyPartConversation });
    const { rerender } = render(<ChatWindow store={store} />);
    expect(screen.queryByTestId('weather')).toBeNull();
    rerender(<ChatWindow store={store} parts={weatherParts} />);
    expect(screen.getByTestId('weather').textContent).toBe('{"city":"Lisbon","temperature":24}');
    // It takes its place after the file, the last part before it.
    expect(screen.getByTestId('weather').previousElementSibling?.getAttribute('data-part')).toBe('file');
  });

  it('never links an address outside http(s), for sources and files alike', () => {
    const hostile: ChatMessageInit[] = [
      {
        id: 'a1',
        role: 'assistant',
        parts: [
          { type: 'source', sourceType: 'url', url: 'javascript:alert(1)', title: 'Bad page' },
          { type: 'file', mediaType: 'text/html', name: 'page.html', url: 'data:text/html,<script>alert(1)</script>' },
          { type: 'file', mediaType: 'image/png', name: 'x.png', url: 'javascript:alert(1)' },
        ],
      },
    ];
    const { store } = createPushableChat({ initialMessages: hostile });
    render(<ChatWindow store={store} />);
    const message = row('assistant');
    expect(message.querySelectorAll('a')).toHaveLength(0);
    expect(message.querySelectorAll('img')).toHaveLength(0);
    expect(message.querySelector('.rcs-source')?.textContent).toBe('Bad page');
    expect([...message.querySelectorAll('[data-part]')].map((part) => part.hasAttribute('data-blocked'))).toEqual([true, true, true]);
    expect([...message.querySelectorAll('.rcs-file__name')].map((name) => name.textContent)).toEqual(['page.html', 'x.png']);
  });
});

describe('the styled part pieces', () => {
  const cases = [
    ['StyledMessageParts', 'rcs-parts', <StyledMessageParts key="p" className="mine" data-extra="1" data-testid="x" />],
    ['StyledTextPart', 'rcs-content', <StyledTextPart key="t" part={{ type: 'text', text: 'Hi' }} className="mine" data-extra="1" data-testid="x" />],
    ['StyledReasoningPart', 'rcs-reasoning', <StyledReasoningPart key="r" part={{ type: 'reasoning', text: 'Hmm' }} className="mine" data-extra="1" data-testid="x" />],
    ['StyledRefusalPart', 'rcs-refusal', <StyledRefusalPart key="f" part={{ type: 'refusal', text: 'No' }} className="mine" data-extra="1" data-testid="x" />],
    [
      'StyledToolCallPart',
      'rcs-tool-call',
      <StyledToolCallPart
        key="c"
        part={{ type: 'tool-call', toolCallId: 'c', toolName: 'f', argumentsText: '{}', args: {}, state: 'ready' }}
        className="mine"
        data-extra="1"
        data-testid="x"
      />,
    ],
    ['StyledFilePart', 'rcs-file', <StyledFilePart key="i" part={{ type: 'file', mediaType: 'text/plain', name: 'a.txt' }} className="mine" data-extra="1" data-testid="x" />],
    ['StyledSourcePart', 'rcs-source', <StyledSourcePart key="s" part={{ type: 'source', sourceType: 'url', url: 'https://a.example' }} className="mine" data-extra="1" data-testid="x" />],
    ['StyledStepDivider', 'rcs-step', <StyledStepDivider key="d" part={{ type: 'step-start' }} index={3} className="mine" data-extra="1" data-testid="x" />],
  ] as const;

  it.each(cases)('%s merges className after its own classes and spreads other props', (_name, ourClass, ui) => {
    const { store } = createPushableChat({ initialMessages: everyPartConversation });
    render(
      <Chat.Root store={store}>
        <Message.Root messageId="a1">{ui}</Message.Root>
      </Chat.Root>,
    );
    const element = screen.getByTestId('x');
    expect(element.className).toBe(`${ourClass} rcs-theme mine`);
    expect(element.getAttribute('data-extra')).toBe('1');
  });

  it('names a source by its host when it has no title, and draws no rule for an opening step', () => {
    render(
      <>
        <StyledSourcePart part={{ type: 'source', sourceType: 'url', url: 'https://docs.example.com/a' }} data-testid="s" />
        <StyledStepDivider part={{ type: 'step-start' }} index={0} data-testid="d" />
      </>,
    );
    expect(screen.getByTestId('s').textContent).toBe('docs.example.com');
    expect(screen.queryByTestId('d')).toBeNull();
  });
});

describe('ChatWindow parts', () => {
  it('keeps one context value while an inline parts object names the same components, so rows do not re-render', () => {
    const { result, rerender } = renderHook(({ parts }) => useChatOptionsValue(undefined, undefined, undefined, parts), {
      initialProps: { parts: { data: { weather: WeatherCard } } as MessagePartComponents },
    });
    const first = result.current;
    rerender({ parts: { data: { weather: WeatherCard } } });
    expect(result.current).toBe(first);
    rerender({ parts: { data: { weather: WeatherCard }, toolCall: StyledToolCallPart } });
    expect(result.current).not.toBe(first);
    expect(result.current.parts?.toolCall).toBe(StyledToolCallPart);
    const second = result.current;
    rerender({ parts: { data: { weather: () => null }, toolCall: StyledToolCallPart } });
    expect(result.current).not.toBe(second);
  });
});
