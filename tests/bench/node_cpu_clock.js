// Preloaded into node by wasm_ab.py (`node -r`): Emscripten's clock under node is process.hrtime(),
// so the CLI's --time-cells reports this process's CPU time (user, microsecond resolution) instead
// of wall time. A workload that waits for a shared core then costs what it ran, not what it waited.
'use strict';
const wallHrtime = process.hrtime;
process.hrtime = function (previous) {
  if (previous) return wallHrtime.call(process, previous);
  const micros = process.cpuUsage().user;
  return [Math.floor(micros / 1e6), (micros % 1e6) * 1000];
};
