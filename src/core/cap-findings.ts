import { type Finding, FindingSink, omittedFinding } from "./findings.js";

/**
 * Findings made outside a file's reading (rank's and trend's duplicates, trend's undated rows), held to the same limit per
 * code and file as a file's own, the rest counted in one file/too-many-findings: a file of 4 300
 * assessments given twice printed 2 150 rank/duplicate lines.
 */
export function capPerFile(findings: readonly Finding[]): Finding[] {
  const sinks = new Map<string, FindingSink>();
  for (const f of findings) {
    const sink = sinks.get(f.file) ?? new FindingSink();
    sinks.set(f.file, sink);
    sink.add(f);
  }
  const out: Finding[] = [];
  for (const [file, sink] of sinks) {
    for (const f of sink.kept) out.push(f);
    const omitted = omittedFinding(file, sink.omitted);
    if (omitted) out.push(omitted);
  }
  return out;
}
