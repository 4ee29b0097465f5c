import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { useChatStream } from '../src/react';
import { ChatLayout } from './support/ChatLayout';

/** Set by `.storybook/main.ts`: true only on the dev server, when `OPENAI_API_KEY` is set. */
declare const __LIVE_CHAT_ENABLED__: boolean | undefined;

// `typeof` guard: a bundle built without the define (another Vite config) must not throw here.
const LIVE_CHAT_ENABLED = typeof __LIVE_CHAT_ENABLED__ !== 'undefined' && __LIVE_CHAT_ENABLED__;

/** The dev server's proxy route (see `.storybook/liveChatPlugin.ts`). */
const LIVE_API = '/api/live-chat';

function LiveChat() {
  // The proxy adds the key and fills in the model; the page sends only the conversation.
  const chat = useChatStream({ api: LIVE_API });
  return <ChatLayout chat={chat} greeting={<p>Connected to your endpoint through the Storybook dev server. Ask anything.</p>} />;
}

function HowToEnable() {
  return (
    <section aria-labelledby="live-setup" style={{ maxWidth: 640, font: '15px/1.5 system-ui, sans-serif' }}>
      <h2 id="live-setup">Live chat is off</h2>
      <p>
        This story talks to a real OpenAI-compatible endpoint. Storybook's dev server forwards the requests and adds
        your API key on the server side, so the key never reaches the browser.
      </p>
      <p>Set the key (and optionally the base URL and model) in the shell that starts Storybook:</p>
      <pre style={{ background: '#f4f4f4', padding: 12, whiteSpace: 'pre-wrap' }}>
        {'OPENAI_API_KEY=sk-…  OPENAI_BASE_URL=https://api.openai.com/v1  OPENAI_MODEL=gpt-4o-mini  npm start'}
      </pre>
      <ul>
        <li>
          <code>OPENAI_API_KEY</code> (required) turns the story on.
        </li>
        <li>
          <code>OPENAI_BASE_URL</code> (optional, default <code>https://api.openai.com/v1</code>) points at any
          OpenAI-compatible server: Groq, Mistral, OpenRouter, a local Ollama (<code>http://127.0.0.1:11434/v1</code>)…
        </li>
        <li>
          <code>OPENAI_MODEL</code> (optional, default <code>gpt-4o-mini</code>) is the model to ask.
        </li>
      </ul>
      <p>
        It works only with <code>npm start</code> (<code>storybook dev</code>): a static build has no server to hold
        the key.
      </p>
    </section>
  );
}

/**
 * A chat against a real endpoint. Without `OPENAI_API_KEY` it explains how to turn it on; with it,
 * it still sends nothing until you do, so the story tests never reach the network.
 */
function Live() {
  return LIVE_CHAT_ENABLED ? <LiveChat /> : <HowToEnable />;
}

const meta = {
  title: 'Live',
  component: Live,
  tags: ['!autodocs'],
} satisfies Meta<typeof Live>;
export default meta;

export const RealEndpoint: StoryObj<typeof meta> = {
  name: 'Real endpoint',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    if (LIVE_CHAT_ENABLED) await expect(canvas.getByRole('textbox', { name: 'Message' })).toBeEnabled();
    else await expect(canvas.getByRole('heading', { name: 'Live chat is off' })).toBeInTheDocument();
  },
};
