import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findChromium, findOnPath, systemChromiumProbe, type ChromiumLocation, type ChromiumProbe } from './findChromium.js';

/** What installing needs from the machine besides the file search; tests pass a fake one. */
export interface InstallHost {
  isRoot: () => boolean;
  /** True when `sudo -n` works, i.e. sudo will not stop to ask for a password in the middle of a test run. */
  canSudo: () => boolean;
  isDebianLike: () => boolean;
  /** Runs a command with its output shown; true when it exited 0. */
  run: (command: readonly string[]) => boolean;
  log: (line: string) => void;
}

/** One way to install a browser, tried as a whole: its commands run in order until one fails. */
export interface InstallStep {
  via: 'apt-get' | 'playwright';
  commands: string[][];
}

/** True for Debian, Ubuntu and their derivatives, from the text of /etc/os-release. */
export function isDebianLike(osRelease: string): boolean {
  const ids = [...osRelease.matchAll(/^(?:ID|ID_LIKE)=("?)([^"\n]*)\1$/gm)].flatMap((match) => (match[2] ?? '').split(/\s+/));
  return ids.includes('debian') || ids.includes('ubuntu');
}

/** The install attempts, best first: the distribution's package when we may use apt-get, then Playwright's download. */
export function planChromiumInstall(probe: ChromiumProbe, host: InstallHost): InstallStep[] {
  const steps: InstallStep[] = [];
  if (probe.platform === 'linux' && host.isDebianLike() && findOnPath('apt-get', probe) !== undefined) {
    const prefix = host.isRoot() ? [] : host.canSudo() ? ['sudo', '-n'] : undefined;
    if (prefix !== undefined) {
      steps.push({ via: 'apt-get', commands: [[...prefix, 'apt-get', 'update'], [...prefix, 'apt-get', 'install', '-y', 'chromium']] });
    }
  }
  steps.push({ via: 'playwright', commands: [['npx', 'playwright', 'install', 'chromium']] });
  return steps;
}

/** The machine this runs on. */
export function systemInstallHost(): InstallHost {
  const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  return {
    isRoot: () => process.getuid?.() === 0,
    canSudo: () => succeeds('sudo', ['-n', 'true']),
    isDebianLike: () => {
      try {
        return isDebianLike(readFileSync('/etc/os-release', 'utf8'));
      } catch {
        return false;
      }
    },
    run: ([command, ...args]) =>
      spawnSync(command ?? '', args, {
        // stdout joins stderr so the installer's progress never mixes into a piped test report.
        stdio: ['ignore', process.stderr, 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        shell: process.platform === 'win32',
      }).status === 0,
    log: (line) => console.error(line),
  };
}

/**
 * Returns a Chromium for the story tests, installing one when none is found: Debian's package through
 * apt-get when running as root or with passwordless sudo, otherwise (or if that fails) Playwright's
 * download. Throws an Error whose message is one sentence when no browser can be had.
 */
export function ensureChromium(probe: ChromiumProbe = systemChromiumProbe(), host: InstallHost = systemInstallHost()): ChromiumLocation {
  const explicit = probe.env.CHROMIUM_PATH;
  const found = findChromium(probe);
  if (found !== undefined) return found;
  if (explicit !== undefined && explicit !== '') {
    throw new Error(`CHROMIUM_PATH is set to ${explicit}, which is not an executable file; point it at a Chrome or Chromium executable, or unset it.`);
  }
  const steps = planChromiumInstall(probe, host);
  for (const step of steps) {
    const install = step.commands.at(-1)?.join(' ') ?? step.via;
    host.log(`No Chrome or Chromium found for the story tests; installing one with: ${install}`);
    if (!step.commands.every((command) => host.run(command))) continue;
    const installed = findChromium(probe);
    if (installed !== undefined) return installed;
  }
  const tried = steps.map((step) => step.commands.at(-1)?.join(' ')).join(', ');
  throw new Error(
    `No Chrome or Chromium was found for the story tests and installing one failed (tried: ${tried}); install Chrome or Chromium, or set CHROMIUM_PATH to its executable.`,
  );
}
