// Heapscope JS API: mounts the wasm app on a canvas and wraps its Session in plain JS values.
// Usage: const hs = await mount(canvas); hs.setCells('# %%\nx = []\n'); await hs.run(); hs.snapshot().roots
import createHeapscopeModule from './heapscope.js';

const FONT_PATH = 'fonts/DejaVuSansMono.ttf';

function toResult(r) {
  return { ok: r.ok, address: r.address, error: r.error };
}

// One mounted app: the module instance, the session it draws, and convenience methods.
export class Heapscope {
  #session = null;
  #generation = -1;
  #seen = { outputLength: 0, runsEnded: 0, cellsRevision: 0, generation: 0 };

  constructor(module) {
    this.module = module;
    if (!this.session) throw new Error('heapscope: the app did not start (see the console)');
    this.events = new EventTarget();
    const state = module.appRunState();
    this.#seen = {
      outputLength: state.outputLength, runsEnded: state.runsEnded,
      cellsRevision: state.cellsRevision, generation: state.sessionGeneration,
    };
    const poll = () => {
      this.#poll();
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }

  /** The session the app draws (owned by the app: never .delete() it). Reset replaces it. */
  get session() {
    const generation = this.module.appSessionGeneration();
    if (generation !== this.#generation) {
      this.#session = this.module.appSession();
      this.#generation = generation;
    }
    return this.#session;
  }

  // --- The notebook ---

  /** The cells as one cell file ("# %%" lines between cells). */
  getCells() { return this.module.appGetCells(); }
  /** Replaces every cell from a cell file. Nothing runs. */
  setCells(text) {
    this.module.appSetCells(String(text));
    this.#poll();
  }
  /**
   * Runs every cell (after setCells(code) when `code` is given) in slices between frames. Resolves when
   * the run ends: { output (the whole transcript), cells (each cell's output), message }.
   * While a run is active, resolves when that run ends.
   */
  run(code) {
    if (code !== undefined) this.setCells(code);
    const ended = this.#nextEnd();
    if (this.state().phase === 'paused') this.module.appContinue();
    else if (this.state().phase === 'idle') this.module.appRunAll();
    this.#poll();
    return ended;
  }
  /** Runs one cell (0-based index); resolves like run(). */
  runCell(index) {
    const ended = this.#nextEnd();
    this.module.appRunCell(Number(index));
    this.#poll();
    return ended;
  }
  /** One line of Python (starts a paused run of every cell when none is active). */
  step() {
    this.module.appStep();
    this.#poll();
    return this.state();
  }
  /** Ends the active run at the next instruction. */
  stop() {
    this.module.appStop();
    this.#poll();
  }
  /** A fresh interpreter: heap, names and transcript start over; the cells are kept. */
  reset() {
    this.module.appReset();
    this.#poll();
  }
  /** The run: { phase: 'idle'|'running'|'paused', cell (1-based, 0 = none), line, instructions, message, ... }. */
  state() { return this.module.appRunState(); }
  /** The transcript so far (every cell run in this session). */
  output() { return this.module.appOutput(); }
  /** Each cell's output from its last run, in cell order. */
  cellOutputs() { return this.module.appCellOutputs(); }

  #nextEnd() {
    const target = this.state().runsEnded + 1;
    return new Promise((resolve) => {
      const off = this.on('finished', (detail) => {
        if (detail.runsEnded < target) return;
        off();
        resolve({ output: detail.output, cells: this.cellOutputs(), message: detail.message });
      });
    });
  }

  // Turns the app's state into events: 'output' (detail { text: the new part, output: all }),
  // 'finished' (a run ended: { output, message, runsEnded }), 'cells' (the cells changed: { text }),
  // 'reset' (a fresh session).
  #poll() {
    const state = this.module.appRunState();
    const seen = this.#seen;
    if (state.sessionGeneration !== seen.generation) {
      seen.generation = state.sessionGeneration;
      seen.outputLength = 0;
      this.events.dispatchEvent(new CustomEvent('reset', { detail: {} }));
    }
    if (state.outputLength !== seen.outputLength) {
      const output = this.output();
      const text = state.outputLength > seen.outputLength ? output.slice(seen.outputLength) : output;
      seen.outputLength = state.outputLength;
      this.events.dispatchEvent(new CustomEvent('output', { detail: { text, output } }));
    }
    if (state.runsEnded !== seen.runsEnded) {
      seen.runsEnded = state.runsEnded;
      const detail = { output: this.output(), message: state.message, runsEnded: state.runsEnded };
      this.events.dispatchEvent(new CustomEvent('finished', { detail }));
    }
    if (state.cellsRevision !== seen.cellsRevision) {
      seen.cellsRevision = state.cellsRevision;
      this.events.dispatchEvent(new CustomEvent('cells', { detail: { text: this.getCells() } }));
    }
  }

  /** Frames drawn so far (0 until the first frame). */
  get frames() { return this.module.frameCount(); }

  /** Creates an object of `kind` bound to `name`; `value` seeds it (int value, str text, container length). */
  create(kind, name, value = '') { return toResult(this.session.create(String(kind), String(name), String(value))); }
  bind(name, address) { return toResult(this.session.bind(String(name), Number(address))); }
  unbind(name) { return toResult(this.session.unbind(String(name))); }
  append(container, item) { return toResult(this.session.append(Number(container), Number(item))); }
  clear(container) { return toResult(this.session.clear(Number(container))); }

  /**
   * gc.collect(generation) straight through (finishing a stepped collection first): { ok, value, error },
   * value = collected + uncollectable. Dispatches a 'collection' event.
   */
  collect(generation = 2) { return this.#notify(this.session.collect(Number(generation))); }

  /**
   * Begins a gc.collect(generation) advanced by stepCollection(); while it is paused, any command that
   * changes the heap or runs Python finishes it first. { ok, error }.
   */
  beginCollection(generation = 2) { return this.#notify(toResult(this.session.beginCollection(Number(generation)))); }

  /**
   * Runs the next phase (or the next slice of at most `budget` objects of a long phase; 0 = default).
   * Returns the collection view { present, active, phase, phaseComplete, generation, collected,
   * uncollectable, result, objects: [{ address, id, type, gcRefs, set }] } and dispatches it as a
   * 'collection' event.
   */
  stepCollection(budget = 0) {
    this.session.stepCollection(Number(budget));
    return this.#notify(this.collection());
  }

  /** Runs the stepped collection to its end: { ok, value, error }. */
  finishCollection() { return this.#notify(this.session.finishCollection()); }

  /** True while a stepped collection is paused between steps. */
  get collecting() { return this.session.collecting(); }

  /** The stepped collection's view alone (also snapshot().collection). */
  collection() { return this.session.collection(); }

  /**
   * Listens to events: 'collection' (detail: the collection view after each collection command),
   * 'output', 'finished', 'cells' and 'reset' (see #poll). Returns a function that stops listening.
   */
  on(type, listener) {
    const handler = (event) => listener(event.detail);
    this.events.addEventListener(type, handler);
    return () => this.events.removeEventListener(type, handler);
  }

  #notify(result) {
    this.events.dispatchEvent(new CustomEvent('collection', { detail: this.collection() }));
    return result;
  }

  /** Plain-object snapshot. Pass { blocks: true } to include every pymalloc block's state. */
  snapshot({ blocks = false } = {}) { return this.session.snapshot(Boolean(blocks)); }
  version() { return this.session.version(); }

  /** Reads 1, 2, 4 or 8 bytes of simulated memory: { ok, value, error }. */
  readMemory(address, size = 8) {
    const r = this.session.readMemory(Number(address), size);
    return { ok: r.ok, value: r.value, error: r.error };
  }

  /** Heap audit: one line per refcount mismatch, empty when consistent. */
  audit() { return this.session.audit(); }

  /** Resolves after the next `n` frames have been drawn. */
  async waitFrames(n = 1) {
    const target = this.frames + n;
    while (this.frames < target) await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  /** A standalone session (not drawn). Call .delete() on it when done. */
  newSession({ heapLimit = 0, gcStress = false } = {}) { return new this.module.Session(heapLimit, gcStress); }
}

/**
 * Starts the app on `canvas` (an element or a selector). Files are loaded relative to this script,
 * so the site works from any sub-path. `print`/`printErr` receive the program's stdout/stderr lines.
 */
export async function mount(canvas, { print = console.log, printErr = console.error } = {}) {
  const element = typeof canvas === 'string' ? document.querySelector(canvas) : canvas;
  if (!element) throw new Error(`heapscope: no canvas ${canvas}`);
  const base = new URL('.', import.meta.url);
  let font = null;
  try {
    const response = await fetch(new URL(FONT_PATH, base));
    if (response.ok) font = new Uint8Array(await response.arrayBuffer());
  } catch (_) {
    font = null; // the app falls back to ImGui's built-in font
  }
  const module = await createHeapscopeModule({
    canvas: element,
    print,
    printErr,
    locateFile: (path) => new URL(path, base).href,
    preRun: [(m) => {
      if (!font) return;
      m.FS.mkdir('/fonts');
      m.FS.writeFile('/' + FONT_PATH, font);
    }],
  });
  return new Heapscope(module);
}
