import type { Framework } from "../frameworks/types.js";
import { LABEL } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";

/** The frameworks of a report's rows, once each, in the order first met. */
export function distinctFrameworks(frameworks: Iterable<Framework>): Framework[] {
  const seen = new Map<string, Framework>();
  for (const f of frameworks) if (!seen.has(f.id)) seen.set(f.id, f);
  return [...seen.values()];
}

/**
 * What a report over rows of these frameworks says of them, as `score` does (every output using a
 * framework repeats its caveats): a provisional framework named as such, and each caveat with its
 * framework — "pemdi-2026 — SEMENTARA (provisional)", "Catatan (spbe-2018): Batas predikat selain
 * 2,60 …". Nothing for a framework with neither (spbe-2020).
 */
export function frameworkCautions(frameworks: readonly Framework[], lang: Lang): string[] {
  const t = translator(lang);
  return frameworks.flatMap((f) => [
    ...(f.provisional ? [`${f.id} — ${t(LABEL.provisional)}`] : []),
    ...f.caveats.map((c) => `${t(LABEL.caveat)} (${f.id}): ${c[lang]}`),
  ]);
}

/** A framework's caveats as one CSV cell, " | " between them, as `score`'s `catatan` column gives them; "" for none. */
export function caveatsCell(framework: Framework, lang: Lang): string {
  return framework.caveats.map((c) => c[lang]).join(" | ");
}

/**
 * The `sementara` and `catatan` cells of a CSV row of a framework, for the rank and trend CSVs: made
 * once per framework and then handed out as they are, so that a million-row ranking adds two
 * references per row, not a join per row (`npm run bench`). The last framework asked for is kept
 * aside, as nearly every row is of the same one as the row before it.
 */
export function frameworkCsvCells(lang: Lang): (framework: Framework) => readonly [provisional: string, caveats: string] {
  const made = new Map<Framework, readonly [string, string]>();
  let last: Framework | null = null;
  let lastCells: readonly [string, string] = ["", ""];
  return (framework) => {
    if (framework === last) return lastCells;
    let cells = made.get(framework);
    if (!cells) {
      cells = [String(framework.provisional), caveatsCell(framework, lang)];
      made.set(framework, cells);
    }
    last = framework;
    lastCells = cells;
    return cells;
  };
}
