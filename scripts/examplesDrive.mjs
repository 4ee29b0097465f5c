// The Chromium half of scripts/examples.mjs: one driver per chat UI. Each sends "Hello" (which the mock
// upstream streams for several seconds), proves that text is on screen while the upstream is still
// sending, clicks Stop with a real pointer, and returns how long the upstream socket took to close.

/**
 * Opens `url` in a new page that collects what would show a broken app: uncaught errors, console errors
 * and failed responses (a missing favicon aside).
 */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Failed loads are reported below by URL, so that the favicon's 404 can be told apart.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(url);
  return { page, errors };
}

const check = (condition, message) => {
  if (!condition) throw new Error(message);
};

function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: nothing after ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Waits for streamed text in `answer`, checks that the upstream request is still streaming, clicks `stop`
 * and waits for the upstream to see its client go away. The click time is taken in the page, in a capture
 * listener, so that Playwright's own latency is not counted.
 */
async function streamThenStop(page, upstream, answer, stop, label) {
  await answer.filter({ hasText: /(\S+\s+){3}/ }).waitFor({ timeout: 15_000 });
  const request = upstream.requests.at(-1);
  check(request !== undefined, `${label}: no request reached the upstream`);
  const shown = (await answer.textContent()) ?? '';
  check(request.outcome === 'streaming', `${label}: the upstream had already finished (${request.outcome}) when text first showed: nothing was streamed`);

  let closedAt = 0;
  const closed = request.closed.then((outcome) => ((closedAt = Date.now()), outcome));
  await page.evaluate(() => {
    document.addEventListener('click', () => (window.__stopClickedAt = Date.now()), { capture: true, once: true });
  });
  await stop.click();
  const outcome = await within(closed, 10_000, `${label}: the upstream socket after Stop`);
  check(outcome === 'client-closed', `${label}: the upstream request ended as '${outcome}', not closed by the client`);
  const clickedAt = await page.evaluate(() => window.__stopClickedAt);
  return { charsBeforeStop: shown.length, stopToCloseMs: closedAt - clickedAt };
}

/** examples/vite's README quick start: plain markup on `useChatStream`; Stop must not submit the form. */
export async function driveHookChat(page, upstream) {
  const label = 'vite hook chat';
  const chat = page.getByRole('region', { name: 'Hook chat' });
  const input = chat.getByRole('textbox', { name: 'Message' });
  const before = upstream.requests.length;
  await input.fill('Hello');
  await chat.getByRole('button', { name: 'Send' }).click();
  const answer = chat.locator('p[data-status="streaming"]');
  await answer.waitFor();
  // The next question, typed while the answer streams, must survive the click on Stop.
  await input.fill('And then?');
  const result = await streamThenStop(page, upstream, answer, chat.getByRole('button', { name: 'Stop' }), label);

  await chat.locator('p[data-status="stopped"]').waitFor({ timeout: 5_000 });
  check((await input.inputValue()) === 'And then?', `${label}: Stop submitted the form (the draft was cleared)`);
  // Sending now makes the second request; a form submitted by Stop would have made one before it.
  await chat.getByRole('button', { name: 'Send' }).click();
  await chat.locator('p[data-status="complete"]', { hasText: 'A quick answer.' }).waitFor({ timeout: 15_000 });
  const sent = upstream.requests.slice(before);
  check(sent.length === 2, `${label}: ${sent.length} upstream requests for two sends (Stop must not send)`);
  check(sent[1].lastUserText === 'And then?', `${label}: the second request asked '${sent[1].lastUserText}'`);
  return result;
}

/** examples/vite's headless parts: `Composer.Submit` and `Composer.Stop`. */
export async function driveHeadlessChat(page, upstream) {
  const chat = page.getByRole('region', { name: 'Headless chat' });
  await chat.getByRole('textbox', { name: 'Message' }).fill('Hello');
  await chat.getByRole('button', { name: 'Send message' }).click();
  const answer = chat.locator('.assistant[data-status="streaming"]');
  const result = await streamThenStop(page, upstream, answer, chat.getByRole('button', { name: 'Stop generating' }), 'vite headless chat');
  await chat.locator('.assistant[data-status="stopped"]').waitFor({ timeout: 5_000 });
  return result;
}

/** examples/nextjs: `ChatWindow` behind a route handler with `createChatProxy`. */
export async function driveChatWindow(page, upstream) {
  await page.getByRole('textbox', { name: 'Message' }).fill('Hello');
  await page.getByRole('button', { name: 'Send message' }).click();
  const answer = page.locator('.rcs-message[data-role="assistant"][data-status="streaming"]');
  const result = await streamThenStop(page, upstream, answer, page.getByRole('button', { name: 'Stop generating' }), 'nextjs ChatWindow');
  await page.locator('.rcs-message[data-role="assistant"][data-status="stopped"]').waitFor({ timeout: 5_000 });
  return result;
}
