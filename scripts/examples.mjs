// npm run test:examples: builds examples/vite and examples/nextjs against the packed library, as a user
// would install it, serves each with the testing kit's mock server as the upstream API, and drives them in
// Chromium: tokens must arrive before the upstream finishes, and Stop must close the upstream socket.
// Run with `node --import tsx` (the Chromium finder is TypeScript). Exits non-zero on any failed step.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { findChromium } from './findChromium.ts';
import { driveHeadlessChat, driveHookChat, driveChatWindow, openPage } from './examplesDrive.mjs';
import { builtAfterSources, freePort, runAsync, startApp } from './examplesProcess.mjs';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[examples ${seconds()}] ${message}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// `npm run test:examples -- vite` runs one example; both by default.
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['vite', 'nextjs'];
const work = mkdtempSync(join(tmpdir(), 'rcs-examples-'));
const apps = [];
let browser;
let upstream;
try {
  if (builtAfterSources(root)) log('dist/ is newer than every source: packing it as it is');
  else {
    log('building the library');
    await runAsync(npm, ['run', 'build', '--silent'], root);
  }
  const tarball = JSON.parse(await runAsync(npm, ['pack', '--json', '--silent', '--pack-destination', work], root))[0].filename;

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
  const install = (name) => runAsync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], join(work, name));
  // One more try: a registry hiccup is not a broken example.
  await Promise.all(chosen.map((name) => install(name).catch(() => install(name))));

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
  for (const [label, url, drive] of targets) {
    log(`driving ${label}`);
    const { page, errors } = await openPage(browser, url);
    results.push({ label, ...(await drive(page, upstream)) });
    if (errors.length > 0) throw new Error(`${label}: the page logged errors:\n${errors.join('\n')}`);
    await page.close();
  }

  for (const { label, charsBeforeStop, stopToCloseMs } of results) {
    console.log(`${label.padEnd(44)} ${String(charsBeforeStop).padStart(4)} characters before Stop, upstream socket closed ${stopToCloseMs} ms after the click`);
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
  log('cleaned up');
}
