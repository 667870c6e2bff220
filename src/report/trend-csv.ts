import { CSV_COLUMN as C } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { TrendReport } from "../rank/trend.js";
import { renderCsv } from "./csv.js";
import type { RenderOptions } from "./options.js";

/**
 * `spbe trend --format csv`: long form, one row per instansi and year, a gap
 * year included with its index blank, so a pivot table in Excel shows the gap.
 * The target columns repeat on every row of the instansi; the change is a
 * plain number ("0.27", "-0.10"), as spreadsheets read numbers.
 */
export function renderTrendCsv(report: TrendReport, { lang, excel }: RenderOptions): string {
  const t = translator(lang);
  const head = [
    C.instansi,
    C.kategori,
    C.provinsi,
    C.tahun,
    C.framework,
    C.index,
    C.predikat,
    C.change,
    C.changeSince,
    C.predikatChanged,
    C.source,
    C.fault,
    C.target,
    C.targetReached,
    C.targetGap,
  ].map((c) => t(c));
  const rows = report.series.flatMap((s) =>
    s.points.map((p) => [
      s.name,
      s.kategori ?? "",
      s.provinsi ?? "",
      String(p.tahun),
      p.entry?.framework.id ?? "",
      p.entry?.display ?? "",
      p.entry?.predikat ?? "",
      p.change?.display ?? "",
      p.since === null ? "" : String(p.since),
      p.entry ? String(p.predikatChanged) : "",
      p.entry?.source ?? "",
      p.entry ? String(p.entry.noted) : "",
      s.target?.value.display ?? "",
      s.target ? String(s.target.reached) : "",
      s.target?.gap.display ?? "",
    ]),
  );
  return renderCsv(head, rows, { excel });
}
