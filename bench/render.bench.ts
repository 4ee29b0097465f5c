import { chromium } from 'playwright';
import { findChromium } from '../scripts/findChromium';
import { median } from './compare';
import { buildRenderPage } from './render/buildRenderPage';
import { measureRenderSample, RENDER_VIEWPORT, type RenderMeasurement } from './render/measureRenderSample';
import { RENDER_CONTENDERS, type RenderBenchParams, type RenderContender } from './render/RenderBenchApi';
import { formatRenderTargets } from './render/renderTargets';
import { serveRenderPage } from './render/serveRenderPage';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TOKENS = 2000;
const TOKENS_PER_SECOND = 500;
const SIZES = [0, 1000, 10000];

const LABELS: Record<RenderContender, string> = {
  floor: 'floor     no library, answer shown once at the end',
  plain: 'plain     no library, setMessages(map) per text part',
  headless: 'headless  Chat.Viewport + Chat.Messages',
  virtual: 'virtual   the same, <Chat.Messages virtualize>',
  styled: 'styled    ChatWindow (virtualized by default)',
  usechat: 'useChat   @ai-sdk/react 4 (ai 7), default options',
};

// RENDER_APPS=virtual,usechat and RENDER_SIZES=0,10000 narrow a run, for a quick look at a few pages.
const fromEnv = <T,>(name: string, all: readonly T[], parse: (value: string) => T) =>
  process.env[name] === undefined ? all : all.filter((value) => process.env[name]!.split(',').map(parse).includes(value));

function medianOf(samples: RenderMeasurement[]): RenderMeasurement {
  const keys = Object.keys(samples[0]!) as (keyof RenderMeasurement)[];
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]))])) as unknown as RenderMeasurement;
}

const num = (value: number, width: number, digits = 0) => value.toFixed(digits).padStart(width);
const params = (app: RenderContender, history: number, tokens = TOKENS): RenderBenchParams => ({ app, history, tokens, tokensPerSecond: TOKENS_PER_SECOND });

/**
 * Main-thread cost of a long conversation in headless Chromium, for our headless list (plain and
 * virtualized) and styled window beside a no-library page (the baseline) and `useChat`, each fed the
 * same mock stream at 0, 1,000 and 10,000 earlier messages: the first render of the conversation, and
 * streaming an answer into it. Cases run in interleaved rounds, one fresh page per sample, and report
 * medians, ratios, and the targets of issue 11.
 */
export async function runRenderBench(rounds: number): Promise<string[]> {
  // The same search as the story tests; `npm run check:chromium` installs a browser when it finds none.
  const executablePath = findChromium()?.path;
  if (executablePath === undefined) return ['render: skipped, no Chrome or Chromium found (run `npm run check:chromium` to install one, or set CHROMIUM_PATH)'];
  const apps = fromEnv('RENDER_APPS', RENDER_CONTENDERS, (value) => value as RenderContender);
  const sizes = fromEnv('RENDER_SIZES', SIZES, Number);
  const cases = sizes.flatMap((history) => apps.map((app) => params(app, history)));
  const startedAt = performance.now();
  const server = await serveRenderPage(await buildRenderPage());
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    // Warm-up: one short stream per page, so that the first measured sample does not pay for cold caches.
    for (const app of apps) await measureRenderSample(browser, server.origin, params(app, 1000, 100));
    const samples = cases.map((): RenderMeasurement[] => []);
    for (let round = 0; round < rounds; round++) {
      for (let offset = 0; offset < cases.length; offset++) {
        const index = (round + offset) % cases.length;
        samples[index]!.push(await measureRenderSample(browser, server.origin, cases[index]!));
      }
    }
    const results = samples.map(medianOf);
    const resultOf = (app: RenderContender, history: number) => results[cases.findIndex((c) => c.app === app && c.history === history)];
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(0);
    const lines = [
      `render: headless Chromium ${browser.version()}, ${RENDER_VIEWPORT.width}x${RENDER_VIEWPORT.height}, React production build; ${TOKENS} tokens at ${TOKENS_PER_SECOND}/s (mock kit bytes, wall-clock paced; useChat gets the AI SDK UI stream) after ${sizes.map((size) => size.toLocaleString('en-US')).join(', ')} earlier messages; median of ${rounds} interleaved rounds; the run took ${seconds} s`,
      '  first render = main-thread task time (CDP TaskDuration) from render() until painted at the end of the conversation and no longer committing',
      "  task = main-thread task time from the stream's start to its last paint (script and style+layout are parts of it); rows = row components rendered (plain pages: row elements re-created); long = tasks of 50 ms or more; 2+ = frames with more than one commit",
      "  ours (headless, virtual, styled) follow the answer to the bottom as it grows; floor, plain and useChat scroll the window and stay where the answer began (less to paint: a conservative comparison for ours)",
      '  busy = task / stream: near 100% the main thread is saturated, frames are dropped and task time stops growing with the work, so compare such rows by frames and worst frame',
      `  ${'page'.padEnd(52)} ${'first render'.padStart(12)} ${'task ms'.padStart(8)} ${'script'.padStart(7)} ${'layout'.padStart(7)} ${'commits'.padStart(8)} ${'frames'.padStart(7)} ${'2+'.padStart(4)} ${'rows'.padStart(8)} ${'long'.padStart(5)} ${'worst frame'.padStart(12)} ${'stream'.padStart(7)} ${'busy'.padStart(5)} ${'vs plain'.padStart(9)} ${'above floor'.padStart(12)}`,
    ];
    for (const history of sizes) {
      lines.push(`  ${history.toLocaleString('en-US')} earlier messages:`);
      const floor = resultOf('floor', history)?.taskMs;
      const plain = resultOf('plain', history)?.taskMs;
      for (const app of apps) {
        const result = resultOf(app, history)!;
        const vsPlain = plain === undefined ? '' : `${(result.taskMs / plain).toFixed(2)}x`;
        const aboveFloor = floor === undefined || app === 'floor' ? '' : `${num(result.taskMs - floor, 6)} ms`;
        const rows = result.rowRenders < 0 ? '-' : num(result.rowRenders, 8);
        lines.push(
          `  ${LABELS[app].padEnd(52)} ${num(result.mountMs, 9)} ms ${num(result.taskMs, 8)} ${num(result.scriptMs, 7)} ${num(result.layoutMs, 7)} ${num(result.commits, 8)} ${num(result.frames, 7)} ${num(result.crowdedFrames, 4)} ${rows.padStart(8)} ${num(result.longTasks, 5)} ${num(result.longestFrameMs, 9)} ms ${num(result.streamMs / 1000, 5, 2)} s ${num((100 * result.taskMs) / result.streamMs, 4)}% ${vsPlain.padStart(9)} ${aboveFloor.padStart(12)}`,
        );
      }
    }
    // Growth of task time with the conversation, and of the part above the floor (what showing the
    // answer costs, without what every page pays for a longer request and a larger page).
    const growthLine = (what: string, cost: (app: RenderContender, history: number) => number | undefined) => {
      const growths = apps.flatMap((app) => {
        const none = cost(app, 0);
        const grown = sizes.filter((history) => history > 0 && none !== undefined && cost(app, history) !== undefined);
        return grown.length === 0 ? [] : [`${app} ${grown.map((history) => `${(cost(app, history)! / none!).toFixed(2)}x`).join(' / ')}`];
      });
      if (growths.length > 0) lines.push(`  ${what} at ${sizes.filter((size) => size > 0).map((size) => size.toLocaleString('en-US')).join(' / ')} earlier messages relative to none: ${growths.join(', ')}`);
    };
    growthLine('task time', (app, history) => resultOf(app, history)?.taskMs);
    growthLine('task time above floor', (app, history) => {
      const floor = resultOf('floor', history)?.taskMs;
      const task = resultOf(app, history)?.taskMs;
      return app === 'floor' || floor === undefined || task === undefined ? undefined : task - floor;
    });
    lines.push(...formatRenderTargets((app, history) => (apps.includes(app) && sizes.includes(history) ? resultOf(app, history) : undefined), sizes));
    return lines;
  } finally {
    await browser.close();
    await server.close();
  }
}
