import { editDistance } from "../core/edit-distance.js";
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
