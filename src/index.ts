/**
 * The library API: the same pure functions the CLI uses, with no I/O.
 *
 *   const table = readTable(bytes, { file: "data.csv" });
 *   const file = buildAssessments(table, builtinFramework("spbe-2020")!);
 *   for (const a of file.assessments) if (a.valid) scoreAssessment(a).index.display; // "3.64"
 */
export { type Rational, parseRational, toFixedHalfUp, toNumber, toText } from "./core/rational.js";
export { type Finding, type FindingCode, type Severity, FINDING_CODES } from "./core/findings.js";
export { exitCodeFor } from "./core/exit.js";
export { type Framework, type Domain, type Aspect, type Indicator, type Band, withoutExternal } from "./frameworks/types.js";
export { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "./frameworks/builtin.js";
export { parseFramework, parseFrameworkText, type FrameworkProblem, type FrameworkResult } from "./frameworks/load.js";
export { readTable, type Table, type Dialect, type ReadOptions } from "./io/table.js";
export { buildAssessments, type Assessment, type AssessmentFile, type IndicatorValue } from "./assessment/build.js";
export { scoreAssessment, bandFor, parseTarget, targetGap, type Score, type Shown } from "./scoring/score.js";
export { compareAssessments, type Diff, type DiffResult, type Side } from "./compare/diff.js";
export { findingMessage, type Lang } from "./report/messages.js";
