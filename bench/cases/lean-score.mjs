// (d) the batch path: the file in 1 MiB chunks through InputReader (TableReader + AssessmentBuilder,
// lean, validated against spbe-2020 with the bundled frameworks as alternatives, as rank and trend
// read), each valid assessment scored exactly (scoreLean), the indices written
import { closeSync, openSync, readSync, writeFileSync } from "node:fs";
import { builtinFramework, builtinFrameworks } from "../../dist/frameworks/builtin.js";
import { InputReader } from "../../dist/results/input.js";
import { scoreLean } from "../../dist/scoring/lean.js";

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
const lines = ["instansi,tahun,indeks"];
let valid = 0;
for (const a of read.assessments) {
  if (!a.valid) continue;
  lines.push(`${a.instansi},${a.tahun},${scoreLean(a).index.display}`);
  valid++;
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(JSON.stringify({ assessments: read.assessments.length, valid, findings: read.findings.length, maxRssKb: process.resourceUsage().maxRSS }));
