import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setupRealSocketReact } from '../react/setupRealSocketReact';
import { readmeBackendForEachTest } from './startReadmeBackend';
import { AttachmentChat } from '../../examples/agent/AttachmentChat';

setupRealSocketReact();
const backend = readmeBackendForEachTest();

const file = (name: string, type: string, bytes: Uint8Array<ArrayBuffer> | string) => new File([bytes], name, { type });
/** What a paste or a drop carries: the files, and `Files` among the types as browsers report it. */
const transfer = (files: File[]) => ({ files, types: ['Files'], items: [], getData: () => '' });
const attached = () => within(screen.getByRole('list', { name: 'Attachments' })).getAllByRole('listitem').map((item) => item.querySelector('[data-attachment-name]')?.textContent);

describe('README Tools and agents: attachments (examples/agent/AttachmentChat.tsx)', () => {
  it('takes files from the button, paste and drop, refuses what the limits do not allow, and sends the rest as file parts', async () => {
    const { upstream } = await backend(() => ({ tokensPerSecond: 0, text: 'Two files received.' }));
    const user = userEvent.setup();
    const { container } = render(<AttachmentChat />);
    const input = screen.getByRole('textbox', { name: 'Message' });
    const picker = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(picker.accept).toBe('image/png,image/jpeg,application/pdf');

    const opened = vi.spyOn(picker, 'click');
    await user.click(screen.getByRole('button', { name: 'Attach files' }));
    expect(opened).toHaveBeenCalledTimes(1);
    // What the user picks arrives as the picker's change event.
    fireEvent.change(picker, { target: { files: [file('photo.png', 'image/png', new Uint8Array([137, 80, 78, 71])), file('extra.jpg', 'image/jpeg', 'jpeg')] } });
    await waitFor(() => expect(attached()).toEqual(['photo.png', 'extra.jpg']));
    await user.click(screen.getByRole('button', { name: 'Remove extra.jpg' }));
    fireEvent.paste(input, { clipboardData: transfer([file('report.pdf', 'application/pdf', '%PDF-1.4')]) });
    await waitFor(() => expect(attached()).toEqual(['photo.png', 'report.pdf']));

    const composer = container.querySelector<HTMLFormElement>('form.composer')!;
    fireEvent.drop(composer, { dataTransfer: transfer([file('huge.png', 'image/png', new Uint8Array(4_000_001)), file('notes.txt', 'text/plain', 'hi')]) });
    const refusals = (await screen.findAllByRole('alert')).map((alert) => alert.textContent);
    expect(refusals).toEqual([expect.stringMatching(/"huge\.png" is 3\.8 MB: .* up to 3\.8 MB/), expect.stringMatching(/"notes\.txt" \(text\/plain\) cannot be sent/)]);
    expect(attached()).toEqual(['photo.png', 'report.pdf']);

    await user.type(input, 'What are these?{Enter}');

    await screen.findByText('Two files received.');
    expect(upstream.requests).toHaveLength(1);
    expect(upstream.requests[0]!.messages.at(-1)!.content).toEqual([
      { type: 'text', text: 'What are these?' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw==' } },
      { type: 'file', file: { filename: 'report.pdf', file_data: `data:application/pdf;base64,${btoa('%PDF-1.4')}` } },
    ]);
    expect(screen.queryByRole('list', { name: 'Attachments' })).toBeNull();
  });
});
