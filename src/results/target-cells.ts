import type { Assessment, AssessmentFile } from "../assessment/build.js";
import { matchColumns } from "../assessment/columns.js";
import type { Finding } from "../core/findings.js";
import type { RankEntry } from "../rank/entry.js";
import { type TargetCell, targetCellFinding } from "../rank/trend.js";
import { entriesOf, type InputFile } from "./input.js";
import type { ResultFile } from "./read.js";

/**
 * What `validate` makes of an input: its file, with the warnings `trend` gives its `target` cells
 * (`meta/invalid`: neither an index nor a predikat, or "3.500" where commas are decimal) among its
 * findings — `validate --strict` passed an RPJMD table whose "abc" and "9" trend then set aside. Each
 * cell read as trend reads it: against its own row's framework, and a row of a year to come (no
 * index) against its instansi's latest row's. The file as read where it has no target cell.
 */
export function withTargetFindings(input: InputFile): ResultFile | AssessmentFile {
  return input.kind === "results" ? resultTargets(input, input.results) : assessmentTargets(input.assessments);
}

function resultTargets(input: InputFile, results: ResultFile): ResultFile {
  if (!results.rows.some((r) => r.target !== null)) return results;
  const { entries, targets } = entriesOf(input, { user: true });
  const latest = new Map<string, RankEntry>();
  for (const e of entries) {
    const held = latest.get(e.key);
    if (!held || (e.tahun ?? -1) >= (held.tahun ?? -1)) latest.set(e.key, e);
  }
  const said: Finding[] = [];
  const say = (cell: TargetCell, framework: RankEntry["framework"]) => {
    const f = targetCellFinding(cell, framework);
    if (f) said.push(f);
  };
  for (const e of entries) {
    if (e.target === null) continue;
    say({ target: e.target, source: e.source, line: e.targetLine ?? e.line, column: e.targetColumn ?? null, ...decimalComma(e) }, e.framework);
  }
  for (const t of targets) {
    say({ target: t.target, source: t.source, line: t.line, column: t.column ?? null, ...decimalComma(t) }, latest.get(t.key)?.framework ?? results.framework);
  }
  return said.length === 0 ? results : { ...results, findings: inLineOrder(results.findings, said) };
}

function assessmentTargets(file: AssessmentFile): AssessmentFile {
  if (!file.assessments.some((a) => a.target !== null)) return file;
  const index = file.header === null ? undefined : matchColumns(file.header).map.target?.index;
  const column = index === undefined ? null : index + 1;
  const said: Finding[] = [];
  const assessments = file.assessments.map((a): Assessment => {
    if (a.target === null) return a;
    const f = targetCellFinding({ target: a.target, source: a.source, line: a.targetLine ?? a.line, column, ...decimalComma(a) }, a.framework);
    if (!f) return a;
    said.push(f);
    // the assessment's own too: JUnit and the step summary list an assessment's findings from it
    return { ...a, findings: inLineOrder(a.findings, [f]) };
  });
  return said.length === 0 ? file : { ...file, assessments, findings: inLineOrder(file.findings, said) };
}

const decimalComma = (x: { readonly targetDecimalComma?: true | undefined }) => (x.targetDecimalComma ? { targetDecimalComma: true as const } : {});

/** `more` among `findings`, each after those of its line and before the next line's (file-wide ones, of no line, first). */
function inLineOrder(findings: readonly Finding[], more: readonly Finding[]): Finding[] {
  const line = (f: Finding) => f.line ?? -1;
  // stable: the file's own order is kept within a line
  return [...findings, ...more]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => line(a.f) - line(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
