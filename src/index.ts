/**
 * The library API: the same pure functions the CLI uses, with no I/O.
 *
 *   const table = readTable(bytes, { file: "data.csv" });
 *   const file = buildAssessments(table, builtinFramework("spbe-2020")!);
 *   for (const a of file.assessments) if (a.valid) scoreAssessment(a).index.display; // "3.64"
 */

export { type Assessment, type AssessmentFile, buildAssessments, type IndicatorValue } from "./assessment/build.js";
export { compareAssessments, type Diff, type DiffResult, type IndicatorDelta, type Side, type TierDelta } from "./compare/diff.js";
export { exitCodeFor } from "./core/exit.js";
export { FINDING_CODES, type Finding, type FindingArgs, type FindingArgsByCode, type FindingCode, type FindingOf, type Severity } from "./core/findings.js";
export { parseRational, type Rational, toFixedHalfUp, toNumber, toText } from "./core/rational.js";
export { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "./frameworks/builtin.js";
export { type FrameworkProblem, type FrameworkResult, parseFramework, parseFrameworkText } from "./frameworks/load.js";
export { type Aspect, type Band, type Domain, type Framework, type Indicator, withoutExternal } from "./frameworks/types.js";
export { type Dialect, type ReadOptions, readTable, type Table } from "./io/table.js";
export { findingMessage } from "./messages/findings.js";
export type { Lang } from "./messages/text.js";
export { type BasisChoice, bandAt, bandFor, chooseBasis, type Predikat, predikatOf } from "./scoring/predikat.js";
export { type IndicatorScore, parseTarget, type Score, type Shown, scoreAssessment, type TierScore, targetGap } from "./scoring/score.js";
