import { act, cleanup, render, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatPart } from '../../src/message';
import { aiSdkUiProtocol } from '../../src/protocols/ai-sdk-ui/index';
import { createChatStore } from '../../src/store/createChatStore';
import { ChatWindow, StyledFilePart, StyledReasoningPart, StyledSourcePart, StyledTextPart, StyledToolCallPart } from '../../src/styled';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A fetch whose single answer is an AI SDK UI message stream the test writes chunk by chunk. */
function createUiStreamFetch() {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const fetch = async (): Promise<Response> => {
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    return new Response(body, { headers: { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' } });
  };
  const push = (...chunks: object[]) => {
    for (const chunk of chunks) controller!.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`));
  };
  const end = () => {
    controller!.enqueue(encoder.encode('data: [DONE]\n\n'));
    controller!.close();
  };
  return { fetch: fetch as typeof globalThis.fetch, push, end, started: () => controller !== undefined };
}

describe('ChatWindow streaming one agent turn of several steps (AI SDK UI stream)', () => {
  it('shows each part as it arrives: typing dots, reasoning open then folded, text, a tool card with its result, a step rule, a source', async () => {
    const server = createUiStreamFetch();
    const store = createChatStore({ api: 'http://test/api/chat', fetch: server.fetch, protocol: aiSdkUiProtocol, throttle: 'sync', retry: false });
    render(<ChatWindow store={store} />);
    act(() => void store.send('Plan my Saturday'));
    await waitFor(() => expect(server.started()).toBe(true));
    const answer = () => document.querySelector<HTMLElement>('.rcs-message[data-role="assistant"]')!;
    const kinds = () => [...answer().querySelector('.rcs-parts')!.children].map((child) => child.getAttribute('data-part'));

    act(() => server.push({ type: 'start', messageId: 'msg_1' }, { type: 'start-step' }));
    await waitFor(() => expect(answer().querySelector('.rcs-typing')).toBeTruthy());
    // The opening step draws no rule: nothing comes before it.
    expect(answer().querySelector('.rcs-step')).toBeNull();

    act(() => server.push({ type: 'reasoning-start', id: 'r1' }, { type: 'reasoning-delta', id: 'r1', delta: 'Weather first.' }));
    const reasoning = await waitFor(() => within(answer()).getByRole('button', { name: 'Thinking…' }));
    expect(reasoning.getAttribute('aria-expanded')).toBe('true');
    expect(answer().querySelector('.rcs-typing')).toBeNull();

    act(() =>
      server.push(
        { type: 'reasoning-end', id: 'r1' },
        { type: 'text-start', id: 't1' },
        { type: 'text-delta', id: 't1', delta: 'Checking the **forecast**.' },
      ),
    );
    await waitFor(() => expect(answer().querySelector('.rcs-content strong')?.textContent).toBe('forecast'));
    expect(within(answer()).getByRole('button', { name: 'Reasoning' }).getAttribute('aria-expanded')).toBe('false');
    expect(answer().querySelector('.rcs-content')?.hasAttribute('data-streaming')).toBe(true);

    act(() =>
      server.push(
        { type: 'text-end', id: 't1' },
        { type: 'tool-input-start', toolCallId: 'call_1', toolName: 'get_weather' },
        { type: 'tool-input-delta', toolCallId: 'call_1', inputTextDelta: '{"city":"Lis' },
      ),
    );
    const card = await waitFor(() => within(answer()).getByRole('group', { name: 'get_weather' }));
    expect(card.getAttribute('data-state')).toBe('streaming');
    expect(answer().querySelector('.rcs-content')?.hasAttribute('data-streaming')).toBe(false);

    act(() =>
      server.push(
        { type: 'tool-input-available', toolCallId: 'call_1', toolName: 'get_weather', input: { city: 'Lisbon' } },
        { type: 'tool-output-available', toolCallId: 'call_1', output: { temperature: 24 } },
        { type: 'finish-step' },
        { type: 'start-step' },
      ),
    );
    await waitFor(() => expect(card.querySelector('.rcs-tool-call__result pre')?.textContent).toBe('{\n  "temperature": 24\n}'));
    expect(card.getAttribute('data-state')).toBe('ready');
    // The decoder opens a step with its first content, so an empty step draws no rule yet.
    expect(answer().querySelector('.rcs-step')).toBeNull();

    act(() => server.push({ type: 'text-start', id: 't2' }, { type: 'text-delta', id: 't2', delta: 'Sunny, 24 °C.' }));
    await waitFor(() => expect(answer().querySelector('hr.rcs-step + .rcs-content')?.textContent).toBe('Sunny, 24 °C.'));

    act(() => {
      server.push(
        { type: 'text-end', id: 't2' },
        { type: 'source-url', sourceId: 's1', url: 'https://weather.example.com/lisbon', title: 'Lisbon forecast' },
        { type: 'finish-step' },
        { type: 'finish' },
      );
      server.end();
    });
    await waitFor(() => expect(answer().getAttribute('data-status')).toBe('complete'));
    expect(kinds()).toEqual(['reasoning', 'text', 'tool-call', 'step-start', 'text', 'source']);
    expect(within(answer()).getByRole('link', { name: /Lisbon forecast/ }).getAttribute('href')).toBe('https://weather.example.com/lisbon');
    expect(answer().querySelector('.rcs-typing')).toBeNull();
    // One assistant message holds the whole turn.
    expect(document.querySelectorAll('.rcs-message[data-role="assistant"]')).toHaveLength(1);
  });

  it('renders only the growing part on a token: finished text, reasoning, tool card, source and file stay as they are', async () => {
    const server = createUiStreamFetch();
    const store = createChatStore({ api: 'http://test/api/chat', fetch: server.fetch, protocol: aiSdkUiProtocol, throttle: 'sync', retry: false });
    // Every styled part piece is a forwardRef whose `render` React calls for each render, context-driven ones included.
    const rendered: ChatPart[] = [];
    for (const piece of [StyledTextPart, StyledReasoningPart, StyledToolCallPart, StyledSourcePart, StyledFilePart]) {
      const original = (piece as unknown as { render: (props: { part: ChatPart }, ref: unknown) => unknown }).render;
      vi.spyOn(piece as unknown as { render: typeof original }, 'render').mockImplementation((props, ref) => {
        rendered.push(props.part);
        return original(props, ref);
      });
    }
    render(<ChatWindow store={store} />);
    act(() => void store.send('Plan my Saturday'));
    await waitFor(() => expect(server.started()).toBe(true));
    act(() =>
      server.push(
        { type: 'start' },
        { type: 'reasoning-start', id: 'r1' },
        { type: 'reasoning-delta', id: 'r1', delta: 'Weather first.' },
        { type: 'reasoning-end', id: 'r1' },
        { type: 'text-start', id: 't1' },
        { type: 'text-delta', id: 't1', delta: 'Checking.' },
        { type: 'text-end', id: 't1' },
        { type: 'tool-input-available', toolCallId: 'call_1', toolName: 'get_weather', input: { city: 'Lisbon' } },
        { type: 'tool-output-available', toolCallId: 'call_1', output: { temperature: 24 } },
        { type: 'source-url', sourceId: 's1', url: 'https://weather.example.com/lisbon', title: 'Lisbon forecast' },
        { type: 'file', url: 'https://example.com/map.png', mediaType: 'image/png' },
        { type: 'text-start', id: 't2' },
        { type: 'text-delta', id: 't2', delta: 'Sunny' },
      ),
    );
    const answer = () => document.querySelector<HTMLElement>('.rcs-message[data-role="assistant"]')!;
    await waitFor(() => expect(answer().querySelectorAll('.rcs-content')[1]?.textContent).toBe('Sunny'));
    rendered.length = 0;

    for (const token of [',', ' 24', ' °C', '.']) act(() => server.push({ type: 'text-delta', id: 't2', delta: token }));
    await waitFor(() => expect(answer().querySelectorAll('.rcs-content')[1]?.textContent).toBe('Sunny, 24 °C.'));

    expect(rendered.length).toBeGreaterThanOrEqual(4);
    expect(new Set(rendered.map((part) => (part.type === 'text' ? part.text.slice(0, 5) : part.type)))).toEqual(new Set(['Sunny']));
  });
});
