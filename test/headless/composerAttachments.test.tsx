import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Chat, Composer } from '../../src/headless';
import type { ChatStore } from '../../src/store/createChatStore';
import { createPushableChat } from '../helpers/pushableFetch';

let urls: string[];
let revoked: string[];
beforeEach(() => {
  urls = [];
  revoked = [];
  let next = 0;
  URL.createObjectURL = vi.fn(() => {
    const url = `blob:test/${++next}`;
    urls.push(url);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
});
afterEach(cleanup);

function renderComposer(store: ChatStore) {
  const view = render(
    <Chat.Root store={store}>
      <Composer.Root data-testid="composer">
        <Composer.Attachments />
        <Composer.Input />
        <Composer.AttachButton />
        <Composer.Submit />
      </Composer.Root>
    </Chat.Root>,
  );
  const picker = view.container.querySelector('input[type=file]') as HTMLInputElement;
  return { view, picker, input: screen.getByRole('textbox', { name: 'Message' }) };
}

const png = (name = 'a.png', bytes = [137, 80, 78, 71]) => new File([new Uint8Array(bytes)], name, { type: 'image/png' });
const pick = (picker: HTMLInputElement, files: File[]) => fireEvent.change(picker, { target: { files } });
const transfer = (files: File[], types = ['Files']) => ({ files, types, items: [], getData: () => '' });

describe('Composer attachments', () => {
  it('attaches a picked image, previews it and sends it as a file part, then clears', async () => {
    const { store, server } = createPushableChat();
    const { picker, input } = renderComposer(store);
    expect(picker.accept).toContain('image/png');
    expect(picker.multiple).toBe(true);
    pick(picker, [png()]);
    const preview = await screen.findByRole('img', { name: 'a.png' });
    expect(preview.getAttribute('src')).toBe(urls[0]);
    expect(screen.getByText('4 B')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'What is this?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    const user = store.getState().messages[0]!;
    expect(user.parts).toEqual([
      { type: 'text', text: 'What is this?' },
      { type: 'file', mediaType: 'image/png', name: 'a.png', size: 4, data: 'iVBORw==' },
    ]);
    expect(server.last().body.messages[0]!.content).toEqual([
      { type: 'text', text: 'What is this?' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw==' } },
    ]);
    expect(screen.queryByRole('list', { name: 'Attachments' })).toBeNull();
    expect(revoked).toEqual([urls[0]]);
  });

  it('sends files alone: Send is enabled by a file with no text', async () => {
    const { store, server } = createPushableChat();
    const { picker } = renderComposer(store);
    const send = screen.getByRole('button', { name: 'Send message' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    pick(picker, [new File(['hello'], 'notes.txt', { type: 'text/plain' })]);
    await screen.findByText('notes.txt');
    expect(send.disabled).toBe(false);
    fireEvent.click(send);
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(store.getState().messages[0]!.parts).toEqual([
      { type: 'file', mediaType: 'text/plain', name: 'notes.txt', size: 5, data: btoa('hello') },
    ]);
  });

  it('waits for files still being read: Enter sends nothing until the file is attached', async () => {
    const { store, server } = createPushableChat();
    const { picker, input } = renderComposer(store);
    fireEvent.change(input, { target: { value: 'Look' } });
    pick(picker, [png('slow.png')]);
    expect(screen.getByTestId('composer').hasAttribute('data-reading')).toBe(true);
    expect((screen.getByRole('button', { name: 'Send message' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getState().messages).toEqual([]);
    await screen.findByRole('img', { name: 'slow.png' });
    expect(screen.getByTestId('composer').hasAttribute('data-reading')).toBe(false);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(store.getState().messages[0]!.parts.map((part) => part.type)).toEqual(['text', 'file']);
  });

  it('removes a file, revokes its thumbnail and moves focus to the input', async () => {
    const { store, server } = createPushableChat();
    const { picker, input } = renderComposer(store);
    pick(picker, [png('a.png'), png('b.png')]);
    await screen.findByRole('img', { name: 'b.png' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.png' }));
    expect(screen.queryByRole('img', { name: 'a.png' })).toBeNull();
    expect(revoked).toEqual([urls[0]]);
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'hi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    const files = store.getState().messages[0]!.parts.filter((part) => part.type === 'file');
    expect(files.map((file) => file.name)).toEqual(['b.png']);
  });

  it('refuses a wrong type and a file over the limit inline, sending nothing', async () => {
    const { store, server } = createPushableChat({ attachments: { 'image/png': 10 } });
    const { picker } = renderComposer(store);
    expect(picker.accept).toBe('image/png');
    pick(picker, [new File(['x'], 'song.mp3', { type: 'audio/mpeg' }), png('big.png', new Array(11).fill(1))]);
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      expect.stringMatching(/"song\.mp3" \(audio\/mpeg\) cannot be sent/),
      expect.stringMatching(/"big\.png" is 11 bytes: .* up to 10 bytes/),
    ]);
    expect(screen.queryByRole('list', { name: 'Attachments' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Send message' }) as HTMLButtonElement).disabled).toBe(true);
    expect(server.responses).toHaveLength(0);
    expect(store.getState().messages).toEqual([]);
  });

  it('attaches pasted files, and leaves pasted text to the textarea', async () => {
    const { store } = createPushableChat();
    const { input } = renderComposer(store);
    const pasted = fireEvent.paste(input, { clipboardData: transfer([png('shot.png')], ['Files']) });
    expect(pasted).toBe(false);
    await screen.findByRole('img', { name: 'shot.png' });
    const text = fireEvent.paste(input, { clipboardData: transfer([], ['text/plain']) });
    expect(text).toBe(true);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('marks and announces the drop target, and attaches dropped files', async () => {
    const { store } = createPushableChat();
    renderComposer(store);
    const root = screen.getByTestId('composer');
    fireEvent.dragEnter(root, { dataTransfer: transfer([]) });
    expect(root.hasAttribute('data-dragging')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Drop files to attach them');
    fireEvent.drop(root, { dataTransfer: transfer([png('dropped.png')]) });
    expect(root.hasAttribute('data-dragging')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('');
    await screen.findByRole('img', { name: 'dropped.png' });
  });

  it('stays a drop target while the pointer crosses children, and stops when it leaves', () => {
    const { store } = createPushableChat();
    const { input } = renderComposer(store);
    const root = screen.getByTestId('composer');
    fireEvent.dragEnter(root, { dataTransfer: transfer([]) });
    fireEvent.dragEnter(input, { dataTransfer: transfer([]) });
    fireEvent.dragLeave(root, { dataTransfer: transfer([]) });
    expect(root.hasAttribute('data-dragging')).toBe(true);
    fireEvent.dragLeave(input, { dataTransfer: transfer([]) });
    expect(root.hasAttribute('data-dragging')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('ignores drags that carry no files', () => {
    const { store } = createPushableChat();
    renderComposer(store);
    const root = screen.getByTestId('composer');
    fireEvent.dragEnter(root, { dataTransfer: transfer([], ['text/plain']) });
    expect(root.hasAttribute('data-dragging')).toBe(false);
  });

  it('works from the keyboard: the attach button opens the picker, Tab reaches remove', async () => {
    const { store } = createPushableChat();
    const { picker, input } = renderComposer(store);
    const user = userEvent.setup();
    const opened = vi.fn();
    picker.addEventListener('click', opened);
    input.focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Attach files' }));
    await user.keyboard('{Enter}');
    expect(opened).toHaveBeenCalledTimes(1);
    pick(picker, [png('k.png')]);
    await screen.findByRole('img', { name: 'k.png' });
    input.focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove k.png' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('img', { name: 'k.png' })).toBeNull();
    expect(document.activeElement).toBe(input);
  });

  it('revokes thumbnails on unmount', async () => {
    const { store } = createPushableChat();
    const { view, picker } = renderComposer(store);
    pick(picker, [png()]);
    await screen.findByRole('img', { name: 'a.png' });
    act(() => view.unmount());
    expect(revoked).toEqual(urls);
  });
});
