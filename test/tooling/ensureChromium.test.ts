import { describe, expect, it } from 'vitest';
import { ensureChromium, isDebianLike, planChromiumInstall, type InstallHost } from '../../scripts/ensureChromium.js';
import type { ChromiumProbe } from '../../scripts/findChromium.js';

interface FakeMachine {
  probe: ChromiumProbe;
  host: InstallHost;
  ran: string[];
  logs: string[];
}

/**
 * A machine with no browser whose installers "work" by adding the file they would install; `installs`
 * says which command lines succeed and what each one puts on disk.
 */
function machine(options: { platform?: NodeJS.Platform; root?: boolean; sudo?: boolean; debian?: boolean; apt?: boolean; installs?: Record<string, string | null> } = {}): FakeMachine {
  const files = new Set<string>(options.apt === false ? [] : ['/usr/bin/apt-get']);
  const ran: string[] = [];
  const logs: string[] = [];
  const probe: ChromiumProbe = {
    env: { PATH: '/usr/bin' },
    platform: options.platform ?? 'linux',
    homeDir: '/home/dev',
    isExecutable: (path) => files.has(path),
    playwrightExecutable: () => '/pw/chrome',
  };
  const host: InstallHost = {
    isRoot: () => options.root ?? true,
    canSudo: () => options.sudo ?? false,
    isDebianLike: () => options.debian ?? true,
    run: (command) => {
      const line = command.join(' ');
      ran.push(line);
      const adds = options.installs?.[line];
      if (adds === undefined) return false;
      if (adds !== null) files.add(adds);
      return true;
    },
    log: (line) => logs.push(line),
  };
  return { probe, host, ran, logs };
}

const APT = { 'apt-get update': null, 'apt-get install -y chromium': '/usr/bin/chromium' };

describe('planChromiumInstall', () => {
  it('uses apt-get as root on Debian and Ubuntu, then Playwright as the fallback', () => {
    const { probe, host } = machine();
    expect(planChromiumInstall(probe, host)).toEqual([
      { via: 'apt-get', commands: [['apt-get', 'update'], ['apt-get', 'install', '-y', 'chromium']] },
      { via: 'playwright', commands: [['npx', 'playwright', 'install', 'chromium']] },
    ]);
  });

  it('goes through sudo -n only when sudo needs no password', () => {
    const { probe, host } = machine({ root: false, sudo: true });
    expect(planChromiumInstall(probe, host)[0]?.commands[1]).toEqual(['sudo', '-n', 'apt-get', 'install', '-y', 'chromium']);
    const noSudo = machine({ root: false, sudo: false });
    expect(planChromiumInstall(noSudo.probe, noSudo.host).map((step) => step.via)).toEqual(['playwright']);
  });

  it('uses Playwright alone on macOS, on other Linux distributions and without apt-get', () => {
    for (const options of [{ platform: 'darwin' as const }, { debian: false }, { apt: false }]) {
      const { probe, host } = machine(options);
      expect(planChromiumInstall(probe, host).map((step) => step.via)).toEqual(['playwright']);
    }
  });
});

describe('ensureChromium', () => {
  it('returns a browser that is already there without installing anything', () => {
    const { probe, host, ran } = machine();
    const found = ensureChromium({ ...probe, isExecutable: (path) => path === '/usr/bin/chromium' }, host);
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'PATH' });
    expect(ran).toEqual([]);
  });

  it('installs with apt-get, says so, and finds the result', () => {
    const { probe, host, ran, logs } = machine({ installs: APT });
    expect(ensureChromium(probe, host)).toEqual({ path: '/usr/bin/chromium', source: 'PATH' });
    expect(ran).toEqual(['apt-get update', 'apt-get install -y chromium']);
    expect(logs.join('\n')).toContain('installing one with: apt-get install -y chromium');
  });

  it("falls back to Playwright's download when apt-get fails", () => {
    const { probe, host, ran } = machine({ installs: { 'apt-get update': null, 'npx playwright install chromium': '/pw/chrome' } });
    expect(ensureChromium(probe, host)).toEqual({ path: '/pw/chrome', source: 'playwright' });
    expect(ran).toEqual(['apt-get update', 'apt-get install -y chromium', 'npx playwright install chromium']);
  });

  it('fails with one sentence naming what was tried when no installer works', () => {
    const { probe, host } = machine({ platform: 'darwin' });
    expect(() => ensureChromium(probe, host)).toThrow(
      /^No Chrome or Chromium was found for the story tests and installing one failed \(tried: npx playwright install chromium\); install Chrome or Chromium, or set CHROMIUM_PATH to its executable\.$/,
    );
  });

  it('fails at once, installing nothing, when CHROMIUM_PATH points at no executable', () => {
    const { probe, host, ran } = machine({ installs: APT });
    expect(() => ensureChromium({ ...probe, env: { CHROMIUM_PATH: '/typo/chrome' } }, host)).toThrow(
      'CHROMIUM_PATH is set to /typo/chrome, which is not an executable file; point it at a Chrome or Chromium executable, or unset it.',
    );
    expect(ran).toEqual([]);
  });
});

describe('isDebianLike', () => {
  it('reads ID and ID_LIKE from /etc/os-release', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID=fedora\n')).toBe(false);
    expect(isDebianLike('ID=alpine\nID_LIKE=""\n')).toBe(false);
  });
});
