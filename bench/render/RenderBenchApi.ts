/** The pages the render bench compares; see `bench/render/main.tsx`. */
export type RenderContender = 'floor' | 'plain' | 'headless' | 'styled';

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

/** What the page measured itself during one streamed answer. */
export interface RenderSample {
  /** React commits between the start of the stream and its last render. */
  commits: number;
  /** Animation frames run in that time. */
  frames: number;
  /** The longest gap between two frames, in ms: the worst jank a user saw. */
  longestFrameMs: number;
  /** From `run()` until the answer is complete and rendered, in ms. */
  streamMs: number;
}

/**
 * What the page gives the Playwright driver. `window.renderBench` is a promise of it that resolves
 * once the earlier conversation is mounted, painted and scrolled to its end.
 */
export interface RenderBenchApi {
  /** Streams the answer and resolves when it is complete and rendered. */
  run(): Promise<RenderSample>;
  /**
   * After `run()`: why the page does not show the whole answer, or `null` when it does. Kept out of
   * `run()` so that the check's own layout work is not measured.
   */
  verify(): string | null;
}

const CONTENDERS: readonly RenderContender[] = ['floor', 'plain', 'headless', 'styled'];

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
    app: app !== null && CONTENDERS.includes(app) ? app : 'plain',
    history: count('history', 1000),
    tokens: count('tokens', 2000),
    tokensPerSecond: count('tps', 500),
  };
}
