import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs npm in the repository root; on Windows npm is a .cmd script, which only a shell can start. */
export async function npm(args: readonly string[]): Promise<string> {
  const { stdout } = await run('npm', [...args], { cwd: repoRoot, shell: process.platform === 'win32' });
  return stdout;
}

/** The repository root: the package being packed. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A temporary project whose `node_modules/react-chat-stream` is the packed tarball, extracted. */
export interface PackedInstall {
  /** The project directory; bare specifiers resolve from its `node_modules`. */
  readonly dir: string;
  /** The extracted package, `<dir>/node_modules/react-chat-stream`. */
  readonly packageDir: string;
  /**
   * Runs an ES module as a script in a child Node process in {@link dir}, with the given resolution
   * `conditions` (`--conditions=...`), and returns what it printed as parsed JSON.
   */
  evaluate<T>(code: string, conditions?: readonly string[]): Promise<T>;
}

/**
 * Packs the library with `npm pack`, exactly what `npm publish` would upload (the `files` list, the
 * `exports` map). `npm test` builds `dist/` before the tests; when it is missing (a test run on a fresh
 * clone without the build), it is built here first.
 */
export async function packLibrary(destination: string): Promise<string> {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) await npm(['run', 'build']);
  const [packed] = JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', destination])) as { filename: string }[];
  return join(destination, packed!.filename);
}

/**
 * Extracts `tarball` into a fresh temporary project. The declared `dependencies` are linked from this
 * repository's `node_modules` (so a dependency missing from package.json fails to resolve), and the React
 * peers only when `withPeers` is set: without them, any import of React from an entry throws.
 */
export async function installPackedLibrary(tarball: string, withPeers: boolean): Promise<PackedInstall> {
  const dir = await mkdtemp(join(tmpdir(), 'rcs-packed-'));
  const packageDir = join(dir, 'node_modules', 'react-chat-stream');
  await mkdir(packageDir, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);

  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const names = [...Object.keys(manifest.dependencies ?? {}), ...(withPeers ? Object.keys(manifest.peerDependencies ?? {}) : [])];
  for (const name of names) {
    const link = join(dir, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    // A junction on Windows needs no privileges; other systems ignore the type.
    await symlink(join(repoRoot, 'node_modules', name), link, 'junction');
  }

  return {
    dir,
    packageDir,
    async evaluate<T>(code: string, conditions: readonly string[] = []): Promise<T> {
      const flags = conditions.map((condition) => `--conditions=${condition}`);
      const { stdout } = await run(process.execPath, [...flags, '--input-type=module', '--eval', code], { cwd: dir });
      return JSON.parse(stdout) as T;
    },
  };
}

/** Deletes a temporary directory made by these helpers. */
export async function removeTemporary(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
