// Pyodide (CPython in wasm, npm `pyodide`) as a benchmark peer: loads once, then reads one JSON
// request per stdin line ({"cells": [source, ...]}) and answers {"ms": [per-cell wall ms]} per line.
//
// Usage: node pyodide_server.mjs   (prints {"ready": LOAD_MS} first; module resolved from the repo)
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";

const root = process.env.HEAPSCOPE_ROOT || process.cwd();
const require = createRequire(path.join(root, "package.json"));
const pyodideModule = await import(pathToFileURL(require.resolve("pyodide")).href);
const loadPyodide = pyodideModule.loadPyodide ?? pyodideModule.default.loadPyodide;

const started = performance.now();
const pyodide = await loadPyodide({ stdout: () => {}, stderr: () => {} });
process.stdout.write(JSON.stringify({ ready: performance.now() - started }) + "\n");

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const request = JSON.parse(line);
  const globals = pyodide.toPy({ __name__: "__main__" });
  const times = [];
  let error = null;
  try {
    pyodide.runPython("import gc; gc.collect()");
    for (const cell of request.cells) {
      const start = performance.now();
      pyodide.runPython(cell, { globals });
      times.push(performance.now() - start);
    }
  } catch (e) {
    error = String(e).slice(0, 400);
  }
  globals.destroy();
  pyodide.runPython("import gc; gc.collect()");
  process.stdout.write(JSON.stringify({ ms: times, error }) + "\n");
}
