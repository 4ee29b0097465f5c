// Story tests run in Debian's headless Chromium; fail early with the fix instead of a Playwright stack trace.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `Chromium was not found at ${path}; the story tests need it.\n` +
      `Install Debian's package:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary).\n` +
      `Never run "playwright install": browser downloads are not available here.`,
  );
  process.exit(1);
}
