import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';

/**
 * Sets up a test file whose React updates come from real sockets and real animation frames, outside any
 * `act()` scope: React's own scheduler must run them, as in a browser (Testing Library still wraps
 * `render` and events in `act` itself). Waits are generous for a loaded machine; no test asserts on
 * elapsed time. Unmounts, restores mocks and unstubs globals after each test.
 */
export function setupRealSocketReact(): void {
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    configure({ asyncUtilTimeout: 5000 });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
}
