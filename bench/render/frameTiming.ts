/** Resolves at the next animation frame, with its timestamp. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves after the pending render is painted: the first frame runs before that paint, the second after it. */
export async function afterPaint(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

// A virtualizer measures its rows after they paint and may render again; three quiet frames in a
// row mean it has settled. The cap keeps a list that never settles from hanging the bench.
const QUIET_FRAMES = 3;
const MAX_FRAMES = 120;

/** Waits for frames until `commits()` has not changed for a few frames in a row. */
export async function afterSettled(commits: () => number): Promise<void> {
  let last = commits();
  let quiet = 0;
  for (let frame = 0; frame < MAX_FRAMES && quiet < QUIET_FRAMES; frame++) {
    await nextFrame();
    const now = commits();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

/**
 * Counts frames from the first one after `since` until stopped, the longest gap between two, and the
 * frames in whose interval React committed more than once (what "one commit per frame" forbids).
 */
export function watchFrames(since: number, commits: () => number): () => { frames: number; longestFrameMs: number; crowdedFrames: number } {
  let frames = 0;
  let longest = 0;
  let crowded = 0;
  let last = since;
  let committed = commits();
  let running = true;
  const tick = (now: number) => {
    if (!running) return;
    frames++;
    longest = Math.max(longest, now - last);
    last = now;
    const count = commits();
    if (count - committed > 1) crowded++;
    committed = count;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    running = false;
    return { frames, longestFrameMs: longest, crowdedFrames: crowded };
  };
}

/**
 * Records long tasks (50 ms or more, the Long Tasks API) from page load on; `count(from)` gives those
 * that started at or after `from` (a `performance.now()` time). Entries arrive after their task ends,
 * so pending ones are taken from the observer first.
 */
export function recordLongTasks(): { count(from: number): number } {
  const starts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) starts.push(entry.startTime);
  });
  observer.observe({ type: 'longtask', buffered: true });
  return {
    count(from) {
      for (const entry of observer.takeRecords()) starts.push(entry.startTime);
      return starts.filter((start) => start >= from).length;
    },
  };
}
