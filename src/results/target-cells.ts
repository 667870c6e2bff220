import type { Assessment, AssessmentFile } from "../assessment/build.js";
import {
  countUnlisted,
  type Finding,
  type FindingCode,
  FindingSink,
  MAX_FINDINGS_PER_CODE,
  NOTHING_OMITTED,
  type OmittedCount,
  omittedFinding,
  omittedOf,
} from "../core/findings.js";
import type { Framework } from "../frameworks/types.js";
import { type TargetCell, targetCellFinding } from "../rank/trend.js";
import { entriesOf, type InputFile, targetColumnOf } from "./input.js";
import type { ResultFile } from "./read.js";

/**
 * What `validate` makes of an input: its file, with the warnings `trend` gives its `target` cells
 * (`meta/invalid`: neither an index nor a predikat, or "3.500" where commas are decimal) among its
 * findings — `validate --strict` passed an RPJMD table whose "abc" and "9" trend then set aside. Each
 * cell read against its own row's framework, a row of a year to come (no index) too: the one its year
 * or `kerangka` cell gives it (a 2027 "Unggul" is Pemdi's, not the default framework's). The file as
 * read where it has no target cell.
 */
export function withTargetFindings(input: InputFile): ResultFile | AssessmentFile {
  return input.kind === "results" ? resultTargets(input, input.results) : assessmentTargets(input, input.assessments);
}

function resultTargets(input: InputFile, results: ResultFile): ResultFile {
  if (!results.rows.some((r) => r.target !== null)) return results;
  const { entries, targets } = entriesOf(input, { user: true });
  const said: Finding[] = [];
  const say = (cell: TargetCell, framework: Framework) => {
    const f = targetCellFinding(cell, framework);
    if (f) said.push(f);
  };
  for (const e of entries) {
    if (e.target === null) continue;
    say({ target: e.target, source: e.source, line: e.targetLine ?? e.line, column: e.targetColumn ?? null, ...decimalComma(e) }, e.framework);
  }
  const byLine = new Map(results.rows.map((r) => [r.line, r.framework]));
  for (const t of targets) {
    say({ target: t.target, source: t.source, line: t.line, column: t.column ?? null, ...decimalComma(t) }, byLine.get(t.line) ?? results.framework);
  }
  if (said.length === 0) return results;
  return { ...results, findings: capped(results.findings, sortedByLine(said)).findings };
}

function assessmentTargets(input: InputFile, file: AssessmentFile): AssessmentFile {
  if (!file.assessments.some((a) => a.target !== null)) return file;
  const column = targetColumnOf(input);
  const of = new Map<Finding, Assessment>();
  for (const a of file.assessments) {
    if (a.target === null) continue;
    const f = targetCellFinding({ target: a.target, source: a.source, line: a.targetLine ?? a.line, column, ...decimalComma(a) }, a.framework);
    if (f) of.set(f, a);
  }
  if (of.size === 0) return file;
  const { findings, kept } = capped(file.findings, sortedByLine([...of.keys()]));
  const own = new Map([...of].map(([f, a]) => [a, f]));
  // each in its assessment's own list too, where JUnit and the step summary look; one past the cap counted there
  const assessments = file.assessments.map((a): Assessment => {
    const f = own.get(a);
    if (f === undefined) return a;
    if (kept.has(f)) return { ...a, findings: merged(a.findings, [f]) };
    const unlisted: Partial<Record<FindingCode, OmittedCount>> = { ...a.unlisted };
    countUnlisted(unlisted, f);
    return { ...a, unlisted };
  });
  return { ...file, assessments, findings };
}

const decimalComma = (x: { readonly targetDecimalComma?: true | undefined }) => (x.targetDecimalComma ? { targetDecimalComma: true as const } : {});

const sortedByLine = (findings: readonly Finding[]): Finding[] => [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/**
 * `more` (in line order) among a file's `findings`, held with them to the cap per code as the file's own
 * reading holds them (`FindingSink`): past it counted in the file's `file/too-many-findings`, recounted
 * and kept last. Which of `more` are listed is `kept`.
 */
function capped(findings: readonly Finding[], more: readonly Finding[]): { findings: Finding[]; kept: ReadonlySet<Finding> } {
  const counted = findings.find((f) => f.code === "file/too-many-findings");
  const carried = counted?.code === "file/too-many-findings" ? omittedOf(counted.args.codes) : NOTHING_OMITTED;
  const sink = new FindingSink(MAX_FINDINGS_PER_CODE, carried);
  const own = findings.filter((f) => f !== counted);
  for (const f of own) sink.add(f);
  const kept = more.filter((f) => sink.add(f));
  const out = merged(own, kept);
  const omitted = omittedFinding(counted?.file ?? more[0]!.file, sink.omitted);
  if (omitted) out.push(omitted);
  return { findings: out, kept: new Set(kept) };
}

/**
 * `more` (in line order) among `findings`: each before the first of them on a later line. None of
 * `findings` moves, file-wide ones (of no line) included: they stay where the reading put them.
 */
function merged(findings: readonly Finding[], more: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let next = 0;
  for (const f of findings) {
    while (next < more.length && f.line !== null && (more[next]!.line ?? 0) < f.line) out.push(more[next++]!);
    out.push(f);
  }
  while (next < more.length) out.push(more[next++]!);
  return out;
}
