/**
 * The planner's optimiser (src/plan/solve.ts) against brute force: every plan
 * of small random instances enumerated, the winner chosen by the rules written
 * out here a second time (least cost, then the larger gain, then the
 * lexicographically greatest step vector; or, for a budget, the larger gain,
 * then the least cost, then the same vector order), and compared pick for pick.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Item, type Objective, type Solution, solve } from "../src/plan/solve.js";

/** Every plan: one option per item. */
function* plans(items: readonly Item[]): Generator<number[]> {
  const picks = items.map(() => 0);
  for (;;) {
    yield [...picks];
    let i = items.length - 1;
    while (i >= 0 && picks[i] === items[i]!.length - 1) picks[i--] = 0;
    if (i < 0) return;
    picks[i]!++;
  }
}

const totals = (items: readonly Item[], picks: readonly number[]) => ({
  cost: picks.reduce((s, p, i) => s + items[i]![p]!.cost, 0n),
  gain: picks.reduce((s, p, i) => s + items[i]![p]!.gain, 0n),
});

/** -1 when a's step vector is lexicographically greater (preferred). */
function vectorOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? -1 : 1;
  return 0;
}
const cmp = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

function bruteForce(items: readonly Item[], objective: Objective): { met: boolean; solution: Solution } {
  const all = [...plans(items)].map((picks) => ({ picks, ...totals(items, picks) }));
  const within = all.filter((p) => objective.budget === null || p.cost <= objective.budget);
  const byGainThenCost = (a: (typeof all)[number], b: (typeof all)[number]) => cmp(b.gain, a.gain) || cmp(a.cost, b.cost) || vectorOrder(a.picks, b.picks);
  if (objective.kind === "reach") {
    const meeting = within.filter((p) => p.gain >= objective.need);
    if (meeting.length > 0) {
      meeting.sort((a, b) => cmp(a.cost, b.cost) || cmp(b.gain, a.gain) || vectorOrder(a.picks, b.picks));
      return { met: true, solution: meeting[0]! };
    }
    within.sort(byGainThenCost);
    return { met: false, solution: within[0]! };
  }
  within.sort(byGainThenCost);
  return { met: true, solution: within[0]! };
}

/** An item: a ladder of up to `steps` steps, each with a non-negative cost and a positive gain. */
const item = (maxSteps: number, maxCost: number, maxGain: number) =>
  fc
    .array(fc.record({ cost: fc.integer({ min: 0, max: maxCost }), gain: fc.integer({ min: 1, max: maxGain }) }), { maxLength: maxSteps })
    .map((steps): Item => {
      const options = [{ cost: 0n, gain: 0n }];
      for (const s of steps) {
        const last = options.at(-1)!;
        options.push({ cost: last.cost + BigInt(s.cost), gain: last.gain + BigInt(s.gain) });
      }
      return options;
    });

/** Unit costs (the steps objective): option k costs k. */
const stepItem = (maxSteps: number, maxGain: number) =>
  fc.array(fc.integer({ min: 1, max: maxGain }), { maxLength: maxSteps }).map((gains): Item => {
    const options = [{ cost: 0n, gain: 0n }];
    gains.forEach((g, k) => {
      options.push({ cost: BigInt(k + 1), gain: options.at(-1)!.gain + BigInt(g) });
    });
    return options;
  });

const objective = (maxNeed: number, maxBudget: number): fc.Arbitrary<Objective> =>
  fc.oneof(
    fc.record({
      kind: fc.constant("reach" as const),
      need: fc.integer({ min: -3, max: maxNeed }).map(BigInt),
      budget: fc.option(fc.integer({ min: 0, max: maxBudget }).map(BigInt), { nil: null }),
    }),
    fc.record({ kind: fc.constant("budget" as const), budget: fc.integer({ min: 0, max: maxBudget }).map(BigInt) }),
  );

describe("solve: the exact optimiser", () => {
  it("agrees with brute force on random costs, gains and objectives (up to 6 items of up to 4 steps)", () => {
    fc.assert(
      fc.property(fc.array(item(4, 6, 5), { minLength: 0, maxLength: 6 }), objective(40, 30), (items, obj) => {
        expect(solve(items, obj)).toEqual(bruteForce(items, obj));
      }),
      { numRuns: 400 },
    );
  });

  it("agrees with brute force on unit costs, where ties on steps and gain are the rule (up to 7 items)", () => {
    // few distinct gains make many ties: the tie-breaks decide most of these
    fc.assert(
      fc.property(fc.array(stepItem(4, 3), { minLength: 1, maxLength: 7 }), objective(25, 12), (items, obj) => {
        expect(solve(items, obj)).toEqual(bruteForce(items, obj));
      }),
      { numRuns: 400 },
    );
  });

  it("breaks ties on steps and gain towards the earlier item", () => {
    const same: Item = [
      { cost: 0n, gain: 0n },
      { cost: 1n, gain: 3n },
    ];
    expect(solve([same, same, same], { kind: "reach", need: 3n, budget: null }).solution.picks).toEqual([1, 0, 0]);
    expect(solve([same, same, same], { kind: "reach", need: 6n, budget: null }).solution.picks).toEqual([1, 1, 0]);
  });

  it("prefers the higher gain among the cheapest plans", () => {
    const small: Item = [
      { cost: 0n, gain: 0n },
      { cost: 1n, gain: 2n },
    ];
    const large: Item = [
      { cost: 0n, gain: 0n },
      { cost: 1n, gain: 5n },
    ];
    expect(solve([small, large], { kind: "reach", need: 2n, budget: null })).toEqual({ met: true, solution: { picks: [0, 1], cost: 1n, gain: 5n } });
  });

  it("says when a target cannot be met, with the most that can be done (within the budget)", () => {
    const one: Item = [
      { cost: 0n, gain: 0n },
      { cost: 1n, gain: 2n },
      { cost: 2n, gain: 4n },
    ];
    expect(solve([one, one], { kind: "reach", need: 9n, budget: null })).toEqual({ met: false, solution: { picks: [2, 2], cost: 4n, gain: 8n } });
    expect(solve([one, one], { kind: "reach", need: 8n, budget: 3n })).toEqual({ met: false, solution: { picks: [2, 1], cost: 3n, gain: 6n } });
    expect(solve([], { kind: "reach", need: 0n, budget: null })).toEqual({ met: true, solution: { picks: [], cost: 0n, gain: 0n } });
  });
});
