// A tool the page answers instead of running: the model asks for a date, the user picks one.
import { useState } from 'react';
import { useCreateChatStore } from 'react-chat-stream';
import { useToolCallActions, type ToolCallPartProps } from 'react-chat-stream/headless';
import { ChatWindow } from 'react-chat-stream/styled';
import 'react-chat-stream/styles.css';

function DatePicker({ part }: ToolCallPartProps) {
  // null while the arguments stream and once the call has its result.
  const actions = useToolCallActions(part);
  const [date, setDate] = useState('');
  if (!actions) return <p>Date: {part.result === undefined ? '…' : String(part.result)}</p>;
  const question = (part.args as { question?: string }).question ?? 'Pick a date';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        actions.addResult(date);
      }}
    >
      <label>
        {question} <input type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <button type="submit">Use this date</button>
    </form>
  );
}

export function DateChat() {
  const store = useCreateChatStore({
    api: '/api/chat',
    // No `execute`: the call waits until the app answers it.
    tools: { pick_date: { description: 'Asks the user for a date', parameters: { type: 'object', properties: { question: { type: 'string' } } } } },
  });
  return <ChatWindow store={store} toolComponents={{ pick_date: DatePicker }} />;
}
