import type { Browser, CDPSession, Page } from 'playwright';
import { toRenderQuery, type MountSample, type RenderBenchApi, type RenderBenchParams, type RenderSample } from './RenderBenchApi';

/** One page as the driver saw it: the page's own figures plus the renderer's main thread. */
export interface RenderMeasurement extends RenderSample, MountSample {
  /** Main-thread task time (CDP `TaskDuration`) of the mount, from `render()` until painted and settled, in ms. */
  mountMs: number;
  /** Main-thread task time from the stream's start to its last paint, in ms. */
  taskMs: number;
  /** The part of it spent running JavaScript (`ScriptDuration`), in ms. */
  scriptMs: number;
  /** The part spent on style recalculation and layout (`RecalcStyleDuration` + `LayoutDuration`), in ms. */
  layoutMs: number;
}

/** The fixed viewport of every page, so that layout and paint work are the same size. */
export const RENDER_VIEWPORT = { width: 1000, height: 800 };

// Quiet time after the heap is collected, so that earlier work (loading the page, idle callbacks,
// deferred observers of the mount) is over before a measurement starts.
const SETTLE_MS = 300;

// A page that never finishes its stream must fail the bench, not hang it.
const STREAM_TIMEOUT_MS = 60_000;

type Metrics = Map<string, number>;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`render bench: ${what} took over ${STREAM_TIMEOUT_MS / 1000} s`)), STREAM_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
}

const secondsToMs = (before: Metrics, after: Metrics, ...names: string[]) =>
  names.reduce((sum, name) => sum + ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000, 0);

type Step = 'mount' | 'verifyMount' | 'run' | 'verify';

// Calls one method of the page's API; the promise is resolved inside the page.
const call = <T,>(page: Page, step: Step) =>
  page.evaluate(async (name) => (await (window as unknown as { renderBench: Promise<RenderBenchApi> }).renderBench)[name](), step) as Promise<T>;

async function quiet(page: Page, cdp: CDPSession): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(SETTLE_MS);
  return readMetrics(cdp);
}

/**
 * Opens the page of `params` in a fresh context (no state shared with the previous sample), waits
 * until its data is ready, then measures two things apart, each after collecting garbage: the mount
 * of the earlier conversation, and the streamed answer. Throws if the page ends up not showing the
 * whole answer or lost the earlier messages.
 */
export async function measureRenderSample(browser: Browser, origin: string, params: RenderBenchParams): Promise<RenderMeasurement> {
  const context = await browser.newContext({ viewport: RENDER_VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/${toRenderQuery(params)}`);
    await withTimeout(
      page.evaluate(async () => {
        await (window as unknown as { renderBench: Promise<RenderBenchApi> }).renderBench;
      }),
      `loading ${params.app}`,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const beforeMount = await quiet(page, cdp);
    const mount = await withTimeout(call<MountSample>(page, 'mount'), `mounting ${params.app}`);
    const afterMount = await readMetrics(cdp);
    const misplaced = await call<string | null>(page, 'verifyMount');
    if (misplaced !== null) throw new Error(`render bench: ${misplaced}`);

    const before = await quiet(page, cdp);
    const sample = await withTimeout(call<RenderSample>(page, 'run'), `streaming into ${params.app}`);
    const after = await readMetrics(cdp);

    const problem = await withTimeout(call<string | null>(page, 'verify'), `checking ${params.app}`);
    if (problem !== null || errors.length > 0) throw new Error(`render bench: ${problem ?? errors.join('; ')}`);
    return {
      ...mount,
      ...sample,
      mountMs: secondsToMs(beforeMount, afterMount, 'TaskDuration'),
      taskMs: secondsToMs(before, after, 'TaskDuration'),
      scriptMs: secondsToMs(before, after, 'ScriptDuration'),
      layoutMs: secondsToMs(before, after, 'RecalcStyleDuration', 'LayoutDuration'),
    };
  } finally {
    await context.close();
  }
}
