import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { ChatProtocol } from '../src/protocols';
import { anthropicProtocol } from '../src/protocols/anthropic/index';
import { geminiProtocol } from '../src/protocols/gemini/index';
import { openAIChatProtocol } from '../src/protocols/openai-chat/index';
import { useChatStream } from '../src/react';
import { ChatLayout } from './support/ChatLayout';

/** Set by `.storybook/main.ts`: the providers whose key is set, on the dev server only. */
declare const __LIVE_CHAT_PROVIDERS__: string[] | undefined;

// `typeof` guard: a bundle built without the define (another Vite config) must not throw here.
const LIVE_PROVIDERS: readonly string[] = typeof __LIVE_CHAT_PROVIDERS__ === 'undefined' ? [] : __LIVE_CHAT_PROVIDERS__;

/** One way to reach a real model: the browser's protocol, and the dev server's route that adds the key. */
interface LiveProtocol {
  /** The provider of `.storybook/liveChatPlugin.ts` whose key the route adds. */
  provider: string;
  /** The route (`LIVE_CHAT_PATHS` of the plugin, repeated here so no server code reaches the page). */
  api: string;
  protocol: ChatProtocol;
  /** The variables that turn it on, for the instructions. */
  variables: string;
}

/** The protocols the story can speak to a live provider; one line each. */
const LIVE_PROTOCOLS = {
  'openai-chat': {
    provider: 'openai',
    api: '/api/live-chat',
    protocol: openAIChatProtocol,
    variables: 'OPENAI_API_KEY=sk-…  OPENAI_BASE_URL=https://api.openai.com/v1  OPENAI_MODEL=gpt-4o-mini',
  },
  anthropic: {
    provider: 'anthropic',
    api: '/api/live-anthropic',
    protocol: anthropicProtocol,
    variables: 'ANTHROPIC_API_KEY=sk-ant-…  ANTHROPIC_MODEL=claude-haiku-4-5',
  },
  gemini: {
    provider: 'gemini',
    api: '/api/live-gemini',
    protocol: geminiProtocol,
    variables: 'GEMINI_API_KEY=…  GEMINI_MODEL=gemini-2.5-flash',
  },
} satisfies Record<string, LiveProtocol>;

type LiveProtocolName = keyof typeof LIVE_PROTOCOLS;

function LiveChat({ live }: { live: LiveProtocol }) {
  // The proxy adds the key and fills in the model; the page sends only the conversation. Switching the
  // protocol keeps the conversation: the next turn is encoded for the other provider.
  const chat = useChatStream({ api: live.api, protocol: live.protocol });
  return <ChatLayout store={chat.store} greeting={<p>Connected to your {live.provider} endpoint through the Storybook dev server. Ask anything.</p>} />;
}

function HowToEnable({ live }: { live: LiveProtocol }) {
  return (
    <section aria-labelledby="live-setup" style={{ maxWidth: 640, font: '15px/1.5 system-ui, sans-serif' }}>
      <h2 id="live-setup">Live chat is off</h2>
      <p>
        This story talks to a real model: OpenAI or any OpenAI-compatible server, Anthropic, or Gemini, chosen with
        the <code>protocol</code> control. Storybook's dev server forwards the requests and adds your API key on the
        server side, so the key never reaches the browser.
      </p>
      <p>Set the key for {live.provider} (and optionally the base URL and model) in the shell that starts Storybook:</p>
      <pre style={{ background: '#f4f4f4', padding: 12, whiteSpace: 'pre-wrap' }}>{`${live.variables}  npm start`}</pre>
      <ul>
        <li>
          <code>OPENAI_API_KEY</code>, with <code>OPENAI_BASE_URL</code> for any OpenAI-compatible server (Groq,
          Mistral, OpenRouter, a local Ollama at <code>http://127.0.0.1:11434/v1</code>…) and <code>OPENAI_MODEL</code>{' '}
          (default <code>gpt-4o-mini</code>).
        </li>
        <li>
          <code>ANTHROPIC_API_KEY</code>, with <code>ANTHROPIC_MODEL</code> (default <code>claude-haiku-4-5</code>).
        </li>
        <li>
          <code>GEMINI_API_KEY</code> (or <code>GOOGLE_API_KEY</code>), with <code>GEMINI_MODEL</code> (default{' '}
          <code>gemini-2.5-flash</code>).
        </li>
      </ul>
      <p>
        Keys set now: {LIVE_PROVIDERS.length ? LIVE_PROVIDERS.join(', ') : 'none'}. It works only with{' '}
        <code>npm start</code> (<code>storybook dev</code>): a static build has no server to hold a key.
      </p>
    </section>
  );
}

/**
 * A chat against a real endpoint, in the chosen protocol. Without that provider's key it explains how
 * to turn it on; with it, it still sends nothing until you do, so the story tests never reach the network.
 */
function Live({ protocol }: { protocol: LiveProtocolName }) {
  const live = LIVE_PROTOCOLS[protocol];
  return LIVE_PROVIDERS.includes(live.provider) ? <LiveChat live={live} /> : <HowToEnable live={live} />;
}

const meta = {
  title: 'Live',
  component: Live,
  tags: ['!autodocs'],
  args: { protocol: 'openai-chat' },
  argTypes: {
    protocol: { control: 'select', options: Object.keys(LIVE_PROTOCOLS), description: 'Which provider to talk to, in its own protocol.' },
  },
} satisfies Meta<typeof Live>;
export default meta;

export const RealEndpoint: StoryObj<typeof meta> = {
  name: 'Real endpoint',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    if (LIVE_PROVIDERS.includes(LIVE_PROTOCOLS[args.protocol].provider)) {
      await expect(canvas.getByRole('textbox', { name: 'Message' })).toBeEnabled();
    } else await expect(canvas.getByRole('heading', { name: 'Live chat is off' })).toBeInTheDocument();
  },
};
