/**
 * The exact optimiser behind `spbe plan`.
 *
 * Each indicator is an *item* with a short ladder of options: stay (option 0),
 * one step up (option 1), two steps up, … up to its cap. Option k has a cost
 * (k steps, or what the cost file says) and a gain (weight × levels gained),
 * both exact integers: the caller scales the rationals by a common
 * denominator, so nothing here is rounded and nothing is a float. A plan picks
 * one option per item. This is a multiple-choice knapsack.
 *
 * It is solved by dynamic programming over Pareto frontiers. After taking the
 * items n−1 … i into account, the frontier holds, for every cost some choice
 * of options for those items can have, the largest gain any such choice has —
 * and only where that gain beats every cheaper choice (a choice that costs
 * more and gains no more is dominated and dropped). Item i−1 is added by
 * shifting the frontier by each of its options and merging. The frontier is
 * never larger than the number of distinct costs (a few hundred steps) nor the
 * number of distinct gains, so the whole run is a few milliseconds for 47
 * indicators.
 *
 * Why dropping dominated choices loses no optimum: if the options chosen for
 * items i … n−1 in an optimal plan were dominated (another choice for those
 * items costs no more and gains no less, one of them strictly), swapping them
 * in gives a plan that costs less or gains more, and would have been preferred
 * under both objectives below. So optimal plans only ever pass through
 * frontier states.
 *
 * **Which plan wins**, precisely (and the tests check exactly this against
 * brute force over every plan):
 *
 * - `reach` (a target): among plans with gain ≥ need (and cost ≤ budget, if
 *   one is given), the least cost; among those, the largest gain (the higher
 *   resulting index); among those, the plan whose vector of steps, read in
 *   item order (the framework's indicator order: 1, 2, … 47), is
 *   lexicographically greatest — it raises the earliest indicator as far as
 *   any tied plan does, then the next, and so on.
 * - `budget`: among plans with cost ≤ budget, the largest gain; among those
 *   the least cost; then the same order of indicators.
 *
 * The order of indicators is settled by adding items from the last to the
 * first: when item i is added, a state reached with the same cost and gain by
 * several of its options keeps the one with more steps on item i, and the
 * states it extends were already settled the same way for items i+1 … n−1.
 */

/** One option of an item: its total cost and gain against staying, as exact scaled integers. */
export interface Option {
  readonly cost: bigint;
  readonly gain: bigint;
}

/** An item's options, option 0 being `{ cost: 0n, gain: 0n }` (stay) and option k being k steps up. */
export type Item = readonly Option[];

export type Objective =
  /** the least cost to gain at least `need` (≤ 0: already reached), within `budget` when given */
  | { readonly kind: "reach"; readonly need: bigint; readonly budget: bigint | null }
  /** the largest gain within `budget` */
  | { readonly kind: "budget"; readonly budget: bigint };

export interface Solution {
  /** the option chosen for each item, in item order */
  readonly picks: readonly number[];
  readonly cost: bigint;
  readonly gain: bigint;
}

export interface Solved {
  /** `reach`: some plan gains `need` within the budget; always true for `budget` */
  readonly met: boolean;
  /**
   * The optimum when met. When a `reach` objective cannot be met: the best
   * that can be done instead, the largest gain within the budget (everything
   * raised as far as it may go when there is no budget), at the least cost.
   */
  readonly solution: Solution;
}

/** The frontier after adding items i … n−1: costs and gains strictly increasing, with how each state was reached. */
interface Stage {
  readonly cost: bigint[];
  readonly gain: bigint[];
  /** the option of item i taken to reach the state */
  readonly pick: number[];
  /** the state of the next stage it extends */
  readonly prev: number[];
}

export function solve(items: readonly Item[], objective: Objective): Solved {
  const budget = objective.budget;
  const stages: Stage[] = new Array(items.length);
  let cost: bigint[] = [0n];
  let gain: bigint[] = [0n];
  for (let i = items.length - 1; i >= 0; i--) {
    const stage = addItem(cost, gain, items[i]!, budget);
    stages[i] = stage;
    cost = stage.cost;
    gain = stage.gain;
  }
  // the last state within the budget is the largest gain there, at its least cost
  const last = cost.length - 1;
  let chosen = last;
  let met = true;
  if (objective.kind === "reach") {
    const first = firstAtLeast(gain, objective.need);
    if (first < 0) met = false;
    else chosen = first;
  }
  return { met, solution: trace(stages, chosen, items.length) };
}

/** Shifts the frontier by each option of the item and merges, keeping only undominated states. */
function addItem(cost: readonly bigint[], gain: readonly bigint[], options: Item, budget: bigint | null): Stage {
  const size = cost.length;
  const k = options.length;
  const heads = new Array<number>(k).fill(0);
  const out: Stage = { cost: [], gain: [], pick: [], prev: [] };
  let lastGain: bigint | null = null;
  for (;;) {
    // the next candidate by (cost ascending, gain descending); on a tie the option with more steps,
    // found first because the options are tried from the last down and only a strictly better one replaces it
    let best = -1;
    let bestCost = 0n;
    let bestGain = 0n;
    for (let o = k - 1; o >= 0; o--) {
      const h = heads[o]!;
      if (h >= size) continue;
      const c = cost[h]! + options[o]!.cost;
      const g = gain[h]! + options[o]!.gain;
      if (best < 0 || c < bestCost || (c === bestCost && g > bestGain)) {
        best = o;
        bestCost = c;
        bestGain = g;
      }
    }
    if (best < 0) break;
    const from = heads[best]!;
    // past the budget, this option's list only gets dearer
    if (budget !== null && bestCost > budget) {
      heads[best] = size;
      continue;
    }
    heads[best] = from + 1;
    if (lastGain === null || bestGain > lastGain) {
      out.cost.push(bestCost);
      out.gain.push(bestGain);
      out.pick.push(best);
      out.prev.push(from);
      lastGain = bestGain;
    }
  }
  return out;
}

/** The first index whose gain is at least `need` (gains increase), or −1. */
function firstAtLeast(gain: readonly bigint[], need: bigint): number {
  let lo = 0;
  let hi = gain.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (gain[mid]! >= need) hi = mid;
    else lo = mid + 1;
  }
  return lo < gain.length ? lo : -1;
}

function trace(stages: readonly Stage[], state: number, n: number): Solution {
  const picks: number[] = [];
  if (n === 0) return { picks, cost: 0n, gain: 0n };
  const cost = stages[0]!.cost[state]!;
  const gain = stages[0]!.gain[state]!;
  let s = state;
  for (let i = 0; i < n; i++) {
    const stage = stages[i]!;
    picks.push(stage.pick[s]!);
    s = stage.prev[s]!;
  }
  return { picks, cost, gain };
}
