"use strict";
// The training runs behind dist/cli/cache/code-cache.bin (scripts/cli-loader.cjs): the commands most runs are,
// in one process, so that the cache written at its exit holds the code they compiled. Output goes
// nowhere; only which functions ran matters. Run by scripts/bundle.mjs with SPBE_WRITE_CODE_CACHE.
const path = require("node:path");

const root = path.join(__dirname, "..");
const { main } = require(path.join(root, "dist/cli/spbe.cjs"));
const sink = { write: () => true, isTTY: false, columns: undefined };
const io = { env: {}, stdout: sink, stderr: sink, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: root };
const sample = "fixtures/contoh-spbe-2020-mandiri.csv";
const runs = [
  ["score", sample],
  ["score", sample, "--format", "json"],
  ["score", sample, "--format", "csv"],
  ["validate", sample],
  ["validate", sample, "--format", "github"],
  ["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--format", "json"],
];
(async () => {
  for (const argv of runs) {
    const code = await main(argv, io);
    if (code !== 0) throw new Error(`training run ${argv.join(" ")} exited ${code}`);
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
