// Renders key stories to PNG in docs/screenshots/, for the README and for review.
//
//   npm run screenshots                   build Storybook, then shoot every story below
//   npm run screenshots -- --no-build     reuse storybook-static/ from an earlier build
//   npm run screenshots -- styled-dark    shoot only the named shots
//
// Storybook is built statically and served from 127.0.0.1 by a tiny file server; each story opens
// alone (iframe.html) in the Chromium the story tests use, runs its play function, and is shot once it settles.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
// Loaded through tsx (see the npm script): the browser search is shared with the story tests.
import { ensureChromium } from './ensureChromium.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const outDir = join(root, 'docs', 'screenshots');

const settled = (role = 'assistant', status = 'complete') => `[data-role="${role}"][data-status="${status}"]`;

/**
 * What to shoot: `wait` is a selector that appears once the story shows what the picture is about
 * (its play function has run, its answer has settled); `width` × `height` is the browser viewport.
 */
const SHOTS = [
  { name: 'styled-conversation', id: 'styled-chatwindow--conversation', wait: settled() },
  { name: 'styled-empty', id: 'styled-chatwindow--empty', wait: '.rcs-chat' },
  { name: 'styled-streaming', id: 'styled-chatwindow--streaming', wait: '[data-role="assistant"] [data-md="paragraph"]', delayMs: 1500 },
  { name: 'styled-reasoning', id: 'styled-chatwindow--reasoning', wait: settled() },
  { name: 'styled-tool-calls', id: 'styled-chatwindow--tool-calls', wait: settled() },
  { name: 'styled-error', id: 'styled-chatwindow--failed', wait: settled('assistant', 'error') },
  { name: 'styled-dark', id: 'styled-chatwindow--dark', wait: settled() },
  { name: 'headless-markdown-and-code', id: 'scenarios-conversation--markdown-and-code', wait: settled() },
  { name: 'headless-tool-calls', id: 'scenarios-conversation--parallel-tool-calls', wait: settled() },
  { name: 'headless-error-429', id: 'scenarios-errors--http-429', wait: settled('assistant', 'error') },
  { name: 'headless-stopped', id: 'scenarios-conversation--stopped', wait: settled('assistant', 'stopped') },
  { name: 'stream-lab', id: 'stream-lab--tiny-chunks-then-drop', wait: settled('assistant', 'error'), width: 1100 },
  { name: 'markdown-hostile-html', id: 'headless-streamingmarkdown--hostile-html-as-text', wait: '[data-md="root"]' },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Serves `dir` read-only on 127.0.0.1 at a free port; resolves to the server and its base URL. */
function serveStatic(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    // Never serve outside the build directory, whatever the path says.
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, base: `http://127.0.0.1:${server.address().port}` })));
}

function build() {
  console.log('Building Storybook into storybook-static/ …');
  const bin = join(root, 'node_modules', '.bin', 'storybook');
  const result = spawnSync(bin, ['build', '-o', 'storybook-static', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`storybook build failed with status ${result.status}`);
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.filter((arg) => !arg.startsWith('--'));
  if (!args.includes('--no-build')) build();
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const shots = SHOTS.filter((shot) => only.length === 0 || only.includes(shot.name));
  const missing = shots.filter((shot) => !(shot.id in index.entries)).map((shot) => shot.id);
  if (missing.length > 0) throw new Error(`Stories not found in the build: ${missing.join(', ')}`);

  mkdirSync(outDir, { recursive: true });
  const { server, base } = await serveStatic(staticDir);
  const browser = await chromium.launch({
    executablePath: ensureChromium().path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let failures = 0;
  try {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width: shot.width ?? 900, height: shot.height ?? 700 }, colorScheme: 'light' });
      try {
        await page.goto(`${base}/iframe.html?id=${shot.id}&viewMode=story`);
        await page.waitForSelector(`#storybook-root ${shot.wait}`, { timeout: 20_000 });
        // Let the last frame flush, the focus ring settle and the copy buttons' fonts load.
        await page.waitForTimeout(shot.delayMs ?? 400);
        const target = page.locator('#storybook-root > *').first();
        const file = join(outDir, `${shot.name}.png`);
        await target.screenshot({ path: file, animations: 'disabled' });
        console.log(`  ${shot.name}.png  (${shot.id})`);
      } catch (error) {
        failures++;
        console.error(`  ${shot.name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (failures > 0) {
    console.error(`${failures} screenshot(s) failed.`);
    process.exitCode = 1;
  } else console.log(`Wrote ${shots.length} screenshot(s) to docs/screenshots/.`);
}

await main();
