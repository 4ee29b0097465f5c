import { chromium } from 'playwright';
import { findChromium } from '../scripts/findChromium';
import { buildRenderPage } from './render/buildRenderPage';
import { measureRenderSample, RENDER_VIEWPORT, type RenderMeasurement } from './render/measureRenderSample';
import type { RenderBenchParams, RenderContender } from './render/RenderBenchApi';
import { serveRenderPage } from './render/serveRenderPage';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TOKENS = 2000;
const TOKENS_PER_SECOND = 500;
const HISTORY = 1000;

interface Case {
  label: string;
  params: RenderBenchParams;
}

const caseOf = (app: RenderContender, history: number, label: string): Case => ({
  label,
  params: { app, history, tokens: TOKENS, tokensPerSecond: TOKENS_PER_SECOND },
});

// The first case is the floor and the second the baseline; the order of the table is the order here.
const CASES: Case[] = [
  caseOf('floor', HISTORY, 'floor     same stream, answer shown once at the end'),
  caseOf('plain', HISTORY, 'plain     useState, setMessages(map) per text part'),
  caseOf('headless', HISTORY, 'headless  Chat.Root, Chat.Messages, Message.Content'),
  caseOf('styled', HISTORY, 'styled    ChatWindow + styles.css'),
  caseOf('plain', 0, 'plain     0 earlier messages'),
  caseOf('styled', 0, 'styled    0 earlier messages'),
];
const FLOOR = 0;
const BASELINE = 1;
const EMPTY_FROM = 4;

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function medianOf(samples: RenderMeasurement[]): RenderMeasurement {
  const pick = (key: keyof RenderMeasurement) => median(samples.map((sample) => sample[key]));
  return {
    taskMs: pick('taskMs'), scriptMs: pick('scriptMs'), layoutMs: pick('layoutMs'), commits: pick('commits'),
    frames: pick('frames'), longestFrameMs: pick('longestFrameMs'), streamMs: pick('streamMs'),
  };
}

const num = (value: number, width: number, digits = 0) => value.toFixed(digits).padStart(width);

/**
 * Main-thread cost of streaming an answer into a page with a long conversation, in headless Chromium:
 * our headless parts and styled window beside a plain React page (the baseline), each fed the same
 * mock stream. Cases run in interleaved rounds, one fresh page per sample, and report medians.
 */
export async function runRenderBench(rounds: number): Promise<string[]> {
  // The same search as the story tests; `npm run check:chromium` installs a browser when it finds none.
  const executablePath = findChromium()?.path;
  if (executablePath === undefined) return ['render: skipped, no Chrome or Chromium found (run `npm run check:chromium` to install one, or set CHROMIUM_PATH)'];
  const server = await serveRenderPage(await buildRenderPage());
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    // Warm-up: one short stream per page, so that the first measured sample does not pay for cold caches.
    for (const app of ['floor', 'plain', 'headless', 'styled'] as const) {
      await measureRenderSample(browser, server.origin, { app, history: HISTORY, tokens: 100, tokensPerSecond: TOKENS_PER_SECOND });
    }
    const samples = CASES.map((): RenderMeasurement[] => []);
    for (let round = 0; round < rounds; round++) {
      for (let offset = 0; offset < CASES.length; offset++) {
        const index = (round + offset) % CASES.length;
        samples[index]!.push(await measureRenderSample(browser, server.origin, CASES[index]!.params));
      }
    }
    const results = samples.map(medianOf);
    const floor = results[FLOOR]!.taskMs;
    const baseline = results[BASELINE]!.taskMs;
    const lines = [
      `render: headless Chromium ${browser.version()}, ${RENDER_VIEWPORT.width}x${RENDER_VIEWPORT.height}, React production build; ${TOKENS} tokens at ${TOKENS_PER_SECOND}/s (createMockChatFetch bytes, wall-clock paced) after ${HISTORY} earlier messages; median of ${rounds} interleaved rounds`,
      `  task = main-thread task time (CDP TaskDuration) from the stream's start to its last paint; script and style+layout are parts of it; above floor = task - floor's task`,
      `  ${'page'.padEnd(52)} ${'task ms'.padStart(8)} ${'script'.padStart(7)} ${'layout'.padStart(7)} ${'commits'.padStart(8)} ${'frames'.padStart(7)} ${'worst frame'.padStart(12)} ${'stream'.padStart(7)} ${'vs plain'.padStart(9)} ${'above floor'.padStart(12)}`,
    ];
    results.forEach((result, index) => {
      if (index === EMPTY_FROM) lines.push('  the same stream into an empty conversation:');
      const aboveFloor = index === FLOOR || index >= EMPTY_FROM ? '' : `${num(result.taskMs - floor, 6)} ms`;
      lines.push(
        `  ${CASES[index]!.label.padEnd(52)} ${num(result.taskMs, 8)} ${num(result.scriptMs, 7)} ${num(result.layoutMs, 7)} ${num(result.commits, 8)} ${num(result.frames, 7)} ${num(result.longestFrameMs, 9)} ms ${num(result.streamMs / 1000, 5, 2)} s ${`${(result.taskMs / baseline).toFixed(2)}x`.padStart(9)} ${aboveFloor.padStart(12)}`,
      );
    });
    const growth = (app: RenderContender) => {
      const at = (history: number) => results[CASES.findIndex((c) => c.params.app === app && c.params.history === history)]!.taskMs;
      return `${app} ${(at(HISTORY) / at(0)).toFixed(2)}x`;
    };
    lines.push(`  task time with ${HISTORY} earlier messages / with none: ${growth('plain')}, ${growth('styled')}`);
    return lines;
  } finally {
    await browser.close();
    await server.close();
  }
}
