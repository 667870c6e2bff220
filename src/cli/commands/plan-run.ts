import type { AssessmentFile } from "../../assessment/build.js";
import { indicatorLookup } from "../../assessment/build.js";
import { decideExit, type Threshold } from "../../core/exit.js";
import { compare, equals, fromInt, parseDecimal, type Rational, toFixedHalfUp, toText } from "../../core/rational.js";
import type { Framework, PredikatBasis } from "../../frameworks/types.js";
import { CLI } from "../../messages/cli.js";
import { RANK_CLI } from "../../messages/rank-cli.js";
import { RANK_LABEL } from "../../messages/rank-labels.js";
import { inBoth, say } from "../../messages/text.js";
import { type CostInput, parseCost } from "../../plan/costs.js";
import { dividesALevel, MAX_PLAN_INDICATORS, type PlanReport, type PlanTarget, parsePlanTarget, plan, stepChoices, unplanned } from "../../plan/plan.js";
import { entryFromScore } from "../../rank/entry.js";
import { KATEGORI_FILTERS } from "../../rank/names.js";
import { rankTarget } from "../../rank/target.js";
import { exitNotes } from "../../report/exit-notes.js";
import { names } from "../../report/standing.js";
import { scoreAssessment, targetShown } from "../../scoring/score.js";
import { readAssessmentFile, readOptionsOf } from "../assessments.js";
import type { Context } from "../context.js";
import { cliError, usageError } from "../errors.js";
import { parseIgnore } from "../ignore.js";
import { expandOne, refuseExcess } from "../inputs.js";
import { loadFile, loadStdin, parseMaxBytes, refuseOutputOverInput } from "../io.js";
import { nationalYears } from "../national.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { nationalOption, parseKategori, readRankingInputs, resolveProvinsi } from "../ranking.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { badTargetArgs, parseBasis, wholeNumber } from "./common.js";

export interface PlanFlags extends OutputOptions {
  /** `--stdin-name` (every reading command has it: `inputOptions`) */
  stdinName?: string;
  framework?: string;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
  predikatBasis?: string;
  ignore?: string;
  target?: string;
  cost?: string;
  budget?: string;
  maxStep?: string;
  fix?: string;
  raiseExternal?: boolean;
  step?: string;
  targetRank?: string;
  nasional?: string;
  kategori?: string;
  provinsi?: string;
}

/** `extra`: arguments past the file (`plan Penilaian Mandiri.csv`, unquoted), see `refuseExcess`. */
export async function runPlan(ctx: Context, fileArg: string, options: PlanFlags, extra: readonly string[] = []): Promise<number> {
  // first, where commander said it: before any option is judged. `--cost Biaya 2024.csv` leaves
  // "2024.csv" among the arguments: the cost file's name with its quotes, when the pieces make one
  if (options.cost !== undefined && extra.length > 0) expandOne(ctx, options.cost, extra);
  refuseExcess("plan", 1, [fileArg, ...extra], ctx);
  const inputs = options.cost === undefined ? [fileArg] : [fileArg, options.cost];
  if (options.stdinName !== undefined) (await import("../stdin-name.js")).sayUnusedStdinName(ctx, options.stdinName, inputs);
  // `--cost -` reads the costs from stdin (a spreadsheet's export piped in); the assessment then comes from a file
  if (inputs.filter((i) => i === "-").length > 1) throw cliError(CLI.stdinTwice);
  refuseOutputOverInput(ctx, options.output, [...inputs, ...frameworkFiles(options.framework)]);
  const entry = await chooseRenderer(ctx, "plan", options);
  const basis = parseBasis(options.predikatBasis);
  const framework = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  // a framework file may be far larger than planning can bear: said before anything is read, not as V8's abort
  if (framework.indicators.length > MAX_PLAN_INDICATORS) {
    throw cliError(CLI.planTooLarge, { framework: framework.id, count: framework.indicators.length, max: MAX_PLAN_INDICATORS });
  }
  // raising indicators the index here has none of did nothing, without a word (--without-external leaves them out;
  // spbe-2018 and spbe-2020 have none)
  if (options.raiseExternal && !framework.indicators.some((i) => i.externalSource !== null)) {
    throw usageError(RANK_CLI.raiseNoExternal, { framework: framework.id, why: options.withoutExternal ? " (--without-external)" : "" });
  }
  if (options.targetRank !== undefined && options.target !== undefined) throw usageError(RANK_CLI.targetBoth);
  if (options.targetRank === undefined && (options.nasional ?? options.kategori ?? options.provinsi) !== undefined) throw usageError(RANK_CLI.rankNeedsTarget);
  const rankWanted = parseRank(options.targetRank);
  // national ranks are within one kategori: a group (pemda, pusat) quietly became the file's own
  // kategori, or was refused as "give --kategori" when it had been given
  const kategori = parseKategori(options.kategori, true);
  let target = parseTargetOption(framework, options.target);
  const budget = parseBudget(options.budget, options.cost !== undefined);
  const maxStep = parseMaxStep(options.maxStep);
  const fix = parseFix(framework, options.fix);
  const step = parseStep(framework, options.step);
  const ignoring = parseIgnore(options.ignore, ctx.configured("ignore"));
  const readOptions = readOptionsOf(options);
  const file = expandOne(ctx, fileArg, extra);
  refuseExcess("plan", 1, [fileArg, ...extra]);
  refuseOutputOverInput(ctx, options.output, [file]);

  // a file of many assessments (a national one) is refused for its count, told by a lean reading
  const read = ignoring.file(await readAssessmentFile(ctx, file, framework, { ...readOptions, refusedLean: (f) => f.assessments.length > 1 }));
  if (rankWanted !== undefined)
    target = (await rankPlanTarget(ctx, read, rankWanted, { nasional: options.nasional, kategori, provinsi: options.provinsi }, basis)) ?? undefined;
  let costs: CostInput | undefined;
  let unreadCost = null;
  if (options.cost !== undefined) {
    // the cost file is its own table: its delimiter is sniffed, not --delimiter's
    const maxBytes = parseMaxBytes(options.maxBytes);
    const loaded = options.cost === "-" ? await loadStdin(ctx, readOptions.stdinName ?? "-", maxBytes) : loadFile(ctx, options.cost, maxBytes);
    if (loaded.ok) costs = { input: loaded.bytes, file: loaded.name };
    else unreadCost = loaded.finding;
  }
  const planned: PlanReport = unreadCost
    ? unplanned(read, [...read.findings, unreadCost], basis)
    : plan(read, { target, budget, maxStep, fix, raiseExternal: options.raiseExternal, step, costs, basis });
  const findings = ignoring.findings(planned.findings);
  const report: PlanReport = { ...planned, findings };
  await writeReport(ctx, entry, options, report, findings);

  const p = report.plan;
  const thresholds: Threshold[] =
    p?.reachable === false && p.target ? [{ option: "--target", failed: true, value: p.after.index.display, limit: targetShown(p.target.value).display }] : [];
  const decision = decideExit(findings, {}, thresholds);
  ignoring.sayIgnored(ctx);
  for (const note of exitNotes(decision.reasons, ctx.lang)) ctx.stderr.write(`spbe: ${note}\n`);
  return decision.code;
}

function parseTargetOption(framework: Framework, text: string | undefined) {
  if (text === undefined) return undefined;
  const target = parsePlanTarget(framework, text);
  if (target) return target;
  throw usageError(CLI.badTarget, badTargetArgs(framework, text));
}

/** `--budget 12` (steps), or with --cost `--budget 250000000` / `12,5` (a cost). */
function parseBudget(text: string | undefined, costed: boolean): Rational | undefined {
  if (text === undefined) return undefined;
  if (!costed) {
    const steps = wholeNumber(text);
    if (steps === null) throw usageError(CLI.badBudgetSteps, { value: text });
    return fromInt(steps);
  }
  const cost = parseCost(text, true);
  if (!cost.ok) throw usageError(CLI.badBudgetCost, { value: text });
  return cost.value;
}

function parseMaxStep(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const step = wholeNumber(text);
  if (step === null || step < 1) throw usageError(CLI.badMaxStep, { value: text });
  return step;
}

function parseFix(framework: Framework, text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const lookup = indicatorLookup(framework.indicators, false);
  const ids = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // `--fix ""` (an unset "$TETAP" in a script) names no indicator: refused, not a plan with nothing held
  if (ids.length === 0) throw usageError(CLI.badFix, { value: text, framework: framework.id });
  // an indicator --without-external leaves out is in no plan anyway: taken and dropped, as a cost file's
  // row for one is ("'3.1' is not an indicator of pemdi-2026" sent its user looking for a typo)
  const excluded = indicatorLookup(framework.excluded, false);
  for (const id of ids) if (!lookup(id) && !excluded(id)) throw usageError(CLI.badFix, { value: id, framework: framework.id });
  return ids.filter((id) => lookup(id));
}

/**
 * `--step 0.5`: one of `stepChoices` — a decimal that divides one level, 0.05 at the finest (coarser on
 * a wider scale: finer makes a plan take minutes), only 1 on a framework of whole levels. A refusal
 * names steps that are accepted: the finest, or all of them.
 */
export function parseStep(framework: Framework, text: string | undefined): Rational | undefined {
  if (text === undefined) return undefined;
  const value = /^\d(?:[.,]\d{1,4})?$/.test(text) ? parseDecimal(text.replace(",", ".")) : null;
  const choices = stepChoices(framework);
  if (value && choices.some((c) => equals(c, value))) return value;
  if (framework.levels.integerOnly) throw usageError(CLI.stepWholeLevels, { framework: framework.id });
  const finest = choices[choices.length - 1]!;
  if (value !== null && dividesALevel(value) && compare(value, finest) < 0) throw usageError(CLI.stepTooFine, { value: text, min: toText(finest) });
  throw usageError(CLI.badStep, { value: text, framework: framework.id, steps: choices.map(toText).join(", ") });
}

function parseRank(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const rank = wholeNumber(text);
  if (rank === null || rank < 1) throw usageError(RANK_CLI.badRank, { value: text });
  return rank;
}

/**
 * `--target-rank N`: the least displayed index that ranks N in the assessment's
 * kategori (and province) among the bundled national results of a year, as a
 * plan target, with whom reaching it overtakes. Null when the assessment is not
 * valid (plan then reports its findings).
 */
async function rankPlanTarget(
  ctx: Context,
  read: AssessmentFile,
  rank: number,
  where: { readonly nasional?: string | undefined; readonly kategori?: string | undefined; readonly provinsi?: string | undefined },
  basis: PredikatBasis | undefined,
): Promise<PlanTarget | null> {
  const a = read.assessments.length === 1 ? read.assessments[0] : undefined;
  if (!a?.valid) return null;
  const mine = entryFromScore(a, scoreAssessment(a, { basis }));
  // --kategori (one kategori: groups are refused before reading) is the user's word, as --provinsi is:
  // over the file's column or its name
  const kategori = (where.kategori !== undefined ? KATEGORI_FILTERS[where.kategori]![0] : undefined) ?? mine.kategori;
  if (kategori === null) throw usageError(RANK_CLI.targetRankNeedsKategori);
  // one year: "2023,2024" (as rank and trend take it) pooled both, every kabupaten counted twice; read
  // as they read it ("2024," is 2024)
  const asked = nationalOption(where.nasional);
  if (asked.length > 1) throw usageError(RANK_CLI.targetRankOneYear, { value: where.nasional!, years: nationalYears().join(", ") });
  const year = asked.length === 1 ? String(asked[0]!.year) : String(Math.max(...nationalYears()));
  const among = await readRankingInputs(ctx, [], { nasional: year }, parseIgnore(undefined), basis);
  // the national results are of one framework: another's index is not comparable (rank refuses the mix too)
  const theirs = among.entries[0]?.framework;
  if (theirs && theirs.id !== a.framework.id) {
    throw usageError(RANK_CLI.targetRankFramework, { framework: a.framework.id, national: theirs.id, source: `nasional-${year}` });
  }
  const provinsi = resolveProvinsi(ctx, among.entries, where.provinsi ?? mine.provinsi);
  const r = rankTarget(among.entries, mine, rank, { kategori, provinsi, min: a.framework.levels.min });
  // a group of no one else (no kabupaten in DKI Jakarta) has nothing to rank against: "rank 1 of 1", "Target 1.00
  // Kurang" was a plan of nothing
  if (r.of === 1) {
    throw usageError(RANK_CLI.targetRankAlone, { kategori: r.kategori, where: r.provinsi ? ` ${r.provinsi}` : "", source: `nasional-${year}` });
  }
  // a rank past the group's last is reached by any index: a typo, or the wrong group, not a plan of nothing
  if (r.rank > r.of) {
    throw usageError(RANK_CLI.targetRankBeyond, {
      rank: r.rank,
      of: r.of,
      kategori: r.kategori,
      where: r.provinsi ? ` ${r.provinsi}` : "",
      source: `nasional-${year}`,
    });
  }
  const note = inBoth((l) =>
    say(l, RANK_LABEL.rankTargetNote, {
      rank: r.rank,
      of: r.of,
      kategori: r.kategori,
      where: r.provinsi ? say(l, RANK_LABEL.rankTargetWhere, { provinsi: r.provinsi }) : "",
      source: `nasional-${year}`,
      value: toFixedHalfUp(r.value, 2),
      current: r.current,
      overtakes: r.overtakes.length ? say(l, RANK_LABEL.rankTargetOvertakes, { names: names(r.overtakes, l) }) : "",
      ties: r.ties.length ? say(l, RANK_LABEL.rankTargetTies, { names: names(r.ties, l) }) : "",
    }),
  );
  return { kind: "rank", value: r.value, basis: r.basis, rank: r.rank, note };
}
