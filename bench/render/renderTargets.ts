import type { RenderMeasurement } from './measureRenderSample';
import type { RenderContender } from './RenderBenchApi';

/** The median result of one contender at one conversation size; missing when it was not measured. */
export type ResultOf = (app: RenderContender, history: number) => RenderMeasurement | undefined;

/** The contenders that are this project's, whose commits and first render have targets. */
export const OURS: readonly RenderContender[] = ['headless', 'virtual', 'styled'];

/** The first-render target, in ms of main-thread time. */
export const FIRST_RENDER_TARGET_MS = 150;

const verdict = (holds: boolean) => (holds ? 'holds' : 'MISSES');

// One line: what, the figure, the target, and whether it holds ("not measured" when a side is missing).
// Three digits by default, so that a figure just over its target does not print as equal to it.
function line(what: string, value: number | undefined, target: number, unit: 'x' | ' ms' | '', digits = 3): string {
  const shown = value === undefined ? 'not measured' : `${value.toFixed(digits)}${unit}`;
  const outcome = value === undefined ? '' : `  ${verdict(value <= target)}`;
  return `    ${what.padEnd(64)} ${shown.padStart(12)}   target <= ${target}${unit}${outcome}`;
}

const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / b);

/**
 * The targets of issue 11 §4, each printed with its figure and whether it holds. A benchmark reports:
 * a missed target is a line saying so, not a failed run.
 */
export function formatRenderTargets(resultOf: ResultOf, sizes: readonly number[]): string[] {
  const [none, some, many] = [0, 1000, 10000].map((history) => (sizes.includes(history) ? history : undefined));
  const task = (app: RenderContender, history: number | undefined) => (history === undefined ? undefined : resultOf(app, history)?.taskMs);
  const lines = ['  targets (a benchmark reports them; nothing fails):'];
  lines.push(line('virtualized list, task time at 1,000 messages / at none', ratio(task('virtual', some), task('virtual', none)), 1.1, 'x'));
  lines.push(line('virtualized list, task time at 10,000 messages / at none', ratio(task('virtual', many), task('virtual', none)), 1.2, 'x'));
  lines.push(line('virtualized list / useChat, task time at 1,000 messages', ratio(task('virtual', some), task('usechat', some)), 0.5, 'x'));
  for (const app of OURS) {
    // The worst size: commits per frame of the streamed answer.
    const perFrame = sizes.map((history) => resultOf(app, history)).filter((result) => result !== undefined).map((result) => result.commits / result.frames);
    lines.push(line(`${app}: React commits per frame while streaming (worst size)`, perFrame.length === 0 ? undefined : Math.max(...perFrame), 1, ''));
  }
  for (const app of OURS) {
    lines.push(line(`${app}: first render of 10,000 messages, main-thread time`, many === undefined ? undefined : resultOf(app, many)?.mountMs, FIRST_RENDER_TARGET_MS, ' ms', 0));
  }
  return lines;
}
