// Heapscope notebook end-to-end test: the page in headless Chromium takes ?code=...&autorun=1 and
// shows CPython's transcript, keeps the cells across reloads (localStorage), gives a first-time
// visitor the welcome lesson, and runs a long loop in slices that Stop ends.
// Usage: node tests/e2e/notebook.test.mjs [SITE_DIR]    Prints "N passed, M failed"; exit 1 on failure.
import { assert, createSuite, openApp as open, PREFIX, siteDir, withBrowser } from './browser.mjs';

// The cells and what `python3.11 tools/cpython_cells.py` prints for them (as in tests/ui/notebook_test.cpp).
const CODE = [
  '# %%', 'import sys', 'x = []', 'print(sys.getrefcount(x))',
  '# %%', 'y = x', 'sys.getrefcount(x)',
  '# %%', 'def f():', '    print("in f")', '    return 1/0', 'f()',
  '# %%', 'print("after")', 'f()', '',
].join('\n');
const TRANSCRIPT = [
  '2', '3', 'in f',
  'Traceback (most recent call last):',
  '  File "<cell 3>", line 4, in <module>',
  '  File "<cell 3>", line 3, in f',
  'ZeroDivisionError: division by zero',
  'after', 'in f',
  'Traceback (most recent call last):',
  '  File "<cell 4>", line 2, in <module>',
  '  File "<cell 3>", line 3, in f',
  'ZeroDivisionError: division by zero', '',
].join('\n');
// The app writes cells back with a blank line between them.
const CODE_AS_STORED = CODE.replace(/\n# %%/g, '\n\n# %%');

const suite = createSuite('e2e notebook');
const { check } = suite;
const SITE = siteDir(suite);

// Waits until no run is active and at least `runs` runs have ended.
async function waitRunsEnded(page, runs) {
  await page.waitForFunction((n) => {
    const state = window.heapscope.state();
    return state.phase === 'idle' && state.runsEnded >= n;
  }, runs, { timeout: 60_000 });
}

await withBrowser(suite, SITE, async (page, url, requests) => {
  const firstVisit = await check('a first-time visitor gets the welcome lesson', async () => {
    await open(page, url);
    const cells = await page.evaluate(() => window.heapscope.getCells());
    assert(cells.includes('Welcome to Heapscope'), `cells are ${JSON.stringify(cells.slice(0, 80))}`);
    assert(requests.some((r) => r.path === `${PREFIX}lessons/welcome.py` && r.status === 200), 'lessons/welcome.py not fetched');
    return `${cells.split('\n').length} lines`;
  });

  if (firstVisit) {
    await check('?code=...&autorun=1 runs the cells and shows CPython\'s transcript', async () => {
      await open(page, `${url}?code=${encodeURIComponent(CODE)}&autorun=1`);
      await waitRunsEnded(page, 1);
      const outcome = await page.evaluate(() => {
        const hs = window.heapscope;
        return { output: hs.output(), cells: hs.getCells(), perCell: hs.cellOutputs(), state: hs.state() };
      });
      assert(outcome.cells === CODE_AS_STORED, `cells are ${JSON.stringify(outcome.cells)}`);
      assert(outcome.output === TRANSCRIPT, `transcript is ${JSON.stringify(outcome.output)}`);
      assert(outcome.state.message === 'finished', `run ended with "${outcome.state.message}"`);
      assert(outcome.perCell.length === 4 && outcome.perCell[0] === '2\n' && outcome.perCell[1] === '3\n',
        `cell outputs ${JSON.stringify(outcome.perCell)}`);
      assert(outcome.perCell[3].startsWith('after\nin f\nTraceback'), `cell 4 output ${JSON.stringify(outcome.perCell[3])}`);
      return `${outcome.output.split('\n').length - 1} lines, ${outcome.state.instructions} instructions`;
    });

    await check('run() resolves with the transcript and dispatches output/finished events', async () => {
      const outcome = await page.evaluate(async () => {
        const hs = window.heapscope;
        hs.reset();
        let streamed = '';
        let finished = 0;
        const offOutput = hs.on('output', (detail) => { streamed += detail.text; });
        const offFinished = hs.on('finished', () => { finished += 1; });
        const result = await hs.run();
        offOutput();
        offFinished();
        return { result, streamed, finished, output: hs.output() };
      });
      assert(outcome.result.output === TRANSCRIPT, `run() gave ${JSON.stringify(outcome.result.output)}`);
      assert(outcome.output === TRANSCRIPT, 'reset did not start a fresh transcript');
      assert(outcome.streamed === TRANSCRIPT, `output events gave ${JSON.stringify(outcome.streamed)}`);
      assert(outcome.finished === 1, `${outcome.finished} finished events`);
      return 'ok';
    });

    await check('the cells survive a reload; a ?code= link never overwrites the learner\'s notebook', async () => {
      // The plain page still has the learner's notebook (the welcome lesson): ?code= kept its own cells.
      await open(page, url);
      let cells = await page.evaluate(() => window.heapscope.getCells());
      assert(cells.includes('Welcome to Heapscope'), `after a ?code= link, the plain page has ${JSON.stringify(cells.slice(0, 80))}`);
      // The learner's edits are saved (debounced) on every change and come back on reload.
      const edited = '# %%\nprint("edited")\n';
      await page.evaluate((text) => window.heapscope.setCells(text), edited);
      await page.waitForFunction((text) => window.localStorage.getItem('heapscope:cells') === text, edited, { timeout: 10_000 });
      await page.reload({ waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => window.heapscope && window.heapscope.frames > 0, null, { timeout: 60_000 });
      cells = await page.evaluate(() => window.heapscope.getCells());
      assert(cells === edited, `after a reload, cells are ${JSON.stringify(cells)}`);
      const state = await page.evaluate(() => window.heapscope.state());
      assert(state.runsEnded === 0, 'cells ran without autorun');
      // The ?code= link reopened shows its own cells, not the learner's.
      await open(page, `${url}?code=${encodeURIComponent(CODE)}`);
      cells = await page.evaluate(() => window.heapscope.getCells());
      assert(cells === CODE_AS_STORED, `the ?code= link reopened has ${JSON.stringify(cells)}`);
      return 'ok';
    });

    await check('a long loop runs in slices between frames and stop() ends it', async () => {
      const outcome = await page.evaluate(async () => {
        const hs = window.heapscope;
        hs.setCells('# %%\nn = 0\nwhile True:\n    n += 1\n# %%\nprint("never")\n');
        const ended = hs.run();
        const framesBefore = hs.frames;
        await hs.waitFrames(5); // frames keep coming while Python runs
        const during = hs.state();
        hs.stop();
        const result = await ended;
        return { during, framesBefore, framesAfter: hs.frames, result, after: hs.state() };
      });
      assert(outcome.during.phase === 'running', `phase during the loop: ${outcome.during.phase}`);
      assert(outcome.during.cell === 1, `running cell ${outcome.during.cell}`);
      assert(outcome.framesAfter >= outcome.framesBefore + 5, 'frames stalled');
      assert(outcome.after.phase === 'idle' && outcome.result.message === 'stopped', `ended with ${outcome.result.message}`);
      assert(!outcome.result.output.includes('never'), 'the cell after the stopped one ran');
      return `${outcome.during.instructions} instructions before stop`;
    });
  }
});
suite.finish();
