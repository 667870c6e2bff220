import type { Assessment } from "../assessment/build.js";
import type { ValidatedFile } from "../assessment/validate.js";
import { type ExitPolicy, type ExitReason, maxWarningsReason } from "../core/exit.js";
import { type Finding, findingIndicators, type OmittedByCode, tally } from "../core/findings.js";
import type { Framework } from "../frameworks/types.js";
import { findingMessage } from "../messages/findings.js";
import { LABEL, VALIDATE_LABEL as V } from "../messages/labels.js";
import { type Lang, say } from "../messages/text.js";
import { isResultFile, type ResultFile } from "../results/read.js";
import { exitNotes } from "./exit-notes.js";
import { location } from "./finding-lines.js";
import { linePieces } from "./line-pieces.js";
import type { RenderOptions } from "./options.js";
import { effectiveSeverity, fileWideFindings, type ValidateReport } from "./validate.js";

/**
 * `spbe validate --format junit`: JUnit XML as GitLab, Jenkins, Azure DevOps
 * and the GitHub test-report actions read it.
 *
 * - one `<testsuite>` per file (name = the file), one `<testcase>` per
 *   framework indicator (`indikator N`, classname = the file), plus one
 *   testcase for the file itself (header, columns, rows that name no known
 *   indicator, metadata, framework);
 * - a file that could not be read into rows at all (binary, empty, too large,
 *   no indicator or level column) is one testcase named after its problem;
 * - an error finding is a `<failure message=… type=code>`; a testcase with
 *   several errors (rare: a duplicate row of an indicator whose first row is
 *   also wrong) carries one `<failure>` for the first and lists all of them in
 *   its text, because GitLab turns repeated `<failure>` elements into a list and
 *   Jenkins shows only the first;
 * - warnings go to the testcase's `<system-out>`, and become failures under
 *   `--strict`;
 * - with several assessments in one file, each has its own indicator
 *   testcases, named with the assessment (`indikator 1 (Kab. X / 2024 / mandiri)`);
 * - a result table (one row per instansi) has a testcase per row (`baris 12: Kab. X`);
 * - past the per-code cap (`file/too-many-findings`) the findings left unlisted may concern any
 *   indicator of an assessment that has them: its testcases without a listed failure are `<skipped>`,
 *   never passing (1,101 assessments of a national file showed 100 of them green, indicators missing).
 *
 * Everything from the input is XML-escaped, and characters XML 1.0 forbids are dropped.
 */
interface Case {
  readonly name: string;
  readonly findings: readonly Finding[];
  /** its verdict is not known (findings past the cap may concern it): `<skipped>` unless it fails */
  readonly unknown?: boolean;
}

export function renderValidateJunit(report: ValidateReport, options: RenderOptions): string {
  return [...validateJunitPieces(report, options)].join("");
}

/**
 * `renderValidateJunit` in pieces of lines (`linePieces`), the testcases made as they are written: a
 * national file has one per indicator of each assessment (1 M rows: a million testcases, 134 MB of
 * XML, which made whole took 1.2 GB). The suites' counts come from a first pass over the same
 * testcases, which keeps none of them.
 */
export function validateJunitPieces(report: ValidateReport, { lang }: RenderOptions): Iterable<string> {
  return linePieces(junitLines(report, lang));
}

function* junitLines({ files, policy }: ValidateReport, lang: Lang): Generator<string> {
  const suites = files.map((f) => {
    const cases = casesOf(f, f.framework, lang, policy);
    let tests = 0;
    let failing = 0;
    let skipped = 0;
    for (const c of cases()) {
      tests++;
      if (c.findings.some((x) => effectiveSeverity(x, policy) === "error")) failing++;
      else if (c.unknown) skipped++;
    }
    return { f, cases, tests, failing, skipped };
  });
  // --max-warnings is a limit on the whole run: its own suite, one testcase, failing when the run fails it
  // (a job failed on it showed every test green in GitLab's widget)
  // judged on its own, not as the exit's reason: with errors too, the exit names the errors alone, and the
  // limit's testcase passed while it was exceeded
  const limited = policy.maxWarnings !== undefined;
  const warnings = limited ? tally(files.flatMap((f) => f.findings)).warnings : 0;
  const over: ExitReason | undefined = limited && warnings > policy.maxWarnings! ? maxWarningsReason(warnings, policy) : undefined;
  const tests = suites.reduce((n, s) => n + s.tests, 0) + (limited ? 1 : 0);
  const failures = suites.reduce((n, s) => n + s.failing, 0) + (over ? 1 : 0);
  yield `<?xml version="1.0" encoding="UTF-8"?>`;
  // the root adds up what its suites say, skipped too (its totals did not add up without it)
  const skipped = suites.reduce((n, s) => n + s.skipped, 0);
  yield `<testsuites name="spbe validate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`;
  for (const { f, cases, tests, failing, skipped } of suites) {
    yield `  <testsuite name="${attr(f.file)}" tests="${tests}" failures="${failing}" errors="0" skipped="${skipped}" time="0">`;
    yield* [`    <properties>`, `      <property name="framework" value="${attr(f.framework.id)}"/>`, `    </properties>`];
    const of = testcaseOf(f.file);
    for (const c of cases()) yield* testcase(of, c, lang, policy);
    yield `  </testsuite>`;
  }
  if (limited) {
    // a name CI keeps the test's history by: the same in every language and wherever the config lies
    // ("maxWarnings 0" when a config set it); where the limit came from is the failure's message
    const name = policy.maxWarningsFrom === undefined ? `--max-warnings ${policy.maxWarnings}` : `maxWarnings ${policy.maxWarnings}`;
    const failure = over ? `\n      <failure message="${attr(exitNotes([over], lang)[0]!)}" type="max-warnings"/>\n    </testcase>` : "";
    yield `  <testsuite name="spbe" tests="1" failures="${over ? 1 : 0}" errors="0" skipped="0" time="0">`;
    yield `    <testcase classname="spbe" name="${attr(name)}" time="0"${over ? `>${failure}` : "/>"}`;
    yield `  </testsuite>`;
  }
  yield `</testsuites>`;
}

/**
 * A result table: a testcase for the file (header, rows that could not be read) and one per row, named by its
 * line and instansi; a row whose findings went past the cap is unknown, as an assessment's indicators are.
 */
function resultCases(f: ResultFile, lang: Lang, policy: ExitPolicy): Case[] {
  const byLine = new Map<number, Finding[]>();
  for (const x of f.findings) if (x.line !== null) byLine.set(x.line, [...(byLine.get(x.line) ?? []), x]);
  return [
    { name: say(lang, V.junitFile), findings: fileWideFindings(f) },
    ...f.rows.map((r) => ({
      name: say(lang, V.junitRow, { line: r.line, instansi: r.instansi }),
      findings: byLine.get(r.line) ?? [],
      unknown: unknownOf(r.unlisted, policy),
    })),
  ];
}

/** Whether findings past the cap (`unlisted`) would fail a testcase: errors, or under --strict warnings too. */
const unknownOf = (unlisted: OmittedByCode | undefined, policy: ExitPolicy): boolean =>
  unlisted !== undefined && Object.values(unlisted).some((n) => n.errors > 0 || (policy.strict === true && n.warnings > 0));

/**
 * A file's testcases, as often as they are asked for: `junitLines` walks them once to count and once
 * to write, keeping none (a national file has a million). What they share is worked out here once.
 */
function casesOf(f: ValidatedFile, framework: Framework, lang: Lang, policy: ExitPolicy): () => Iterable<Case> {
  if (isResultFile(f)) {
    const cases = resultCases(f, lang, policy);
    return () => cases;
  }
  // an unclosed quote swallowed the rows after it: the indicators it hid "passed", the file alone failed
  // (an exploratory tester). Like a file read into no rows: one testcase, named after the problem
  const swallowed = f.findings.some((x) => x.code === "csv/malformed" && x.severity === "error");
  if (f.assessments.length === 0 || swallowed) {
    // nothing was read into rows: one testcase, named after the first problem
    const first = f.findings.find((x) => x.severity === "error") ?? f.findings[0];
    const cases = [{ name: first?.code ?? say(lang, V.junitFile), findings: f.findings }];
    return () => cases;
  }
  const ids = new Set(framework.indicators.map((ind) => ind.id));
  // a finding about several indicators (the folded "N indicators have no row") fails each of their testcases
  const indicatorsOf = (x: Finding) => findingIndicators(x).filter((id) => ids.has(id));
  // the file's testcase: its own findings, and an assessment's that are about no indicator
  const atFile: Finding[] = fileWideFindings(f);
  for (const a of f.assessments) for (const x of a.findings) if (indicatorsOf(x).length === 0) atFile.push(x);
  const fileCase = { name: say(lang, V.junitFile), findings: atFile };
  // every testcase name once: two assessments that say the same (a side-by-side file's two columns of
  // one instansi, where jenis does not tell them apart) are told apart by their place in the file
  const labels = f.assessments.map((a, i) => assessmentLabel(a, i));
  const seen = new Map<string, number>();
  for (const l of labels) seen.set(l, (seen.get(l) ?? 0) + 1);
  const suffixes = f.assessments.length > 1 ? labels.map((l, i) => ` (${seen.get(l)! > 1 ? `${l} #${i + 1}` : l})`) : [""];
  // "indicator 1", said once per indicator, not once per assessment (a national file has twenty thousand)
  const named = framework.indicators.map((ind) => say(lang, V.junitIndicator, { id: ind.id }));
  return function* () {
    yield fileCase;
    for (let i = 0; i < f.assessments.length; i++) {
      const a = f.assessments[i]!;
      // its findings past the cap that would fail a testcase: errors, or under --strict warnings too
      const unknown = unknownOf(a.unlisted, policy);
      const byIndicator = new Map<string, Finding[]>();
      for (const x of a.findings) for (const id of indicatorsOf(x)) byIndicator.set(id, [...(byIndicator.get(id) ?? []), x]);
      for (let k = 0; k < named.length; k++) {
        yield { name: `${named[k]}${suffixes[i]}`, findings: byIndicator.get(framework.indicators[k]!.id) ?? [], unknown };
      }
    }
  };
}

function assessmentLabel(a: Assessment, index: number): string {
  const parts = [a.instansi, a.tahun === null ? null : String(a.tahun), a.jenis].filter((p): p is string => p !== null);
  return parts.length ? parts.join(" / ") : `#${index + 1}`;
}

/** What every testcase of a file's suite says of the file, escaped once (a national file's suite has a million). */
function testcaseOf(file: string): { readonly classname: string; readonly fileAttr: string } {
  const escaped = attr(file);
  return { classname: escaped, fileAttr: file === "-" ? "" : ` file="${escaped}"` };
}

function testcase({ classname, fileAttr }: ReturnType<typeof testcaseOf>, c: Case, lang: Lang, policy: ExitPolicy): string[] {
  const open = `    <testcase classname="${classname}" name="${attr(c.name)}"${fileAttr} time="0"`;
  const failures = c.findings.filter((x) => effectiveSeverity(x, policy) === "error");
  const notes = c.findings.filter((x) => effectiveSeverity(x, policy) === "warning");
  const skipped = failures.length === 0 && c.unknown === true;
  if (failures.length === 0 && notes.length === 0 && !skipped) return [`${open}/>`];
  const out = [`${open}>`];
  const first = failures[0];
  if (first) {
    const message = findingMessage(first, lang) + (failures.length > 1 ? say(lang, V.junitMore, { count: failures.length - 1 }) : "");
    out.push(`      <failure message="${attr(message)}" type="${attr(first.code)}">${text(failures.map((x) => line(x, lang)).join("\n"))}</failure>`);
  }
  if (skipped) out.push(`      <skipped message="${attr(say(lang, V.junitUnknown))}"/>`);
  if (notes.length > 0) out.push(`      <system-out>${text(notes.map((x) => line(x, lang)).join("\n"))}</system-out>`);
  out.push(`    </testcase>`);
  return out;
}

/**
 * `data.csv:12:2 value/invalid: '3,5x' bukan tingkat …`, one per finding in a failure or system-out: one line
 * each, a line break quoted from a cell made a space, as the text format does. Kept, it began a line of the
 * report with the cell's text ("::error file=x::…"), which a `cat` of the report in a CI step runs as a command.
 */
const line = (f: Finding, lang: Lang): string =>
  `${location(f)} ${f.code} (${say(lang, LABEL[f.severity])}): ${findingMessage(f, lang)}`.replace(/\r\n|[\r\n]/g, " ");

/**
 * Drops what XML 1.0 forbids (C0 controls but tab, CR and LF; lone surrogates;
 * U+FFFE/U+FFFF) and what no report should carry (DEL, C1 controls,
 * bidirectional overrides).
 */
export function xmlSafe(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\u007e\u00a0-\u200d\u2010-\u2029\u202f-\u2065\u206a-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

/** Element text: & < > escaped (and " ' for good measure). */
export function text(s: string): string {
  return xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Attribute value: as text, and tab, CR and LF as character references, which attribute normalisation would otherwise turn into spaces. */
export function attr(s: string): string {
  return text(s).replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
