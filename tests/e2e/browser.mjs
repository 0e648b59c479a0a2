// Shared harness of the browser end-to-end tests: result bookkeeping, the site on loopback under a
// sub-path, Debian's headless Chromium with every off-site request blocked and every error collected.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startServer } from '../../web/dev_server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PREFIX = '/nested/heapscope/'; // proves the site needs only relative URLs
const CHROMIUM = process.env.HEAPSCOPE_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
  '--no-first-run',
];

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// One test file's results. `finish()` prints "<label>: N passed, M failed" and exits (1 on any failure
// or when nothing ran); a watchdog records a failure and finishes if the file overruns `timeoutMs`.
export function createSuite(label, timeoutMs = 240_000) {
  const results = [];
  const record = (name, ok, detail = '') => {
    results.push({ name, ok });
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  };
  const finish = () => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${label}: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  };
  // Runs one named check; its resolved string (if any) is printed as detail. Returns whether it passed.
  const check = async (name, fn) => {
    try {
      const detail = await fn();
      record(name, true, typeof detail === 'string' ? detail : '');
      return true;
    } catch (error) {
      record(name, false, error && error.message ? error.message.split('\n')[0] : String(error));
      return false;
    }
  };
  const watchdog = setTimeout(() => {
    record('finishes within the time limit', false, `${timeoutMs / 1000}s elapsed`);
    finish();
  }, timeoutMs);
  watchdog.unref();
  return { record, check, finish };
}

// The built site to test: argv[2] or build/web/site. Finishes the suite with a failure if it is not built.
export function siteDir(suite) {
  const site = resolve(process.argv[2] || join(ROOT, 'build/web/site'));
  if (!existsSync(join(site, 'index.html')) || !existsSync(join(site, 'heapscope.wasm'))) {
    suite.record('site is built', false, `${site} has no index.html / heapscope.wasm (run ./serve.sh --build-only)`);
    suite.finish();
  }
  return site;
}

// Serves `site` under PREFIX and opens a fresh Chromium profile (empty localStorage). `problems` collects
// console errors, page errors, failed requests, HTTP errors and blocked off-site requests.
// `body(page, url)` runs the checks; the browser, profile and server are closed whatever happens.
export async function withBrowser(suite, site, body) {
  const { server, url, requests } = await startServer({ root: site, prefix: PREFIX });
  const userDataDir = mkdtempSync(join(tmpdir(), 'heapscope-e2e-'));
  const problems = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1440, height: 900 }, args: CHROMIUM_ARGS,
    });
    await context.route('**/*', (route) => {
      const target = new URL(route.request().url());
      if (target.protocol === 'data:' || target.hostname === '127.0.0.1') return route.continue();
      problems.push(`off-site request blocked: ${target.href}`);
      return route.abort();
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await body(page, url, requests);
    await suite.check('no console errors, page errors or failed requests', async () => {
      assert(problems.length === 0, problems.slice(0, 5).join(' | '));
      return `${requests.length} requests, all under ${PREFIX}`;
    });
  } catch (error) {
    suite.record('browser session', false, error.message.split('\n')[0]);
  } finally {
    if (context) await context.close().catch(() => {});
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return requests;
}

// Opens `address` and waits until the page has published window.heapscope and drawn a frame.
export async function openApp(page, address) {
  await page.goto(address, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.heapscope && window.heapscope.frames > 0, null, { timeout: 60_000 });
}
