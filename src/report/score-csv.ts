import { toDecimal } from "../core/rational.js";
import { CSV_COLUMN as C } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { ScoreReport } from "../scoring/report.js";
import { renderCsv } from "./csv.js";
import type { RenderOptions } from "./options.js";

/**
 * `spbe score --format csv`: one long table, a row per index, domain, aspect
 * and indicator of every assessment, so a pivot table can take it as is.
 * `sementara` (provisional) is true for a framework whose weights are not
 * from the official text (Pemdi 2026), so a spreadsheet keeps the caveat.
 * `keterangan` holds the predikat for the index and the level name for an
 * indicator. The index row's weight is the total weight scored: 100 as
 * published, 86 under --without-external. Values are plain decimals: exact
 * where they terminate, else to 12 places (25/11 → 2.272727272727), so every
 * spreadsheet reads them as numbers.
 */
export function renderScoreCsv(report: ScoreReport, { lang, excel }: RenderOptions): string {
  const t = translator(lang);
  const head = [C.file, C.instansi, C.tahun, C.jenis, C.framework, C.provisional, C.tier, C.id, C.parent, C.name, C.weight, C.value, C.display, C.label].map(
    (c) => t(c),
  );
  const rows: (string | number | null)[][] = [];
  for (const { assessment: a, score } of report.assessments) {
    const fw = a.framework;
    const meta = [a.source, a.instansi, a.tahun, a.jenis, fw.id, String(fw.provisional)];
    const total = toDecimal(fw.totalWeight);
    if (!score) {
      rows.push([...meta, "index", "", "", fw.indexName, total, "", "", "invalid"]);
      continue;
    }
    rows.push([...meta, "index", "", "", fw.indexName, total, toDecimal(score.index.value), score.index.display, score.band.predikat]);
    for (const d of score.domains)
      rows.push([...meta, "domain", d.tier.id, "", d.tier.name, toDecimal(d.tier.weight), toDecimal(d.score.value), d.score.display, ""]);
    for (const s of score.aspects) {
      rows.push([...meta, "aspect", s.tier.id, s.tier.domain, s.tier.name, toDecimal(s.tier.weight), toDecimal(s.score.value), s.score.display, ""]);
    }
    for (const i of score.indicators) {
      rows.push([
        ...meta,
        "indicator",
        i.indicator.id,
        i.indicator.aspect,
        i.indicator.name,
        toDecimal(i.indicator.weight),
        toDecimal(i.value),
        toDecimal(i.value),
        i.levelName,
      ]);
    }
  }
  return renderCsv(head, rows, { excel });
}
