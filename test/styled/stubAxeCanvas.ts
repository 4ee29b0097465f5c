import { afterAll, beforeAll } from 'vitest';

/**
 * axe probes a canvas to detect icon-font ligatures; jsdom has no canvas and logs "Not implemented"
 * for every probe. A null context is what a canvas-less browser returns, and axe copes with it.
 * Call at the top of a test file that runs axe.
 */
export function stubAxeCanvas(): void {
  const getContext = HTMLCanvasElement.prototype.getContext;
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof getContext;
  });
  afterAll(() => {
    HTMLCanvasElement.prototype.getContext = getContext;
  });
}
