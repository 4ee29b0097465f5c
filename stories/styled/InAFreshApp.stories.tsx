import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ChatWindow } from '../../src/styled';
import { createLongThread } from '../support/createLongThread';
import { sendMessage, waitForAssistant } from '../support/play';
import { STARTER_APP_CSS } from '../support/starterAppCss';
import { useMockChat } from '../support/useMockChat';
import '../../src/styled/styles.css';

const ANSWER = 'Run `npm test`, then read the [docs](https://example.com).\n\n```ts\nconst answer = 42;\n```';

/**
 * `ChatWindow` as the README shows it, in an app whose `index.css` is a starter template's: global
 * `:root`, `body` and `#root` text settings (`text-align: center`) and bare `a`, `button`, `h1`,
 * `h2`, `p` and `code` rules. No container height is given, as in a fresh app.
 */
function FreshApp() {
  const chat = useMockChat({ scenario: { text: ANSWER, tokensPerSecond: 400 }, initialMessages: createLongThread(16) });
  return (
    <>
      <style>{STARTER_APP_CSS}</style>
      <div id="root">
        <ChatWindow store={chat.store} title="Assistant" />
      </div>
    </>
  );
}

const meta = {
  title: 'Styled/In a fresh app',
  component: FreshApp,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof FreshApp>;
export default meta;
type Story = StoryObj<typeof meta>;

/** After many exchanges the window is still no taller than the viewport and scrolls inside; the app's CSS does not restyle it. */
export const StarterTemplateCss: Story = {
  play: async ({ canvasElement }) => {
    await sendMessage(canvasElement, 'How do I run the tests?');
    const row = await waitForAssistant(canvasElement, 'complete', 6000);
    const window = canvasElement.querySelector<HTMLElement>('.rcs-chat')!;
    const viewport = canvasElement.querySelector<HTMLElement>('.rcs-viewport')!;
    await waitFor(() => expect(window.getBoundingClientRect().height).toBeLessThanOrEqual(globalThis.innerHeight + 0.5));
    await expect(viewport.scrollHeight).toBeGreaterThan(viewport.clientHeight);

    const style = (selector: string) => getComputedStyle(row.querySelector(selector) ?? window.querySelector(selector)!);
    await expect(getComputedStyle(window).textAlign).toBe('start');
    await expect(getComputedStyle(window).letterSpacing).toBe('normal');
    await expect(style('[data-md="inline-code"]').display).toBe('inline');
    await expect(style('[data-md="code"]').display).toBe('inline');
    await expect(style('[data-md="code"]').paddingTop).toBe('0px');
    await expect(style('[data-md="link"]').fontWeight).toBe('400');
    await expect(style('.rcs-header__title').fontFamily).not.toContain('Georgia');
    await expect(style('[data-md="paragraph"]').textAlign).toBe('start');
  },
};
