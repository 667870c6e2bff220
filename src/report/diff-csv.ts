import type { DiffResult } from "../compare/diff.js";
import { toDecimal } from "../core/rational.js";
import { type CsvOptions, renderCsv } from "./csv.js";
import type { Lang } from "./messages.js";

const HEAD = {
  id: ["kerangka", "sementara", "tingkatan", "id", "nama", "bobot", "a", "b", "selisih", "tampilan_selisih", "dampak", "tampilan_dampak"],
  en: ["framework", "provisional", "tier", "id", "name", "weight", "a", "b", "delta", "delta_display", "impact", "impact_display"],
};

/** `spbe diff --format csv`: the framework (and whether it is provisional) on every row, then index, domains, aspects, then every indicator by |impact|; values as plain decimals (exact where they terminate, else 12 places). */
export function renderDiffCsv(result: DiffResult | null, lang: Lang, options: CsvOptions = {}): string {
  const d = result?.diff;
  const rows: (string | null)[][] = [];
  if (d) {
    const fw = [d.framework.id, String(d.framework.provisional)];
    rows.push([...fw, "index", "", d.framework.indexName, "100", toDecimal(d.a.index.value), toDecimal(d.b.index.value), toDecimal(d.index.value), d.index.display, "", ""]);
    for (const [tier, list] of [["domain", d.domains], ["aspect", d.aspects]] as const) {
      for (const t of list) {
        rows.push([...fw, tier, t.tier.id, t.tier.name, toDecimal(t.tier.weight), toDecimal(t.a.value), toDecimal(t.b.value), toDecimal(t.delta.value), t.delta.display, "", ""]);
      }
    }
    for (const i of d.indicators) {
      rows.push([...fw, "indicator", i.indicator.id, i.indicator.name, toDecimal(i.indicator.weight), toDecimal(i.a), toDecimal(i.b), toDecimal(i.delta), toDecimal(i.delta), toDecimal(i.impact.value), i.impact.display]);
    }
  }
  return renderCsv(HEAD[lang], rows, options);
}
