import type { DiffReport } from "../compare/diff.js";
import { toDecimal } from "../core/rational.js";
import { CSV_COLUMN as C } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import { renderCsv } from "./csv.js";
import type { RenderOptions } from "./options.js";
import { indexTitle } from "./predikat-text.js";

/**
 * `spbe diff --format csv`: the framework (and whether it is provisional) on
 * every row, then index, domains, aspects, then every indicator by |impact|;
 * values as plain decimals (exact where they terminate, else 12 places). The
 * index row's weight is the total weight scored (86 under --without-external).
 * `kode` (Pemdi's 1.1–7.2) is last, added after the others, as in `score`'s CSV.
 *
 * A pair that cannot be compared gives the header alone, also where a side is
 * valid: every row is a difference between the two sides, and a row with one
 * side's index and the other side and the difference blank would pass, for a
 * program filtering or summing the rows, as a comparison made. The valid
 * side's own index is in the other formats (JSON `a.index`/`b.index`) and in
 * `spbe score`; the findings on stderr and exit 1 say why there are no rows.
 */
export function renderDiffCsv({ result }: DiffReport, { lang, excel }: RenderOptions): string {
  const t = translator(lang);
  const head = [C.framework, C.provisional, C.tier, C.id, C.name, C.weight].map((c) => t(c));
  // the sides by their labels ("mandiri", "evaluasi", or the column or file names), as the tables head them
  const [la, lb] = result && result.a.label !== result.b.label ? [result.a.label, result.b.label] : ["a", "b"];
  head.push(la, lb, ...[C.delta, C.deltaDisplay, C.impact, C.impactDisplay, C.code].map((c) => t(c)));
  const d = result?.diff;
  const rows: (string | null)[][] = [];
  if (d) {
    const fw = [d.framework.id, String(d.framework.provisional)];
    rows.push([
      ...fw,
      "index",
      "",
      indexTitle(d.framework, lang),
      toDecimal(d.framework.totalWeight),
      toDecimal(d.a.index.value),
      toDecimal(d.b.index.value),
      toDecimal(d.index.value),
      d.index.display,
      "",
      "",
      "",
    ]);
    for (const [tier, list] of [
      ["domain", d.domains],
      ["aspect", d.aspects],
    ] as const) {
      for (const x of list) {
        rows.push([
          ...fw,
          tier,
          x.tier.id,
          x.tier.name,
          toDecimal(x.tier.weight),
          toDecimal(x.a.value),
          toDecimal(x.b.value),
          toDecimal(x.delta.value),
          x.delta.display,
          "",
          "",
          "",
        ]);
      }
    }
    for (const i of d.indicators) {
      rows.push([
        ...fw,
        "indicator",
        i.indicator.id,
        i.indicator.name,
        toDecimal(i.indicator.weight),
        toDecimal(i.a),
        toDecimal(i.b),
        toDecimal(i.delta),
        toDecimal(i.delta),
        toDecimal(i.impact.value),
        i.impact.display,
        i.indicator.code ?? "",
      ]);
    }
  }
  return renderCsv(head, rows, { excel });
}
