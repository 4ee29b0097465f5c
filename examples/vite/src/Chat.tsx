import { useState } from 'react';
import { getMessageText, useChatStream } from 'react-chat-stream';

export function Chat() {
  const chat = useChatStream({ api: '/api/chat', body: { model: 'gpt-4o-mini' } });
  const [draft, setDraft] = useState('');
  const busy = chat.status === 'submitted' || chat.status === 'streaming';
  return (
    <div>
      {chat.messages.map((m) => (
        <p key={m.id} data-status={m.status}><b>{m.role}</b>: {getMessageText(m)}</p>
      ))}
      {chat.status === 'error' && <button onClick={() => chat.retry()}>Retry ({chat.error?.message})</button>}
      <form onSubmit={(e) => { e.preventDefault(); void chat.send(draft); setDraft(''); }}>
        <input value={draft} onChange={(e) => setDraft(e.target.value)} aria-label="Message" />
        {/* Distinct keys: without them React reuses the clicked Stop as Send, and the click submits the form. */}
        {busy
          ? <button key="stop" type="button" onClick={chat.stop}>Stop</button>
          : <button key="send" type="submit">Send</button>}
      </form>
    </div>
  );
}
