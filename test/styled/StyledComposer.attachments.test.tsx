import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from '../../src/headless';
import { StyledComposer } from '../../src/styled';
import { createPushableChat } from '../helpers/pushableFetch';

afterEach(cleanup);

describe('StyledComposer attachments', () => {
  it('shows the attach button, a chip for a picked file and an alert for a refused one, translated by labels', async () => {
    const { store, server } = createPushableChat({ attachments: { 'text/*': 100 } });
    const { container } = render(
      <Chat.Root store={store} labels={{ attachFiles: 'Dateien anhängen', removeAttachment: (name) => `${name} entfernen` }}>
        <StyledComposer />
      </Chat.Root>,
    );
    const button = screen.getByRole('button', { name: 'Dateien anhängen' });
    expect(button.className).toBe('rcs-icon-button rcs-composer__attach');
    expect(button.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    const picker = container.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(picker, {
      target: { files: [new File(['a,b'], 'table.csv', { type: 'text/csv' }), new File(['x'], 'x.zip', { type: 'application/zip' })] },
    });
    const remove = await screen.findByRole('button', { name: 'table.csv entfernen' });
    expect(remove.closest('.rcs-attachments')).not.toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('"x.zip"');
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() => expect(server.responses).toHaveLength(1));
    expect(store.getState().messages[0]!.parts).toEqual([{ type: 'file', mediaType: 'text/csv', name: 'table.csv', size: 3, data: btoa('a,b') }]);
    expect(container.querySelector('.rcs-attachments')).toBeNull();
  });

  it('leaves the attach button out with attach={false}', () => {
    const { store } = createPushableChat();
    render(
      <Chat.Root store={store}>
        <StyledComposer attach={false} />
      </Chat.Root>,
    );
    expect(screen.queryByRole('button', { name: 'Attach files' })).toBeNull();
  });
});
