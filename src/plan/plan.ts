import type { Assessment, AssessmentFile, IndicatorValue } from "../assessment/build.js";
import { indicatorLookup, ranges } from "../assessment/build.js";
import { capPerFile } from "../core/cap-findings.js";
import { type Finding, finding } from "../core/findings.js";
import { add, checkedRational, commonDenominator, compare, div, fromInt, mul, type Rational, rational, sub, sum, toText, ZERO } from "../core/rational.js";
import { namesBand } from "../core/words-key.js";
import { type Band, type Framework, frameworkArgument, type Indicator, idWithCode, type PredikatBasis } from "../frameworks/types.js";
import type { Dialect } from "../io/table.js";
import type { Text } from "../messages/text.js";
import { type BasisChoice, bandFor, chooseBasis, judged, targetJudged } from "../scoring/predikat.js";
import { gapShown, parseTarget, refuseLean, type Score, type Shown, scoreAssessment, shown } from "../scoring/score.js";
import { type CostInput, type CostTable, readCosts } from "./costs.js";
import { type Item, type Objective, solve } from "./solve.js";

/** The cost file as `plan` takes it (re-exported so the library has one line for the planner). */
export type { CostInput } from "./costs.js";

/**
 * `spbe plan`: the provably cheapest way from an assessment to a target — the
 * fewest level steps (one step = one level on one indicator), or the least
 * total cost with a cost file — or, with a budget, the highest index within it.
 *
 * The target is "reach an index ≥ X, judged under basis B" (`PlanTarget`): a
 * predikat is its band's lower edge, an index is itself, and a rank target is
 * whatever index ranks there (the rank code computes X and B). Under the exact
 * basis (2024) the exact index must reach X; under the displayed basis (2023)
 * its two-decimal display must, so 3.495 reaches 3.50 there and not in 2024.
 * Either way this is an exact threshold on the exact index, and the gain
 * needed is an exact rational; the optimiser (solve.ts) works on integers
 * scaled by a common denominator, so the plan is optimal exactly, never up to
 * a float's error.
 *
 * Levels: one step is one level; a framework with fractional values (Pemdi)
 * raises a value such as 2.5 to the next whole level (3) in its first step and
 * by whole levels after, or, with `step` (--step 0.5), along the multiples of
 * the step (2.5 → 3 → 3.5 …; 1.17 → 1.5 → 2). Never above the framework's
 * maximum, never down; fixed indicators do not move (Pemdi's externally sourced
 * 5, 6, 7 and 18 by default); `maxStep` caps the steps per indicator.
 */

/** What to reach. The planner only needs `value` and the basis; the rest is for the report. */
export interface PlanTarget {
  readonly kind: "predikat" | "index" | "rank";
  /** reach an index ≥ this value … */
  readonly value: Rational;
  /** … judged under this basis; by default the assessment's predikat basis (chooseBasis, or `PlanOptions.basis`) */
  readonly basis?: PredikatBasis | undefined;
  /** a rank target's rank (JSON `target.rank`) */
  readonly rank?: number | undefined;
  /** what the report says beside the number (a rank target: whom it overtakes) */
  readonly note?: Text | undefined;
}

/** `--target`: a number ("3.5", "3,50") or a predikat name (its band's lower edge); null when it is neither. */
export function parsePlanTarget(framework: Framework, text: string): PlanTarget | null {
  frameworkArgument(framework, "parsePlanTarget");
  const parsed = parseTarget(framework, text);
  if (!parsed) return null;
  // a name (a Pemdi band's own, "Melembaga", too) is of the band parseTarget found by it, as trend asks it
  const byName = namesBand(parsed.band, text);
  return { kind: byName ? "predikat" : "index", value: parsed.value };
}

export interface PlanOptions {
  /** the target; by default the lower edge of the predikat above the current one */
  readonly target?: PlanTarget | undefined;
  /** without a target: the highest index within this many steps (or this much cost); with one: the target must fit in it */
  readonly budget?: Rational | undefined;
  /** at most this many steps per indicator */
  readonly maxStep?: number | undefined;
  /** ids (or codes) of indicators that may not move */
  readonly fix?: readonly string[] | undefined;
  /** let the externally sourced indicators (Pemdi 5, 6, 7, 18) move; fixed by default */
  readonly raiseExternal?: boolean | undefined;
  /** fractional frameworks: the size of one step (0.5); by default whole levels */
  readonly step?: Rational | undefined;
  /** what each step costs (`--cost`): then the least total cost instead of the fewest steps */
  readonly costs?: CostInput | undefined;
  /** --predikat-basis */
  readonly basis?: PredikatBasis | undefined;
}

/** A whole level a raise reaches, and what the framework says it requires. */
export interface Requirement {
  readonly level: number;
  readonly name: string | null;
  /** the framework's criteria for the level (Tabel 1 / Tabel 2 of the Lampiran), quoted; null when it gives none */
  readonly criteria: string | null;
}

export interface Raise {
  readonly indicator: Indicator;
  readonly from: Rational;
  readonly to: Rational;
  readonly steps: number;
  /** index points it adds: weight × (to − from) / Σw */
  readonly gain: Rational;
  /** with a cost file: what its steps cost; else null */
  readonly cost: Rational | null;
  /** the `pj` / `opd` column, when the file has it */
  readonly owner: string | null;
  /** every whole level above `from` up to `to` (rounded up), with its criteria */
  readonly requires: readonly Requirement[];
  /** where the criteria are quoted from */
  readonly criteriaSource: string | null;
}

/** The raises of one owner (null: rows without a `pj`/`opd`). */
export interface OwnerShare {
  readonly owner: string | null;
  readonly raises: number;
  readonly steps: number;
  readonly gain: Rational;
  readonly cost: Rational | null;
}

/** An indicator the plan may not move, and why. */
export interface Held {
  readonly indicator: Indicator;
  readonly reason: "external" | "fix";
}

/**
 * What keeps a target out of reach, with the index points it holds back (what
 * the index could gain without it): fixed indicators (external or --fix),
 * --max-step, steps the cost file does not price, the budget; and the
 * framework's maximum level, above which nothing goes, where it binds: where
 * every indicator that may move, at the maximum, still falls short. (It was
 * said of every unreachable target, one that a budget alone kept out of reach too.)
 */
export type Blocker =
  | { readonly kind: "external" | "fix" | "no-cost"; readonly ids: readonly string[]; readonly potential: Rational }
  | { readonly kind: "max-step"; readonly ids: readonly string[]; readonly potential: Rational; readonly maxStep: number }
  | { readonly kind: "budget"; readonly potential: Rational; readonly budget: Rational }
  | { readonly kind: "framework-max"; readonly max: number };

export interface Plan {
  readonly assessment: Assessment;
  readonly dialect: Dialect;
  /** `target`: reach the target at least cost; `budget`: the highest index within the budget (no target given) */
  readonly mode: "target" | "budget";
  /** null in budget mode */
  readonly target: PlanTarget | null;
  /** the band the target lies in (its predikat), null in budget mode */
  readonly targetBand: Band | null;
  /** the target was not given: the next predikat */
  readonly targetDefault: boolean;
  /** the basis the target is judged under */
  readonly goalBasis: PredikatBasis;
  /** the assessment's predikat basis (before and after are read under it) */
  readonly basis: BasisChoice;
  /** the target is reached by the plan (null in budget mode) */
  readonly reachable: boolean | null;
  /** the target was reached before any raise */
  readonly alreadyReached: boolean;
  readonly objective: "steps" | "cost";
  readonly steps: number;
  /** with a cost file, the plan's total cost; else null */
  readonly cost: Rational | null;
  readonly budget: Rational | null;
  readonly maxStep: number | null;
  /** the step size of a fractional framework (--step), or null for whole levels */
  readonly step: Rational | null;
  readonly costFile: string | null;
  /** the unit the cost file's header names ("Biaya (juta Rp)": "juta Rp"), or null */
  readonly costUnit: string | null;
  /** in framework order */
  readonly raises: readonly Raise[];
  /** the largest gain first */
  readonly owners: readonly OwnerShare[];
  readonly held: readonly Held[];
  readonly before: Score;
  readonly after: Score;
  /** the highest index the constraints allow (every indicator that may move, as far as it may), budget aside */
  readonly ceiling: Shown;
  /** what keeps an unreachable target out of reach; [] otherwise */
  readonly blockers: readonly Blocker[];
  /** how far the plan's index falls short of an unreachable target (as the target is judged); null otherwise */
  readonly shortfall: Shown | null;
}

export interface PlanReport {
  readonly file: string;
  /** null when there is nothing to plan (an invalid assessment, a bad cost file): the findings say why */
  readonly plan: Plan | null;
  /**
   * The one assessment the file holds, also when nothing could be planned (it has errors, the cost
   * file does), so that a report can still say whose it is; absent when the file holds none or several.
   */
  readonly assessment?: Assessment | undefined;
  /**
   * Where that assessment stands now (the plan's `before`) whenever it is valid, also when nothing
   * could be planned for the cost file's errors: the user still sees the current index and predikat.
   * Absent when the assessment is invalid or there is not exactly one.
   */
  readonly before?: Score | undefined;
  /** the assessment file's, the cost file's and the planner's own */
  readonly findings: readonly Finding[];
}

/**
 * Plans one assessment (`readAssessments`): the file must hold exactly one, and
 * it must be valid. Options a CLI checks beforehand (an unknown --fix id, a
 * step on a whole-level framework, a max-step or budget out of range) are RangeErrors here, as is an
 * assessment read lean (levels only).
 */
export function plan(file: AssessmentFile, options: PlanOptions = {}): PlanReport {
  // the caller's rationals in lowest terms, before anything reads them
  options = withRationalsChecked(options);
  const findings: Finding[] = [...file.findings];
  if (file.assessments.length > 1) {
    findings.push(finding("plan/assessment-count", "error", file.file, { args: { count: file.assessments.length } }));
    return { file: file.file, plan: null, findings };
  }
  const assessment = file.assessments[0];
  if (!assessment?.valid) return { file: file.file, plan: null, assessment, findings };
  refuseLean(assessment, "plan");
  const framework = assessment.framework;
  if (framework.indicators.length > MAX_PLAN_INDICATORS)
    throw new RangeError(`plan: ${framework.id} has ${framework.indicators.length} indicators; a plan is made for ${MAX_PLAN_INDICATORS} at most`);
  const grid = stepOf(framework, options.step);
  checkLimits(options);
  let costs: CostTable | null = null;
  if (options.costs) {
    const read = readCosts(options.costs, framework, grid);
    // held to the per-file limit a file's own findings have (150 000 duplicate rows printed as many lines), and
    // one by one: a spread of that many overflowed the stack through its arguments
    for (const f of capPerFile(read.findings)) findings.push(f);
    if (!read.costs) return unplanned(file, findings, options.basis);
    costs = read.costs;
  }
  const result = planAssessment(assessment, file.dialect, framework, grid, costs, options);
  for (const f of result.findings) findings.push(f);
  return { file: file.file, plan: result.plan, assessment, before: result.plan.before, findings };
}

/**
 * No plan, for a reason outside the assessment (the cost file refused, or not read at all by the CLI):
 * whose assessment it is and, when it is valid, where it stands now, scored as a plan would score it.
 */
export function unplanned(file: AssessmentFile, findings: readonly Finding[], basis?: PredikatBasis): PlanReport {
  const assessment = file.assessments.length === 1 ? file.assessments[0] : undefined;
  const before = assessment?.valid ? scoreAssessment(assessment, { basis }) : undefined;
  return { file: file.file, plan: null, assessment, before, findings };
}

/**
 * The most indicators a framework may have for a plan. Planning grows faster than the framework (about
 * 3 × the memory for 2 × the indicators: 1 000 took 1.4 s and 240 MB, 5 000 47 s and 3.8 GB, and 10 000
 * ended in V8's out-of-memory abort), and the schema lets a framework file have 50 000. Every bundled
 * framework has fewer than 50.
 */
export const MAX_PLAN_INDICATORS = 1000;

/** The options' rationals in lowest terms (`checkedRational`): the planner compares denominators with 1. */
function withRationalsChecked(options: PlanOptions): PlanOptions {
  const { budget, step, target, costs } = options;
  // shapes a caller gets wrong before any rational: parsePlanTarget's null for a text that is no
  // target, and a cost CSV given as the text itself, failed deep inside ("reading 'value'", "'length'")
  if (target === null) throw new TypeError("plan: options.target is null: parsePlanTarget found no target in its text");
  if (costs !== undefined && (typeof costs !== "object" || costs === null || !("input" in costs))) {
    throw new TypeError("plan: options.costs must be { input, file? }: the cost CSV as text or bytes in `input`");
  }
  if (budget === undefined && step === undefined && target === undefined) return options;
  return {
    ...options,
    ...(budget === undefined ? {} : { budget: checkedRational(budget, "plan: budget") }),
    ...(step === undefined ? {} : { step: checkedRational(step, "plan: step") }),
    ...(target === undefined ? {} : { target: { ...target, value: checkedRational(target.value, "plan: target.value") } }),
  };
}

/**
 * --max-step and --budget as the CLI checks them: a max-step of -1 planned raises of two steps, and a
 * budget of -1 failed deep inside with a TypeError.
 */
function checkLimits({ maxStep, budget, costs }: PlanOptions): void {
  if (maxStep !== undefined && !(Number.isInteger(maxStep) && maxStep >= 1))
    throw new RangeError(`plan: maxStep ${maxStep} is not a whole number of 1 or more`);
  if (budget === undefined) return;
  if (budget.n < 0n) throw new RangeError(`plan: budget ${toText(budget)} is negative`);
  if (!costs && budget.d !== 1n) throw new RangeError(`plan: budget ${toText(budget)} is not a whole number of steps (without costs a budget counts steps)`);
}

/** The size of one step: 1, or --step (0.5) on a framework with fractional values; it must divide a level. */
function stepOf(framework: Framework, step: Rational | undefined): Rational {
  if (step === undefined) return fromInt(1);
  if (!dividesALevel(step)) throw new RangeError(`plan: step ${toText(step)} does not divide one level`);
  const finest = finestStep(framework);
  if (compare(step, finest) < 0) {
    throw new RangeError(`plan: step ${toText(step)} is too fine: ${toText(finest)} at the finest (${MAX_STEPS} steps over the levels of ${framework.id})`);
  }
  if (framework.levels.integerOnly && step.n !== step.d) throw new RangeError(`plan: ${framework.id} has whole levels only; no step ${toText(step)}`);
  return step;
}

/** Whether a step cuts one level into whole steps (1/k): the library's and the CLI's one test of it. */
export const dividesALevel = (step: Rational): boolean => step.n > 0n && div(fromInt(1), step).d === 1n;

/** Steps an indicator may take over the whole scale: 80 is 0.05 over levels 1–5. */
const MAX_STEPS = 80n;

/**
 * The finest step a plan takes: a step divides one level (1/k), so the finest is 1/k for the most
 * steps k a level may be cut into: 20 (0.05), fewer where a framework file's scale is wider, so that
 * the scale is at most 80 steps (0.125 over 0–10, 1/13 over 0–6), but never fewer than one (a whole
 * level, the step taken without --step). The solver merges every option of an indicator with every
 * plan so far: 80 options answer in a fraction of a second, 0.01 over 1–5 took seventeen seconds,
 * 0.05 over 0–100 hours. It was once the scale over 80 itself, which need not divide a level (0.375
 * over 0–30): named as the finest step, it was refused when given.
 */
export function finestStep(framework: Framework): Rational {
  const span = BigInt(framework.levels.max - framework.levels.min);
  const cuts = span > 0n ? MAX_STEPS / span : MAX_STEPS;
  return rational(1n, cuts < 1n ? 1n : cuts > 20n ? 20n : cuts);
}

/**
 * The steps `--step` can write for a framework, coarsest first: the decimals of at most four places
 * that divide one level (1, 0.5, 0.25, 0.2, 0.125, 0.1, 0.0625, 0.05), down to `finestStep`; only 1
 * on a framework of whole levels. The CLI names them when it refuses a step, so that each one it
 * names is accepted when given: every one divides a level, and so the scale, and a raise lands on
 * levels.
 */
export function stepChoices(framework: Framework): Rational[] {
  if (framework.levels.integerOnly) return [fromInt(1)];
  const finest = finestStep(framework);
  return DECIMAL_CUTS.map((k) => rational(1n, k)).filter((s) => compare(s, finest) >= 0);
}

/** The k of the steps 1/k written in at most four decimals (k divides 10 000), up to 20 (0.05). */
const DECIMAL_CUTS = [1n, 2n, 4n, 5n, 8n, 10n, 16n, 20n];

/** The levels above `value` a raise can go to, in order: multiples of `grid` up to `max`. */
export function ladder(value: Rational, max: number, grid: Rational): Rational[] {
  const top = fromInt(max);
  const levels: Rational[] = [];
  // the first multiple of the grid above the value
  const q = div(value, grid);
  let next = mul(grid, rational(floor(q) + 1n));
  while (compare(next, top) <= 0) {
    levels.push(next);
    next = add(next, grid);
  }
  return levels;
}

const floor = (r: Rational): bigint => (r.n >= 0n ? r.n / r.d : -((-r.n + r.d - 1n) / r.d));

/** How far one indicator may go: its levels, and where each constraint cut them. */
interface Reach {
  readonly indicator: Indicator;
  readonly entry: IndicatorValue;
  readonly held: Held["reason"] | null;
  /** every level above the value, to the framework's max */
  readonly all: readonly Rational[];
  /** the levels the cost file prices, in order (all of them without a cost file) */
  readonly priced: readonly Rational[];
  /** the levels the plan may use: priced, then cut by --max-step */
  readonly usable: readonly Rational[];
  /** the cost of each usable step */
  readonly stepCosts: readonly Rational[];
  /** the first step the cost file does not price, "12" or "12 (3→4)", or null */
  readonly unpriced: string | null;
}

interface Planned {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}

function planAssessment(
  assessment: Assessment,
  dialect: Dialect,
  framework: Framework,
  grid: Rational,
  costs: CostTable | null,
  options: PlanOptions,
): Planned {
  const findings: Finding[] = [];
  const before = scoreAssessment(assessment, { basis: options.basis });
  const basis = chooseBasis(framework, assessment.tahun, options.basis);
  const fixed = fixedIds(framework, options.fix ?? []);
  const maxStep = options.maxStep ?? null;
  const reaches = framework.indicators.map((indicator) => {
    const entry = assessment.values.get(indicator.id)!;
    const held: Held["reason"] | null = fixed.has(indicator.id) ? "fix" : indicator.externalSource !== null && !options.raiseExternal ? "external" : null;
    return reachOf(indicator, entry, held, framework, grid, costs, maxStep);
  });
  const unpriced = reaches.flatMap((r) => (r.unpriced === null ? [] : [r.unpriced]));
  if (costs && unpriced.length > 0) {
    // a file priced per indicator leaves whole indicators out: said in runs, as indicator/missing says them
    // ("1–31", not "1, 2, 3, … 31"); a step of a per-level file names its levels, one by one
    const positions = reaches.flatMap((r, i) => (r.unpriced === null ? [] : [i]));
    const list = costs.kind === "indicator" ? ranges(framework, positions) : unpriced.join(", ");
    findings.push(finding("cost/missing", "warning", costs.file, { args: { items: unpriced, list } }));
  }

  // exact integers: every gain, the gain needed and every cost over one common denominator each
  const W = framework.totalWeight;
  const gainOf = (r: Reach, k: number): Rational => (k === 0 ? ZERO : mul(r.indicator.weight, sub(r.usable[k - 1]!, r.entry.value)));
  const costOf = (r: Reach, k: number): Rational => sum(r.stepCosts.slice(0, k));
  const current = sum(reaches.map((r) => mul(r.indicator.weight, r.entry.value)));

  const mode: Plan["mode"] = options.target === undefined && options.budget !== undefined ? "budget" : "target";
  const { target, targetDefault } = mode === "budget" ? { target: null, targetDefault: false } : resolveTarget(options.target, before);
  const goalBasis = target?.basis ?? basis.basis;
  // reached exactly when the target's predikat would be: the exact index ≥ X, or its display ≥ X
  const threshold = target === null ? null : thresholdOf(target.value, goalBasis);
  const need = threshold === null ? null : sub(mul(threshold, W), current);

  const gains = reaches.map((r) => r.usable.map((_, k) => gainOf(r, k + 1)));
  const stepCostList = reaches.map((r) => r.usable.map((_, k) => costOf(r, k + 1)));
  const gainScale = commonDenominator([...gains.flat(), ...(need ? [need] : [])]);
  const costScale = costs ? commonDenominator([...stepCostList.flat(), ...(options.budget ? [options.budget] : [])]) : 1n;
  const scale = (r: Rational, by: bigint) => r.n * (by / r.d);
  const items: Item[] = reaches.map((_, i) => [
    { cost: 0n, gain: 0n },
    ...gains[i]!.map((g, k) => ({ cost: costs ? scale(stepCostList[i]![k]!, costScale) : BigInt(k + 1), gain: scale(g, gainScale) })),
  ]);
  const budget = options.budget === undefined ? null : costs ? scale(options.budget, costScale) : floor(options.budget);
  const objective: Objective = need === null ? { kind: "budget", budget: budget! } : { kind: "reach", need: scale(need, gainScale), budget };
  const solved = solve(items, objective);

  const raises = reaches.flatMap((r, i): Raise[] => {
    const k = solved.solution.picks[i]!;
    if (k === 0) return [];
    const to = r.usable[k - 1]!;
    return [
      {
        indicator: r.indicator,
        from: r.entry.value,
        to,
        steps: k,
        gain: div(gainOf(r, k), W),
        cost: costs ? costOf(r, k) : null,
        owner: r.entry.owner,
        requires: requirements(r.indicator, r.entry.value, to),
        criteriaSource: r.indicator.levelCriteria.size > 0 ? r.indicator.levelCriteriaSource : null,
      },
    ];
  });
  const raisedTo = new Map(raises.map((x) => [x.indicator.id, x.to]));
  const after = scoreAssessment(projected(assessment, raisedTo), { basis: options.basis });
  const reachable = threshold === null ? null : solved.met;
  if (reachable && compare(after.index.value, threshold!) < 0) {
    throw new Error(`plan: the plan reaches ${toText(after.index.value)}, short of ${toText(target!.value)}`);
  }
  const ceilingGain = sum(reaches.map((r) => gainOf(r, r.usable.length)));
  const ceiling = shown(div(add(current, ceilingGain), W));
  const totalCost = costs ? sum(raises.map((x) => x.cost!)) : null;
  const blockers =
    reachable === false
      ? blockersOf(reaches, framework, maxStep, options.budget ?? null, div(sub(ceilingGain, rational(solved.solution.gain, gainScale)), W), need!)
      : [];
  // as the target is judged, as `targetGap` says it: the index read under the goal's basis (its display, for
  // the displayed basis) against the target read so; the exact threshold (3.495 for a displayed 3.50) made it
  // 0.11 short where the display, 3.38, is 0.12 short
  const shortfall = reachable === false ? gapShown(sub(targetJudged(target!.value, goalBasis), judged(after.index.value, goalBasis))) : null;

  return {
    findings,
    plan: {
      assessment,
      dialect,
      mode,
      target,
      // the target's band as it is judged, read at the least index that reaches it: under the displayed
      // basis 4.195 is shown 4.20, Memuaskan; a predikat's edge of 3.491 is its own band, not 3.49's
      targetBand: threshold === null ? null : bandFor(framework, threshold, goalBasis),
      targetDefault,
      goalBasis,
      basis,
      reachable,
      alreadyReached: need !== null && need.n <= 0n,
      objective: costs ? "cost" : "steps",
      steps: raises.reduce((n, x) => n + x.steps, 0),
      cost: totalCost,
      budget: options.budget ?? null,
      maxStep,
      step: options.step ?? null,
      costFile: costs?.file ?? null,
      costUnit: costs?.unit ?? null,
      raises,
      owners: ownerShares(raises, costs !== null),
      held: reaches.flatMap((r) => (r.held ? [{ indicator: r.indicator, reason: r.held }] : [])),
      before,
      after,
      ceiling,
      blockers,
      shortfall,
    },
  };
}

/** The default target: the lower edge of the band above the current one (the top band's own edge when already there). */
function resolveTarget(given: PlanTarget | undefined, before: Score): { target: PlanTarget; targetDefault: boolean } {
  if (given) return { target: given, targetDefault: false };
  const bands = before.framework.bands;
  const at = bands.indexOf(before.band);
  const next = at > 0 ? bands[at - 1]! : before.band;
  // a band without a lower edge (a framework file of one band) starts at the scale's least: "Target 0.00" was below it
  return { target: { kind: "predikat", value: next.min ?? fromInt(before.framework.levels.min) }, targetDefault: true };
}

/**
 * The least exact index that reaches `value` under `basis`: the value itself
 * (exact), or the least index whose two-decimal, half-up display is at or
 * above it (`targetJudged`): that display − 0.005.
 */
export function thresholdOf(value: Rational, basis: PredikatBasis): Rational {
  return basis === "exact" ? value : sub(targetJudged(value, basis), rational(1n, 200n));
}

function fixedIds(framework: Framework, ids: readonly string[]): Set<string> {
  const lookup = indicatorLookup(framework.indicators, false);
  const out = new Set<string>();
  for (const raw of ids) {
    const indicator = lookup(raw.trim());
    if (!indicator) throw new RangeError(`plan: '${raw}' is not an indicator of ${framework.id}`);
    out.add(indicator.id);
  }
  return out;
}

function reachOf(
  indicator: Indicator,
  entry: IndicatorValue,
  held: Held["reason"] | null,
  framework: Framework,
  grid: Rational,
  costs: CostTable | null,
  maxStep: number | null,
): Reach {
  const all = held ? [] : ladder(entry.value, framework.levels.max, grid);
  const priced: Rational[] = [];
  const stepCosts: Rational[] = [];
  let unpriced: string | null = null;
  let from = entry.value;
  for (const [k, to] of all.entries()) {
    const cost = stepCost(costs, indicator.id, from, grid);
    if (cost === null) {
      // a step past --max-step is none the plan could take: the limit holds it, not a missing cost row
      if (maxStep === null || k < maxStep) {
        unpriced = costs?.kind === "level" ? `${idWithCode(indicator)} (${toText(gridFloor(from, grid))}→${toText(to)})` : idWithCode(indicator);
      }
      break;
    }
    priced.push(to);
    stepCosts.push(cost);
    from = to;
  }
  const usable = maxStep === null ? priced : priced.slice(0, maxStep);
  return { indicator, entry, held, all, priced, usable, stepCosts: stepCosts.slice(0, usable.length), unpriced };
}

/** The grid level at or below a value: a step that starts between grid levels costs what the whole grid step does. */
const gridFloor = (value: Rational, grid: Rational): Rational => mul(grid, rational(floor(div(value, grid))));

/** One step from `from` to the next grid level: 1 (steps), the indicator's cost, or the cost of its level's row; null when unpriced. */
function stepCost(costs: CostTable | null, id: string, from: Rational, grid: Rational): Rational | null {
  if (!costs) return fromInt(1);
  if (costs.kind === "indicator") return costs.perStep.get(id) ?? null;
  return costs.perStep.get(id)?.get(toText(gridFloor(from, grid))) ?? null;
}

/** Every whole level in (from, ceil(to)], with its name and criteria. */
function requirements(indicator: Indicator, from: Rational, to: Rational): Requirement[] {
  const first = Number(floor(from)) + 1;
  const last = Number(-floor({ n: -to.n, d: to.d }));
  const out: Requirement[] = [];
  for (let level = first; level <= last; level++) {
    out.push({ level, name: indicator.levelNames.get(level) ?? null, criteria: indicator.levelCriteria.get(level) ?? null });
  }
  return out;
}

/** The assessment with the raised values, for scoring the result. */
function projected(assessment: Assessment, raisedTo: ReadonlyMap<string, Rational>): Assessment {
  const values = new Map<string, IndicatorValue>();
  for (const [id, v] of assessment.values) {
    const to = raisedTo.get(id);
    values.set(id, to === undefined ? v : { ...v, value: to, raw: toText(to) });
  }
  return { ...assessment, values };
}

function ownerShares(raises: readonly Raise[], costed: boolean): OwnerShare[] {
  const byOwner = new Map<string | null, Raise[]>();
  for (const r of raises) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
  return [...byOwner]
    .map(([owner, rs]) => ({
      owner,
      raises: rs.length,
      steps: rs.reduce((n, r) => n + r.steps, 0),
      gain: sum(rs.map((r) => r.gain)),
      cost: costed ? sum(rs.map((r) => r.cost!)) : null,
    }))
    .sort((a, b) => compare(b.gain, a.gain) || (a.owner === null ? 1 : b.owner === null ? -1 : a.owner.localeCompare(b.owner)));
}

function blockersOf(
  reaches: readonly Reach[],
  framework: Framework,
  maxStep: number | null,
  budget: Rational | null,
  budgetHeld: Rational,
  need: Rational,
): Blocker[] {
  const W = framework.totalWeight;
  const top = fromInt(framework.levels.max);
  const points = (r: Reach, from: Rational, to: Rational) => div(mul(r.indicator.weight, sub(to, from)), W);
  const end = (r: Reach, levels: readonly Rational[]) => levels.at(-1) ?? r.entry.value;
  const blockers: Blocker[] = [];
  for (const kind of ["external", "fix"] as const) {
    const held = reaches.filter((r) => r.held === kind && compare(r.entry.value, top) < 0);
    if (held.length > 0) blockers.push({ kind, ids: held.map((r) => r.indicator.id), potential: sum(held.map((r) => points(r, r.entry.value, top))) });
  }
  // each step up to the top is held by one thing: past --max-step by the limit (priced or not), within
  // it by a missing cost row; what is left is usable
  const within = (r: Reach) => (maxStep === null ? r.all : r.all.slice(0, maxStep));
  const cut = reaches.filter((r) => r.all.length > within(r).length);
  if (maxStep !== null && cut.length > 0) {
    blockers.push({
      kind: "max-step",
      ids: cut.map((r) => r.indicator.id),
      potential: sum(cut.map((r) => points(r, end(r, within(r)), end(r, r.all)))),
      maxStep,
    });
  }
  const unpriced = reaches.filter((r) => within(r).length > r.usable.length);
  if (unpriced.length > 0) {
    blockers.push({
      kind: "no-cost",
      ids: unpriced.map((r) => r.indicator.id),
      potential: sum(unpriced.map((r) => points(r, end(r, r.usable), end(r, within(r))))),
    });
  }
  if (budget !== null && budgetHeld.n > 0n) blockers.push({ kind: "budget", potential: budgetHeld, budget });
  // every indicator that may move, at the framework's maximum, still short of what the target needs: the maximum binds
  const freeGain = sum(reaches.filter((r) => r.held === null).map((r) => mul(r.indicator.weight, sub(top, r.entry.value))));
  if (compare(freeGain, need) < 0) blockers.push({ kind: "framework-max", max: framework.levels.max });
  return blockers;
}
