import { CLI } from "../messages/cli.js";
import { inBoth, say, type Text } from "../messages/text.js";

/**
 * "Did you mean --format?" for a mistyped option or command: the candidates
 * within the fewest edits (at most 3, and sharing more than 40% of the word),
 * as commander suggests them. Ours so the sentence can be said in the user's
 * language.
 */
export function suggestSimilar(word: string, candidates: readonly string[]): string[] {
  const dashes = word.startsWith("--") ? "--" : "";
  const bare = word.slice(dashes.length);
  let best = 3;
  let similar: string[] = [];
  for (const candidate of new Set(candidates)) {
    const c = candidate.slice(dashes.length);
    if (c.length <= 1) continue;
    const distance = editDistance(bare, c);
    const length = Math.max(bare.length, c.length);
    if ((length - distance) / length <= 0.4) continue;
    if (distance < best) [best, similar] = [distance, [candidate]];
    else if (distance === best) similar.push(candidate);
  }
  return similar.sort();
}

/** "; mungkin: spbe-2020" after a name not found, in both languages; "" where nothing is near it. */
export function perhaps(similar: readonly string[]): Text {
  return inBoth((l) => (similar.length > 0 ? say(l, CLI.similar, { names: similar.join(", ") }) : ""));
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.max(a.length, b.length);
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
