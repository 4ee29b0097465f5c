import { Chat } from './Chat';
import { HeadlessChat } from './HeadlessChat';

/** Two independent chats on one page: the README's hook quick start and the headless parts. */
export function App() {
  return (
    <main style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 24, padding: 24 }}>
      <section aria-label="Hook chat">
        <h2>useChatStream</h2>
        <Chat />
      </section>
      <section aria-label="Headless chat">
        <h2>Headless parts</h2>
        <HeadlessChat />
      </section>
    </main>
  );
}
