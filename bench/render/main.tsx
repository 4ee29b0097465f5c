import { createRoot } from 'react-dom/client';
import type { CommitHook } from './commitHook';
import { CONTENDER_PAGES } from './contenders';
import type { StartStream } from './ContenderProps';
import { createAnswerText, createEarlierMessages } from './conversation';
import { createPacedChatFetch } from './createPacedChatFetch';
import { afterPaint, afterSettled, recordLongTasks, watchFrames } from './frameTiming';
import { parseRenderQuery, type RenderBenchApi } from './RenderBenchApi';
import { rowRenders } from './rowRenders';

const QUESTION = 'Explain how the answer streams into the page, in detail.';

const compact = (text: string) => text.replace(/\s+/g, '');

function commitHook(): CommitHook {
  const hook = (globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: CommitHook }).__REACT_DEVTOOLS_GLOBAL_HOOK__;
  if (!hook || hook.renderers.size === 0) throw new Error('render bench: the commit hook was not installed before react-dom');
  return hook;
}
const commits = () => commitHook().commits;

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

// A chat opens at its end: the window for the pages that scroll it (the lists with their own viewport
// scroll themselves), measured as part of the mount.
const scrollToEnd = () => window.scrollTo(0, document.documentElement.scrollHeight);

// Virtualized lists mount only the rows near the view: bring every scroll container to the top so that
// the first message is mounted, if the list kept it.
async function scrollEverythingToTop(): Promise<void> {
  window.scrollTo(0, 0);
  for (const element of document.querySelectorAll<HTMLElement>('*')) {
    if (element.scrollHeight > element.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(element).overflowY)) element.scrollTop = 0;
  }
  await afterSettled(commits);
}

async function prepare(): Promise<RenderBenchApi> {
  const params = parseRenderQuery(location.search);
  const page = CONTENDER_PAGES[params.app];
  const longTasks = recordLongTasks();
  const initialMessages = createEarlierMessages(params.history);
  const answer = createAnswerText(params.tokens);
  const fetch = createPacedChatFetch({ text: answer, tokensPerSecond: params.tokensPerSecond }, page.format);
  if (page.stylesheet !== undefined) await loadStylesheet(page.stylesheet);
  let start: StartStream | undefined;

  return {
    async mount() {
      const commitsBefore = commits();
      const startedAt = performance.now();
      await new Promise<void>((resolve) => {
        const onReady = (given: StartStream) => {
          start = given;
          resolve();
        };
        createRoot(document.getElementById('root')!).render(<page.App initialMessages={initialMessages} fetch={fetch} onReady={onReady} />);
      });
      await afterPaint();
      scrollToEnd();
      await afterSettled(commits);
      return { mountWallMs: performance.now() - startedAt, mountCommits: commits() - commitsBefore };
    },
    verifyMount() {
      const last = initialMessages.at(-1);
      if (last === undefined || compact(document.body.textContent ?? '').includes(compact(last.content))) return null;
      return `${params.app} did not open at the end of the conversation`;
    },
    async run() {
      if (start === undefined) throw new Error('render bench: run() before mount()');
      const commitsBefore = commits();
      const rowsBefore = rowRenders();
      const startedAt = performance.now();
      const stopFrames = watchFrames(startedAt, commits);
      await start(QUESTION);
      await afterPaint();
      const streamMs = performance.now() - startedAt;
      return {
        commits: commits() - commitsBefore,
        ...stopFrames(),
        longTasks: longTasks.count(startedAt),
        rowRenders: params.app === 'styled' ? -1 : rowRenders() - rowsBefore,
        streamMs,
      };
    },
    async verify() {
      const shown = () => compact(document.body.textContent ?? '');
      if (!shown().includes(compact(answer))) return `${params.app} does not show the whole answer`;
      const first = compact(initialMessages[0]?.content ?? '');
      if (shown().includes(first)) return null;
      await scrollEverythingToTop();
      return shown().includes(first) ? null : `${params.app} lost the earlier messages`;
    },
  };
}

(window as unknown as { renderBench: Promise<RenderBenchApi> }).renderBench = prepare();
