/** The pages the render bench compares; see `bench/render/contenders.ts`. */
export type RenderContender = 'floor' | 'plain' | 'headless' | 'virtual' | 'styled' | 'usechat';

/** Every contender, in the order of the bench's table. */
export const RENDER_CONTENDERS: readonly RenderContender[] = ['floor', 'plain', 'headless', 'virtual', 'styled', 'usechat'];

/** Which page to build, read from the URL query: `?app=plain&history=1000&tokens=2000&tps=500`. */
export interface RenderBenchParams {
  app: RenderContender;
  /** Earlier messages (user and assistant alternating) shown before the stream starts. */
  history: number;
  /** Content tokens of the streamed answer. */
  tokens: number;
  /** Tokens per second of the mock stream. */
  tokensPerSecond: number;
}

/** What the page measured itself while mounting its earlier conversation. */
export interface MountSample {
  /** From `render()` until the conversation is painted, scrolled to its end, and no longer committing, in ms. */
  mountWallMs: number;
  /** React commits in that time. */
  mountCommits: number;
}

/** What the page measured itself during one streamed answer. */
export interface RenderSample {
  /** React commits between the start of the stream and its last render. */
  commits: number;
  /** Animation frames run in that time. */
  frames: number;
  /** Frames in whose interval React committed more than once. */
  crowdedFrames: number;
  /** The longest gap between two frames, in ms: the worst jank a user saw. */
  longestFrameMs: number;
  /** Tasks of 50 ms or more (the Long Tasks API) in that time. */
  longTasks: number;
  /** Row components rendered in that time; -1 where the page has no row the bench can count. */
  rowRenders: number;
  /** From `run()` until the answer is complete and rendered, in ms. */
  streamMs: number;
}

/**
 * What the page gives the Playwright driver. `window.renderBench` is a promise of it that resolves once
 * the page's data (earlier conversation, answer, mock fetch, stylesheet) is ready and nothing is mounted,
 * so that the driver can measure the mount on its own.
 */
export interface RenderBenchApi {
  /** Mounts the contender with its earlier conversation; resolves when it is painted and settled. */
  mount(): Promise<MountSample>;
  /**
   * After `mount()`: why the page does not show the end of the earlier conversation (a virtualized list
   * left at its top mounts only its first rows), or `null`. Outside the mount's measurement.
   */
  verifyMount(): string | null;
  /** After `mount()`: streams the answer and resolves when it is complete and rendered. */
  run(): Promise<RenderSample>;
  /**
   * After `run()`: why the page does not show the whole answer or lost the earlier messages, or `null`.
   * Kept out of `run()` so that the check's own layout and scrolling are not measured.
   */
  verify(): Promise<string | null>;
}

/** Builds the query string of a page. */
export function toRenderQuery(params: RenderBenchParams): string {
  return `?app=${params.app}&history=${params.history}&tokens=${params.tokens}&tps=${params.tokensPerSecond}`;
}

/** Reads the query string of a page; unknown or missing values fall back to the bench's defaults. */
export function parseRenderQuery(search: string): RenderBenchParams {
  const query = new URLSearchParams(search);
  const app = query.get('app') as RenderContender | null;
  const count = (name: string, fallback: number) => {
    const value = Number(query.get(name) ?? fallback);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    app: app !== null && RENDER_CONTENDERS.includes(app) ? app : 'plain',
    history: count('history', 1000),
    tokens: count('tokens', 2000),
    tokensPerSecond: count('tps', 500),
  };
}
