// Runs before the story tests so a missing browser is found (or installed) up front, with one readable
// line, instead of surfacing as a Playwright launch stack trace in the middle of the run.
import { ensureChromium } from './ensureChromium.js';

try {
  const chromium = ensureChromium();
  console.log(`Story tests run in ${chromium.path} (found via ${chromium.source}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
