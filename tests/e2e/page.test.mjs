// Heapscope browser end-to-end test: serves build/web/site under a sub-path on loopback, loads it in
// Debian's headless Chromium (SwiftShader WebGL2), checks frames, pixels and the JS API, no errors.
// Usage: node tests/e2e/page.test.mjs [SITE_DIR]    Prints "N passed, M failed"; exit 1 on failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { assert, createSuite, openApp, PREFIX, ROOT, siteDir, withBrowser } from './browser.mjs';
import { decodePng, differingFraction, distinctColours } from './png.mjs';

const OUT = join(ROOT, 'build/e2e');
const suite = createSuite('e2e');
const { check } = suite;
const SITE = siteDir(suite);
mkdirSync(OUT, { recursive: true });

const requests = await withBrowser(suite, SITE, async (page, url) => {
  const started = Date.now();
  const loaded = await check('page loads and draws its first frame', async () => {
    await openApp(page, url);
    return `${Date.now() - started} ms to first frame (from ${url})`;
  });

  if (loaded) {
    const canvas = page.locator('#canvas');
    let before = null;
    await check('canvas is drawn (not blank)', async () => {
      await page.evaluate(() => window.heapscope.waitFrames(3));
      before = decodePng(await canvas.screenshot());
      const colours = distinctColours(before);
      assert(before.width >= 800 && before.height >= 500, `canvas is only ${before.width}x${before.height}`);
      assert(colours > 16, `only ${colours} distinct colours`);
      return `${before.width}x${before.height}, ${colours} colours`;
    });

    await check('JS API: create a list, snapshot shows it', async () => {
      const outcome = await page.evaluate(() => {
        const hs = window.heapscope;
        const v0 = hs.version();
        const result = hs.create('list', 'xs', '3');
        const snap = hs.snapshot();
        const root = snap.roots.find((r) => r.name === 'xs');
        const object = root && snap.objects.find((o) => o.address === root.address);
        return { result, v0, v1: hs.version(), root, object };
      });
      assert(outcome.result.ok, `create failed: ${outcome.result.error}`);
      assert(outcome.root, 'no root named xs in the snapshot');
      assert(outcome.root.address === outcome.result.address, 'root address differs from create() address');
      assert(outcome.object && outcome.object.type === 'list', `xs is ${outcome.object && outcome.object.type}`);
      assert(outcome.v1 !== outcome.v0, 'version did not change');
      return `xs = ${outcome.object.id} ${outcome.object.label}`;
    });

    await check('JS API: append, unbind and audit', async () => {
      const outcome = await page.evaluate(() => {
        const hs = window.heapscope;
        const xs = hs.snapshot().roots.find((r) => r.name === 'xs');
        const n = hs.create('int', 'n', '1000');
        const appended = hs.append(xs.address, n.address);
        const unbound = hs.unbind('n');
        const snap = hs.snapshot();
        const list = snap.objects.find((o) => o.address === xs.address);
        const item = snap.objects.find((o) => o.address === n.address);
        const word = hs.readMemory(xs.address, 8);
        return { n, appended, unbound, list, item, audit: hs.audit(), word, names: snap.roots.map((r) => r.name) };
      });
      assert(outcome.n.ok && outcome.appended.ok && outcome.unbound.ok,
        `command failed: ${outcome.n.error || outcome.appended.error || outcome.unbound.error}`);
      assert(!outcome.names.includes('n'), 'n is still bound after unbind');
      assert(outcome.list.referents.includes(outcome.n.address), 'the list does not refer to the appended int');
      assert(outcome.item && outcome.item.refcount >= 1, 'the appended int died with its name');
      assert(outcome.audit.length === 0, `audit: ${outcome.audit.join('; ')}`);
      assert(outcome.word.ok, `readMemory(id(xs)) failed: ${outcome.word.error}`);
      return `list refcount ${outcome.list.refcount}, int refcount ${outcome.item.refcount}`;
    });

    await check('the drawn app follows the session', async () => {
      await page.evaluate(() => window.heapscope.waitFrames(3));
      const after = decodePng(await canvas.screenshot());
      const changed = differingFraction(before, after);
      assert(changed > 0.0005, `only ${(changed * 100).toFixed(3)}% of pixels changed`);
      return `${(changed * 100).toFixed(2)}% of pixels changed`;
    });

    await page.screenshot({ path: join(OUT, 'heapscope.png') });
    console.log(`screenshot: ${join(OUT, 'heapscope.png')}`);

    await check('embed.js turns <pre data-heapscope> into a running iframe', async () => {
      await page.goto(new URL('embed-demo.html', url).href, { waitUntil: 'load', timeout: 60_000 });
      const element = await page.waitForSelector('iframe.heapscope-embed', { timeout: 20_000 });
      const src = new URL(await element.getAttribute('src'));
      assert(src.pathname === `${PREFIX}index.html`, `iframe points at ${src.pathname}`);
      assert((src.searchParams.get('code') || '').includes('d1["d2"] = d2'), 'iframe URL lacks the code');
      const frame = await element.contentFrame();
      await frame.waitForFunction(() => window.heapscope && window.heapscope.frames > 0, null, { timeout: 60_000 });
      return `iframe ${src.pathname} drew ${await frame.evaluate(() => window.heapscope.frames)} frames`;
    });
  }
});
writeFileSync(join(OUT, 'requests.json'), JSON.stringify(requests, null, 1));
suite.finish();
