import { Assistant } from './Assistant';

export default function Home() {
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: 24 }}>
      <Assistant />
    </main>
  );
}
