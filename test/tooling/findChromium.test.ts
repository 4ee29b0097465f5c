import { describe, expect, it } from 'vitest';
import { findChromium, findOnPath, type ChromiumProbe } from '../../scripts/findChromium.js';

/** A machine made of a set of executable files, so the search order is tested without touching this one. */
function probe(executables: string[], overrides: Partial<ChromiumProbe> = {}): ChromiumProbe {
  const files = new Set(executables);
  return {
    env: { PATH: '/opt/bin:/usr/local/bin:/usr/bin' },
    platform: 'linux',
    homeDir: '/home/dev',
    isExecutable: (path) => files.has(path),
    playwrightExecutable: () => '/home/dev/.cache/ms-playwright/chromium-1/chrome-linux64/chrome',
    ...overrides,
  };
}

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH over everything else', () => {
    const machine = probe(['/custom/chrome', PLAYWRIGHT, '/usr/bin/chromium'], { env: { PATH: '/usr/bin', CHROMIUM_PATH: '/custom/chrome' } });
    expect(findChromium(machine)).toEqual({ path: '/custom/chrome', source: 'CHROMIUM_PATH' });
  });

  it('finds nothing when CHROMIUM_PATH names a file that is not there, rather than quietly using another browser', () => {
    const machine = probe([PLAYWRIGHT, '/usr/bin/chromium'], { env: { PATH: '/usr/bin', CHROMIUM_PATH: '/typo/chrome' } });
    expect(findChromium(machine)).toBeUndefined();
  });

  it("uses Playwright's own browser when it is installed", () => {
    expect(findChromium(probe([PLAYWRIGHT, '/usr/bin/chromium']))).toEqual({ path: PLAYWRIGHT, source: 'playwright' });
  });

  it("skips Playwright's path when that browser was never downloaded, and when playwright is absent", () => {
    expect(findChromium(probe(['/usr/bin/chromium']))?.source).toBe('PATH');
    expect(findChromium(probe(['/usr/bin/chromium'], { playwrightExecutable: () => undefined }))?.path).toBe('/usr/bin/chromium');
  });

  it('searches PATH name by name, in PATH order, before the fixed locations', () => {
    const machine = probe(['/usr/bin/chromium-browser', '/opt/bin/google-chrome', '/usr/local/bin/chromium']);
    expect(findChromium(machine)).toEqual({ path: '/usr/local/bin/chromium', source: 'PATH' });
    expect(findChromium(probe(['/usr/bin/google-chrome-stable']))).toEqual({ path: '/usr/bin/google-chrome-stable', source: 'PATH' });
  });

  it('falls back to /usr/bin/chromium when PATH is empty', () => {
    expect(findChromium(probe(['/usr/bin/chromium'], { env: {} }))).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it('finds the macOS Chrome and Chromium apps', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const userChromium = '/Users/dev/Applications/Chromium.app/Contents/MacOS/Chromium';
    const mac = { platform: 'darwin' as const, homeDir: '/Users/dev', env: { PATH: '/usr/bin' } };
    expect(findChromium(probe([chrome], mac))).toEqual({ path: chrome, source: 'system' });
    expect(findChromium(probe([userChromium], mac))).toEqual({ path: userChromium, source: 'system' });
  });

  it('looks for .exe names with ; separated PATH on Windows', () => {
    const win = { platform: 'win32' as const, env: { PATH: 'C:\\tools;C:\\bin' } };
    expect(findOnPath('chromium', probe(['C:\\bin\\chromium.exe'], win))).toBe('C:\\bin\\chromium.exe');
  });

  it('reports nothing when there is no browser anywhere', () => {
    expect(findChromium(probe([]))).toBeUndefined();
  });
});
