import { CSV_COLUMN as C } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { TrendReport } from "../rank/trend.js";
import { frameworkCsvCells } from "./caveats.js";
import { csvPieces } from "./csv.js";
import type { RenderOptions } from "./options.js";
import { otherBasisCell } from "./predikat-text.js";

/**
 * `spbe trend --format csv`: long form, one row per instansi and year, a gap
 * year included with its index blank, so a pivot table in Excel shows the gap.
 * The target columns repeat on every row of the instansi (the last, since
 * when it is reached, as JSON's `target.since`); the change is a
 * plain number ("0.27", "-0.10"), as spreadsheets read numbers.
 *
 * Each year's row carries its framework's `sementara` and `catatan` (its
 * caveats), as `rank`'s CSV does and for the same reason (rank-csv.ts): the
 * other formats say them once, and a spreadsheet keeps only what is in a
 * row. A gap year, of no framework, leaves them blank.
 *
 * Made in pieces (`csvPieces`), row by row as they are written; the registry joins them for `render`.
 */
export function trendCsvPieces(report: TrendReport, { lang, excel }: RenderOptions): Iterable<string> {
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
    // added later, at the end: the columns a spreadsheet already refers to keep their places
    C.provisional,
    C.caveats,
    // later still: the year's mandiri or evaluasi (national rows are evaluasi); blank in a gap year or where not said
    C.jenis,
    // later still: the first year of the run that reached the target (JSON's target.since); blank when not reached
    C.targetSince,
    // later still: the predikat the other basis gives where the two differ (rank-csv.ts)
    C.predikatOtherBasis,
    // later still: the year the target is for, where another than the year judged (JSON's target.of: an
    // RPJMD table's 2027 target beside the 2025 index); blank for --target and a target of the year itself
    C.targetOf,
    // later still: the change is from a year with a fault of its source (true), where there is a change (rank-csv.ts)
    C.changeFromFault,
  ].map((c) => t(c));
  const other = otherBasisCell();
  const caution = frameworkCsvCells(lang);
  const none = ["", ""] as const;
  function* rows(): Generator<string[]> {
    for (const s of report.series) for (const p of s.points) yield row(s, p);
  }
  const row = (s: TrendReport["series"][number], p: TrendReport["series"][number]["points"][number]): string[] => {
    const fw = p.entry ? caution(p.entry.framework) : none;
    return [
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
      fw[0],
      fw[1],
      p.entry?.jenis ?? "",
      String(s.target?.since ?? ""),
      p.entry ? other(p.entry) : "",
      String(s.target?.of ?? ""),
      p.change ? String(p.changeFromFault === true) : "",
    ];
  };
  return csvPieces(head, rows(), { excel });
}
