/**
 * The library: the same pure functions the CLI runs, with no I/O. Strings or
 * bytes go in, typed results come out; nothing here touches `process`, the
 * console or the file system (test/architecture.test.ts). The data flows one
 * way, as in the CLI:
 *
 *   loadFramework("spbe-2020" | JSON text | bytes | value)  → FrameworkResult
 *   readAssessments(csv text | bytes, { framework })         → AssessmentFile
 *   validate(files) · score(files) · diff(a, b?)             → reports
 *   withTargetFindings(readInput(…))                         → a file for validate, its target cells checked as trend checks them
 *   plan(file, { target, costs, budget, … })                  → PlanReport
 *   readInput(result table | assessments) → entriesOf(…)     → rank(entries) · trend(entries)
 *   render(command, format, report, { lang })                → Promise<string>
 *
 * One export line per module, sorted by path (Biome keeps them so); a new
 * command's report joins as a line for its module, and `render` draws it once
 * the registry's `Models` has it. The public
 * surface is pinned by test/api-surface.test.ts: a change to it shows up in
 * test/__snapshots__/api.md, to be reviewed like any other diff.
 */

import { shareFrozen } from "./frameworks/builtin.js";

export { type Assessment, type AssessmentFile, type BuildOptions, buildAssessments, type IndicatorValue, type LeanLevels } from "./assessment/build.js";
export type { Jenis } from "./assessment/jenis.js";
export { type Delimiter, type ReadAssessmentsOptions, readAssessments } from "./assessment/read.js";
export { type ValidatedFile, type ValidateReport, type ValidateResult, validate } from "./assessment/validate.js";
export {
  type CompareOptions,
  compareAssessments,
  type Diff,
  type DiffReport,
  type DiffResult,
  type IndicatorDelta,
  type Side,
  type TierDelta,
} from "./compare/diff.js";
export { type DiffOptions, diff } from "./compare/report.js";
export { decideExit, type ExitDecision, type ExitPolicy, type ExitReason, exitCodeFor, type Threshold } from "./core/exit.js";
export {
  FINDING_CODES,
  type Finding,
  type FindingArgs,
  type FindingArgsByCode,
  type FindingBase,
  type FindingCode,
  type FindingOf,
  type LevelRange,
  type NamedAs,
  type Omitted,
  type OmittedByCode,
  type OmittedCount,
  type Severity,
} from "./core/findings.js";
export { parseRational, type Rational, rational, toFixedHalfUp, toNumber, toText } from "./core/rational.js";
export { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "./frameworks/builtin.js";
export { frameworkJsonSchema } from "./frameworks/json-schema.js";
export { type FrameworkProblem, type FrameworkResult, loadFramework, parseFramework, parseFrameworkText } from "./frameworks/load.js";
export {
  type Aspect,
  type Band,
  type Domain,
  type Framework,
  type Indicator,
  type PredikatBasis,
  type PredikatBasisRules,
  withoutExternal,
} from "./frameworks/types.js";
export type { TextOrBytes } from "./io/bytes.js";
export type { CsvRecord } from "./io/csv.js";
export type { Encoding } from "./io/decode.js";
export { type Dialect, type ReadOptions, readTable, type Table } from "./io/table.js";
export { findingMessage } from "./messages/findings.js";
export type { Lang, Text } from "./messages/text.js";
export {
  type Blocker,
  type CostInput,
  type Held,
  MAX_PLAN_INDICATORS,
  type OwnerShare,
  type Plan,
  type PlanOptions,
  type PlanReport,
  type PlanTarget,
  parsePlanTarget,
  plan,
  type Raise,
  type Requirement,
} from "./plan/plan.js";
export {
  type EntryFromAssessmentOptions,
  entryFromAssessment,
  entryFromResult,
  entryFromScore,
  type PredikatByBasis,
  type RankEntry,
  type TargetRow,
} from "./rank/entry.js";
export { KATEGORI, KATEGORI_FILTERS, type Kategori, kategoriFromName, kategoriOf, nameKey } from "./rank/names.js";
export { type GroupSummary, placeAmong, type RankedRow, type RankGroup, type RankOptions, type RankReport, rank, type Standing } from "./rank/rank.js";
export {
  matchInstansi,
  TargetRefusedError,
  type TrendOptions,
  type TrendPoint,
  type TrendReport,
  type TrendSeries,
  type TrendTarget,
  trend,
} from "./rank/trend.js";
export type { FrameworkView } from "./report/framework.js";
export type { CommandName, Models } from "./report/registry.js";
export { formatsOf, type RenderSettings, render } from "./report/render.js";
export { type TemplateOptions, template } from "./report/template.js";
export { isResultHeader } from "./results/columns.js";
export { type EntryOptions, entriesOf, type InputFile, type InputOptions, readInput } from "./results/input.js";
export { type ExactRange, isResultFile, type ResultFile, type ResultRow } from "./results/read.js";
export { withTargetFindings } from "./results/target-cells.js";
export { type BasisChoice, bandAt, bandFor, chooseBasis, type Predikat, predikatOf } from "./scoring/predikat.js";
export { type ScoredAssessment, type ScoreReport, type ScoreReportOptions, score } from "./scoring/report.js";
export {
  type IndicatorScore,
  parseTarget,
  type Score,
  type ScoreOptions,
  type Shown,
  scoreAssessment,
  type Target,
  type TargetGap,
  type TierScore,
  targetGap,
} from "./scoring/score.js";

// what the library shares between calls is frozen for its callers; the CLI, which imports the modules
// themselves and not this entry, does not pay for it at start-up (frameworks/builtin.ts, `shareFrozen`)
shareFrozen();
