import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import type { BrowserType } from 'playwright';

/** Where {@link findChromium} found a browser: the variable, Playwright's download, PATH, or a fixed install location. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'PATH' | 'system';

/** An executable Chrome or Chromium and how it was found. */
export interface ChromiumLocation {
  path: string;
  source: ChromiumSource;
}

/** What the search reads from the machine; tests pass a fake one so the search order is checked anywhere. */
export interface ChromiumProbe {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homeDir: string;
  isExecutable: (path: string) => boolean;
  /** Where Playwright keeps its own Chromium, whether or not it was downloaded; undefined without playwright. */
  playwrightExecutable: () => string | undefined;
}

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The probe for the machine this runs on. */
export function systemChromiumProbe(): ChromiumProbe {
  return {
    env: process.env,
    platform: process.platform,
    homeDir: homedir(),
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    playwrightExecutable: () => {
      try {
        // Sync require keeps vitest.config.ts synchronous; a missing playwright just means one place fewer to look.
        const { chromium } = createRequire(import.meta.url)('playwright') as { chromium: BrowserType };
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}

/** The first executable called `name` on the probe's PATH, the way a shell's `command -v` finds it. */
export function findOnPath(name: string, probe: ChromiumProbe): string | undefined {
  const windows = probe.platform === 'win32';
  const path = windows ? win32 : posix;
  const dirs = (probe.env.PATH ?? probe.env.Path ?? '').split(windows ? ';' : ':').filter((dir) => dir !== '');
  for (const dir of dirs) {
    const file = path.join(dir, windows ? `${name}.exe` : name);
    if (probe.isExecutable(file)) return file;
  }
  return undefined;
}

function installLocations(probe: ChromiumProbe): string[] {
  if (probe.platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    return [...apps.map((app) => `/Applications/${app}`), ...apps.map((app) => `${probe.homeDir}/Applications/${app}`)];
  }
  if (probe.platform === 'win32') {
    const roots = [probe.env.PROGRAMFILES, probe.env['PROGRAMFILES(X86)'], probe.env.LOCALAPPDATA].filter((root) => root !== undefined);
    return roots.map((root) => win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium'];
}

/**
 * Finds a Chrome or Chromium for the story tests, looking where a developer's machine has one: CHROMIUM_PATH,
 * Playwright's downloaded browser, `chromium`/`chromium-browser`/`google-chrome`/`google-chrome-stable` on
 * PATH, /usr/bin/chromium, then the macOS (or Windows) Chrome and Chromium apps. A CHROMIUM_PATH that names
 * no executable finds nothing, so a typo is reported instead of silently testing another browser.
 */
export function findChromium(probe: ChromiumProbe = systemChromiumProbe()): ChromiumLocation | undefined {
  const explicit = probe.env.CHROMIUM_PATH;
  if (explicit !== undefined && explicit !== '') {
    return probe.isExecutable(explicit) ? { path: explicit, source: 'CHROMIUM_PATH' } : undefined;
  }
  const playwright = probe.playwrightExecutable();
  if (playwright !== undefined && probe.isExecutable(playwright)) return { path: playwright, source: 'playwright' };
  for (const name of PATH_NAMES) {
    const onPath = findOnPath(name, probe);
    if (onPath !== undefined) return { path: onPath, source: 'PATH' };
  }
  const installed = installLocations(probe).find((path) => probe.isExecutable(path));
  return installed === undefined ? undefined : { path: installed, source: 'system' };
}
