// (d) the batch path: the file in 1 MiB chunks through AssessmentReader (TableReader +
// AssessmentBuilder, lean, validated against spbe-2020 with the bundled frameworks as alternatives,
// as the CLI reads), each valid assessment scored exactly (scoreLean), the indices written
import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import { AssessmentReader } from "../../dist/assessment/read.js";
import { builtinFramework, builtinFrameworks } from "../../dist/frameworks/builtin.js";
import { scoreLean } from "../../dist/scoring/lean.js";

const [file, out] = process.argv.slice(2);
const reader = new AssessmentReader({ file, framework: builtinFramework("spbe-2020"), alternatives: builtinFrameworks(), lean: true });
const fd = openSync(file, "r");
const chunk = Buffer.allocUnsafe(1 << 20);
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  if (n === 0) break;
  reader.push(chunk.subarray(0, n));
}
closeSync(fd);
const read = reader.end();
const lines = ["instansi,tahun,indeks"];
let valid = 0;
for (const a of read.assessments) {
  if (!a.valid) continue;
  lines.push(`${a.instansi},${a.tahun},${scoreLean(a).index.display}`);
  valid++;
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(JSON.stringify({ assessments: read.assessments.length, valid, findings: read.findings.length, maxRssKb: process.resourceUsage().maxRSS }));
