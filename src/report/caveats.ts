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
