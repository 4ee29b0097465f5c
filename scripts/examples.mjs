// npm run test:examples: builds examples/vite and examples/nextjs against the packed library, as a user
// would install it, serves each with the testing kit's mock server as the upstream API, and drives them in
// Chromium: tokens must arrive before the upstream finishes, and Stop must close the upstream socket.
// Run with `node --import tsx` (the Chromium finder is TypeScript). Exits non-zero on any failed step.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { findChromium } from './findChromium.ts';
import { driveHeadlessChat, driveHookChat, driveChatWindow } from './examplesDrive.mjs';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[examples ${seconds()}] ${message}`);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command to completion without blocking the event loop, so two can run side by side. */
function runAsync(command, args, cwd, env = process.env) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}:\n${output}`))));
  });
}

const mtimes = (dir) =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs);

/** Whether dist/ was built after the last change to what it is built from (in CI, `npm test` just built it). */
function builtAfterSources() {
  if (!existsSync(join(root, 'dist', 'styles.css'))) return false;
  const inputs = [...mtimes('src'), ...['package.json', 'tsup.config.ts'].map((file) => statSync(join(root, file)).mtimeMs)];
  return Math.min(...mtimes('dist')) > Math.max(...inputs);
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts a long-running server and resolves once `url` answers; its output is kept for the failure report. */
async function startApp(name, command, args, cwd, env, url) {
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

// `npm run test:examples -- vite` runs one example; both by default.
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['vite', 'nextjs'];
const work = mkdtempSync(join(tmpdir(), 'rcs-examples-'));
const apps = [];
let browser;
let upstream;
try {
  if (builtAfterSources()) log('dist/ is newer than every source: packing it as it is');
  else {
    log('building the library');
    run(npm, ['run', 'build', '--silent'], root);
  }
  const tarball = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }))[0].filename;

  // Copies outside the repository: a fresh install from the tarball, and no second React beside the tests' one.
  for (const name of chosen) {
    const dir = join(work, name);
    cpSync(join(root, 'examples', name), dir, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|dist|\.next)$/.test(source),
    });
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    manifest.dependencies['react-chat-stream'] = `file:${join(work, tarball)}`;
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  }
  log(`installing ${chosen.join(' and ')} from the tarball`);
  await Promise.all(chosen.map((name) => runAsync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], join(work, name))));

  const { startMockChatServer } = await import(new URL('../dist/testing-node.js', import.meta.url).href);
  // "Hello" streams for about 8 s, long enough to see tokens and press Stop; anything else is answered at once.
  const slow = `${'Streaming from the mock upstream, one token at a time. '.repeat(20)}Done.`;
  upstream = await startMockChatServer({
    resolve: (request) => (request.lastUserText === 'Hello' ? { text: slow, tokensPerSecond: 25 } : { text: 'A quick answer.', tokensPerSecond: 0 }),
  });
  const env = { OPENAI_API_KEY: 'sk-example-not-a-real-key', OPENAI_BASE_URL: upstream.url, NEXT_TELEMETRY_DISABLED: '1' };

  const examples = {
    vite: { build: ['node_modules/vite/bin/vite.js', 'build'], start: () => ['server.js'], drivers: [['vite: README quick start (useChatStream)', driveHookChat], ['vite: headless parts', driveHeadlessChat]] },
    nextjs: { build: ['node_modules/next/dist/bin/next', 'build'], start: (port) => ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', port], drivers: [['nextjs: ChatWindow', driveChatWindow]] },
  };
  log(`building ${chosen.join(' and ')}`);
  const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _base, ...buildEnv } = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  // Built without the key, as a CI that holds no secrets would: only the running server gets it.
  await Promise.all(chosen.map((name) => runAsync(process.execPath, examples[name].build, join(work, name), buildEnv)));

  log('starting the built examples');
  const targets = [];
  for (const name of chosen) {
    const port = String(await freePort());
    const url = `http://127.0.0.1:${port}/`;
    apps.push(await startApp(`examples/${name}`, process.execPath, examples[name].start(port), join(work, name), { ...env, PORT: port }, url));
    for (const [label, drive] of examples[name].drivers) targets.push([label, url, drive]);
  }

  const executablePath = findChromium()?.path;
  if (executablePath === undefined) throw new Error('No Chrome or Chromium found: run `npm test` once (it installs one) or set CHROMIUM_PATH.');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });

  const results = [];
  const open = async (url) => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Failed loads are reported by URL below, so that a missing favicon is not a failure.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
    await page.goto(url);
    return { page, errors };
  };
  for (const [label, url, drive] of targets) {
    log(`driving ${label}`);
    const { page, errors } = await open(url);
    results.push({ label, ...(await drive(page, upstream)) });
    if (errors.length > 0) throw new Error(`${label}: the page logged errors:\n${errors.join('\n')}`);
    await page.close();
  }

  for (const { label, tokensBeforeStop, stopToCloseMs } of results) {
    console.log(`${label.padEnd(44)} ${String(tokensBeforeStop).padStart(4)} chars before Stop, upstream socket closed ${stopToCloseMs} ms after the click`);
  }
  log('all examples passed');
} catch (error) {
  process.exitCode = 1;
  console.error(`[examples ${seconds()}] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  for (const app of apps) console.error(app.output());
} finally {
  await browser?.close();
  for (const app of apps) app.child.kill();
  await upstream?.close();
  rmSync(work, { recursive: true, force: true, maxRetries: 3 });
}
