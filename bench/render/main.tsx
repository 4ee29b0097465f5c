import { createRoot } from 'react-dom/client';
import type { ComponentType } from 'react';
import type { CommitHook } from './commitHook';
import type { ContenderProps, StartStream } from './ContenderProps';
import { createAnswerText, createEarlierMessages } from './conversation';
import { createPacedChatFetch } from './createPacedChatFetch';
import { HeadlessApp } from './HeadlessApp';
import { FloorApp, PlainApp } from './PlainApp';
import { parseRenderQuery, type RenderBenchApi, type RenderContender, type RenderSample } from './RenderBenchApi';
import { StyledApp } from './StyledApp';

const APPS: Record<RenderContender, ComponentType<ContenderProps>> = {
  floor: FloorApp,
  plain: PlainApp,
  headless: HeadlessApp,
  styled: StyledApp,
};
const QUESTION = 'Explain how the answer streams into the page, in detail.';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
// Two frames: the first runs before the pending render is painted, the second after it.
const afterPaint = async () => {
  await nextFrame();
  await nextFrame();
};
const compact = (text: string) => text.replace(/\s+/g, '');

function commitHook(): CommitHook {
  const hook = (globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: CommitHook }).__REACT_DEVTOOLS_GLOBAL_HOOK__;
  if (!hook || hook.renderers.size === 0) throw new Error('render bench: the commit hook was not installed before react-dom');
  return hook;
}

function loadStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`render bench: ${href} did not load`));
  });
  document.head.append(link);
  return loaded;
}

// Counts frames from the first one after `since` until stopped, and the longest gap between two.
function watchFrames(since: number) {
  let frames = 0;
  let longest = 0;
  let last = since;
  let running = true;
  const tick = (now: number) => {
    if (!running) return;
    frames++;
    longest = Math.max(longest, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    running = false;
    return { frames, longestFrameMs: longest };
  };
}

async function mount(): Promise<RenderBenchApi> {
  const params = parseRenderQuery(location.search);
  const initialMessages = createEarlierMessages(params.history);
  const answer = createAnswerText(params.tokens);
  const fetch = createPacedChatFetch({ text: answer, tokensPerSecond: params.tokensPerSecond });
  if (params.app === 'styled') await loadStylesheet('/styles.css');

  let start: StartStream | undefined;
  const started = new Promise<void>((resolve) => {
    const onReady = (given: StartStream) => {
      start = given;
      resolve();
    };
    const App = APPS[params.app];
    createRoot(document.getElementById('root')!).render(<App initialMessages={initialMessages} fetch={fetch} onReady={onReady} />);
  });
  await started;
  await afterPaint();
  window.scrollTo(0, document.documentElement.scrollHeight);
  await afterPaint();

  return {
    async run(): Promise<RenderSample> {
      const commitsBefore = commitHook().commits;
      const startedAt = performance.now();
      const stopFrames = watchFrames(startedAt);
      await start!(QUESTION);
      await afterPaint();
      const streamMs = performance.now() - startedAt;
      return { commits: commitHook().commits - commitsBefore, ...stopFrames(), streamMs };
    },
    verify() {
      const shown = compact(document.body.textContent ?? '');
      if (!shown.includes(compact(answer))) return `${params.app} does not show the whole answer`;
      if (!shown.includes(compact(initialMessages[0]?.content ?? ''))) return `${params.app} lost the earlier messages`;
      return null;
    },
  };
}

(window as unknown as { renderBench: Promise<RenderBenchApi> }).renderBench = mount();
