// Preloaded (`node -r`) into one extra run of each start-up command: at exit, the pages of memory
// the process touched for the first time (minor page faults) as a JSON line on stderr. Unlike the
// wall time, the count barely moves between runs, and on a VM where a fresh page costs ~11 µs
// (page-cost.mjs) it says how much of a start-up is the kernel handing out memory. Written with
// writeSync, so that the count is not raised by setting up process.stderr.
"use strict";
process.on("exit", () => {
  require("node:fs").writeSync(2, `\n${JSON.stringify({ minorPageFaults: process.resourceUsage().minorPageFault })}\n`);
});
