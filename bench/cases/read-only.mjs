// (c) our own reader alone, driven as the batch path drives it (InputReader): the file in 1 MiB
// chunks, each pushed in 32 KiB slices (pushSliced), rows counted and dropped. Every line is made a
// record here: the batch path (d) reads most lines without one, through the plain lane of the lean
// builder (PlainLane in src/io/csv.ts), which this case has no builder to offer; V8's heap kept
// small, as the CLI keeps it for an input of national size
// (keepHeapSmall in src/cli/heap.ts, which the library build does not include)
import { closeSync, openSync, readSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { pushSliced, TableReader } from "../../dist/io/table.js";

// as the CLI does (nationalHeapFlags, src/cli/heap.ts): only on the V8 the flags are known to
// (11, Node 20); another answers an unknown flag with an error line of its own
if (/^11\./.test(process.versions.v8)) setFlagsFromString("--semi-space-growth-factor=1 --heap-growing-percent=25 --no-parallel-scavenge");
const file = process.argv[2];
const fd = openSync(file, "r");
const chunk = Buffer.allocUnsafe(1 << 20);
const reader = new TableReader({ file });
let rows = 0;
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  if (n === 0) break;
  pushSliced(reader, chunk.subarray(0, n), (part) => {
    rows += part.rows.length;
  });
}
rows += reader.end().rows.length;
closeSync(fd);
console.log(JSON.stringify({ rows, maxRssKb: process.resourceUsage().maxRSS }));
