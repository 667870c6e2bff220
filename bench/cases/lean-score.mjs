// (d) the batch path: the file in 1 MiB chunks through InputReader (TableReader + AssessmentBuilder,
// lean, validated against spbe-2020 with the bundled frameworks as alternatives, as rank and trend
// read), each valid assessment scored exactly (scoreLean), the indices written; V8's heap kept
// small, as the CLI keeps it for an input of national size
// (keepHeapSmall in src/cli/heap.ts, which the library build does not include)
import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { builtinFramework, builtinFrameworks } from "../../dist/frameworks/builtin.js";
import { InputReader } from "../../dist/results/input.js";
import { scoreLean } from "../../dist/scoring/lean.js";

// as the CLI does (nationalHeapFlags, src/cli/heap.ts): only on the V8 the flags are known to
// (11, Node 20); another answers an unknown flag with an error line of its own
if (/^11\./.test(process.versions.v8)) setFlagsFromString("--semi-space-growth-factor=1 --heap-growing-percent=25 --no-parallel-scavenge");
const [file, out] = process.argv.slice(2);
const reader = new InputReader({ file, framework: builtinFramework("spbe-2020"), alternatives: builtinFrameworks(), lean: true });
const fd = openSync(file, "r");
const chunk = Buffer.allocUnsafe(1 << 20);
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  if (n === 0) break;
  reader.push(chunk.subarray(0, n));
}
closeSync(fd);
const input = reader.end();
if (input.kind !== "assessments") throw new Error("not read as assessments");
const read = input.assessments;
const count = read.assessments.length;
// each assessment let go once scored, as rank and trend do (takeEntries): taken from the end, the
// lines then reversed into the file's order
const lines = [];
let valid = 0;
for (let a = read.assessments.pop(); a !== undefined; a = read.assessments.pop()) {
  if (!a.valid) continue;
  lines.push(`${a.instansi},${a.tahun},${scoreLean(a).index.display}`);
  valid++;
}
lines.push("instansi,tahun,indeks");
writeFileSync(out, `${lines.reverse().join("\n")}\n`);
console.log(JSON.stringify({ assessments: count, valid, findings: read.findings.length, maxRssKb: process.resourceUsage().maxRSS }));
