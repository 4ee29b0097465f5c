// Times `npm start` from launch to the first story on screen, the wait a newcomer sits through.
//
//   node --import tsx scripts/timeFirstStory.ts [--cold] [--ui] [story-id] [-- storybook dev options]
//
// --cold deletes Storybook's and Vite's caches first, as on a fresh clone. The story opens alone
// (iframe.html, or inside Storybook's page with --ui) in headless Chromium; it counts as shown once
// #storybook-root has content. Vite's dependency messages are echoed, since a late "new dependencies
// optimized" reload would cost a second page load. The dev server's CPU seconds are printed beside the
// wall time, which says little alone on a shared machine.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright';
import { ensureChromium } from './ensureChromium.js';

// Arguments after `--` go to `storybook dev` (e.g. `-- -c other-config-dir` to compare two configs).
const dashes = process.argv.indexOf('--');
const args = process.argv.slice(2, dashes === -1 ? undefined : dashes);
const storybookArgs = dashes === -1 ? [] : process.argv.slice(dashes + 1);
const storyId = args.find((arg) => !arg.startsWith('--')) ?? 'styled-chatwindow--conversation';
const port = 6010;

if (args.includes('--cold')) {
  for (const dir of ['node_modules/.cache/storybook', 'node_modules/.vite', 'node_modules/.vite-storybook']) rmSync(dir, { recursive: true, force: true });
}

/** CPU seconds used so far by a process group (Linux only): wall time on a shared machine says little alone. */
function groupCpuSeconds(group: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks / 100;
}

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const server = spawn('npx', ['storybook', 'dev', '-p', String(port), '--no-open', '--ci', ...storybookArgs], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let ready: () => void;
const serverReady = new Promise<void>((resolve) => (ready = resolve));
const onOutput = (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n')) {
    if (/Local:|started/i.test(line)) ready();
    if (process.env.STORY_TIMING_VERBOSE || /optimiz|reload|pre-bundl/i.test(line)) console.log(`[${seconds()} s] ${line.trim()}`);
  }
};
server.stdout.on('data', onOutput);
server.stderr.on('data', onOutput);

const browser = await chromium.launch({ executablePath: ensureChromium().path, args: ['--no-sandbox', '--disable-gpu'] });
try {
  await serverReady;
  console.log(`[${seconds()} s] dev server listening (CPU: ${server.pid === undefined ? '?' : groupCpuSeconds(server.pid)} s)`);
  const page = await browser.newPage();
  let reloads = 0;
  page.on('load', () => {
    reloads += 1;
    console.log(`[${seconds()} s] page load ${reloads}`);
  });
  const requests: Array<{ url: string; ms: number; at: string }> = [];
  page.on('requestfinished', (request) => {
    const timing = request.timing();
    requests.push({ url: request.url().replace(`http://localhost:${port}`, ''), ms: timing.responseEnd, at: seconds() });
  });
  page.on('console', (message) => {
    if (message.text().includes('[vite]')) console.log(`[${seconds()} s] browser: ${message.text()}`);
  });
  // --ui opens Storybook's own page, as a newcomer does, and waits for the story inside its preview frame.
  const ui = args.includes('--ui');
  const url = ui ? `/?path=/story/${storyId}` : `/iframe.html?id=${storyId}&viewMode=story`;
  await page.goto(`http://localhost:${port}${url}`, { timeout: 300_000 });
  const storyShown = () => (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0;
  // A Vite dependency reload destroys the page's context mid-wait; keep waiting on the new page.
  for (;;) {
    try {
      if (ui) {
        const frame = await (await page.waitForSelector('#storybook-preview-iframe', { timeout: 300_000 })).contentFrame();
        await frame?.waitForFunction(storyShown, undefined, { timeout: 300_000 });
      } else {
        await page.waitForFunction(storyShown, undefined, { timeout: 300_000 });
      }
      break;
    } catch (error) {
      if (!/context was destroyed|detached/i.test(String(error))) throw error;
    }
  }
  const cpu = server.pid === undefined ? undefined : groupCpuSeconds(server.pid);
  console.log(`[${seconds()} s] first story shown: ${storyId} (page loads: ${reloads}; dev server CPU: ${cpu ?? '?'} s)`);
  if (process.env.STORY_TIMING_VERBOSE) {
    console.log(`${requests.length} requests; slowest:`);
    const groups = new Map<string, number>();
    for (const r of requests) {
      const key = r.url.split('?')[0]!.split('/').slice(0, r.url.startsWith('/@fs/') ? 6 : 3).join('/');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    console.log([...groups].sort((a, b) => b[1] - a[1]).map(([key, count]) => `  ${count} ${key}`).join('\n'));
    for (const r of requests.sort((a, b) => b.ms - a.ms).slice(0, 15)) console.log(`  ${r.ms.toFixed(0)} ms (done at ${r.at} s) ${r.url.slice(0, 140)}`);
  }
} finally {
  await browser.close();
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}
