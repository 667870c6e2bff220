import { toDecimal } from "../core/rational.js";
import type { ScoreReport } from "../scoring/report.js";
import { type CsvOptions, renderCsv } from "./csv.js";
import type { Lang } from "./messages.js";

const HEAD = {
  id: ["berkas", "instansi", "tahun", "jenis", "kerangka", "sementara", "tingkatan", "id", "induk", "nama", "bobot", "nilai", "tampilan", "keterangan"],
  en: ["file", "instansi", "year", "type", "framework", "provisional", "tier", "id", "parent", "name", "weight", "value", "display", "label"],
};

/**
 * `spbe score --format csv`: one long table, a row per index, domain, aspect
 * and indicator of every assessment, so a pivot table can take it as is.
 * `sementara` (provisional) is true for a framework whose weights are not
 * from the official text (Pemdi 2026), so a spreadsheet keeps the caveat.
 * `keterangan` holds the predikat for the index and the level name for an
 * indicator. Values are plain decimals: exact where they terminate, else to 12 places (25/11 → 2.272727272727), so every spreadsheet reads them as numbers.
 */
export function renderScoreCsv(report: ScoreReport, lang: Lang, options: CsvOptions = {}): string {
  const rows: (string | number | null)[][] = [];
  for (const { assessment: a, score } of report.assessments) {
    const meta = [a.source, a.instansi, a.tahun, a.jenis, a.framework.id, String(a.framework.provisional)];
    if (!score) {
      rows.push([...meta, "index", "", "", a.framework.indexName, "100", "", "", "invalid"]);
      continue;
    }
    rows.push([...meta, "index", "", "", a.framework.indexName, "100", toDecimal(score.index.value), score.index.display, score.band.predikat]);
    for (const d of score.domains) rows.push([...meta, "domain", d.tier.id, "", d.tier.name, toDecimal(d.tier.weight), toDecimal(d.score.value), d.score.display, ""]);
    for (const s of score.aspects) {
      rows.push([...meta, "aspect", s.tier.id, s.tier.domain, s.tier.name, toDecimal(s.tier.weight), toDecimal(s.score.value), s.score.display, ""]);
    }
    for (const i of score.indicators) {
      rows.push([...meta, "indicator", i.indicator.id, i.indicator.aspect, i.indicator.name, toDecimal(i.indicator.weight), toDecimal(i.value), toDecimal(i.value), i.levelName]);
    }
  }
  return renderCsv(HEAD[lang], rows, options);
}
