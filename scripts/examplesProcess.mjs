// Process and file helpers of scripts/examples.mjs: child processes that report their output on failure,
// free ports, and whether dist/ is fresh.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// Windows runs npm through a .cmd shim, which Node spawns only through a shell.
const shell = process.platform === 'win32';

/**
 * Runs a command to completion without blocking the event loop, so two can run side by side. Resolves
 * with its stdout; a failure carries stdout and stderr both.
 */
export function runAsync(command, args, cwd, env = process.env) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, shell, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let both = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (both += chunk)));
    child.stderr.on('data', (chunk) => (both += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(stdout) : fail(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}:\n${both}`))));
  });
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Starts a long-running server and resolves once `url` answers 2xx, with the child and its output so far
 * (for the failure report). Fails if the server exits first or does not answer within 60 s.
 */
export async function startApp(name, command, args, cwd, env, url) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    const ready = await fetch(url).then((response) => response.ok, () => false);
    if (ready) return { child, output: () => output };
    await new Promise((done) => setTimeout(done, 250));
  }
  child.kill();
  throw new Error(`${name} did not answer ${url} within 60 s:\n${output}`);
}

const mtimes = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs);

/** Whether `root`/dist was built after the last change to what it is built from (in CI, `npm test` just built it). */
export function builtAfterSources(root) {
  if (!existsSync(join(root, 'dist', 'styles.css'))) return false;
  const inputs = [...mtimes(join(root, 'src')), ...['package.json', 'tsup.config.ts'].map((file) => statSync(join(root, file)).mtimeMs)];
  return Math.min(...mtimes(join(root, 'dist'))) > Math.max(...inputs);
}
