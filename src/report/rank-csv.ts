import { CSV_COLUMN as C } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { RankReport } from "../rank/rank.js";
import { frameworkCsvCells } from "./caveats.js";
import { csvPieces } from "./csv.js";
import type { RenderOptions } from "./options.js";
import { otherBasisCell } from "./predikat-text.js";
import { rankFramework, tierHead, tierIds } from "./rank-sections.js";

/**
 * `spbe rank --format csv`: one row per ranked instansi, every group in one
 * table (the `grup` column says which), ready for a spreadsheet: rank, names,
 * the index as published, the domains, the change from the year before, and
 * where the row came from. The change is a plain number ("0.27", "-0.10"):
 * a leading "+" is for people, and spreadsheets read it as a formula.
 *
 * The other formats say the caveats of the rows' frameworks once, above or
 * beside the table (JSON: `frameworks`); a CSV has no place for that. Comment
 * lines break CSV readers, and a note on stderr does not reach the file a
 * spreadsheet is made from, so each row carries its framework's: `sementara`
 * (true for a provisional framework, Pemdi 2026) and `catatan` (its caveats,
 * "" for spbe-2020), the columns `score`'s CSV has. On every row, not once: a
 * row sorted or filtered away from the first still says it. Last, after the
 * columns a spreadsheet already refers to; the cells are made once per
 * framework (`frameworkCsvCells`). After them `jenis`: a self-assessment ranked
 * beside official results is marked in the other formats, and a spreadsheet
 * keeps only what is in a row.
 *
 * Made in pieces (`csvPieces`), written as they come; the registry joins them
 * for `render` (`pieced`).
 */
export function rankCsvPieces(report: RankReport, { lang, excel }: RenderOptions): Iterable<string> {
  const t = translator(lang);
  const framework = rankFramework(report);
  const tiers = framework ? tierIds(framework) : [];
  const head = [
    t(C.group),
    t(C.rank),
    t(C.instansi),
    t(C.tahun),
    t(C.kategori),
    t(C.provinsi),
    t(C.framework),
    t(C.index),
    t(C.predikat),
    ...tiers.map((id) => tierHead(framework!, id).toLowerCase()),
    t(C.change),
    t(C.source),
    t(C.user),
    t(C.fault),
    // added later, at the end: the columns a spreadsheet already refers to keep their places
    t(C.provisional),
    t(C.caveats),
    // later still: mandiri or evaluasi (the national rows are evaluasi), blank where the input does not say
    t(C.jenis),
    // later still: the predikat the other basis gives where the two differ (◊ in the other formats, JSON's
    // predikatOtherBasis; a printed row re-read by --predikat-basis: its printed one), as score's CSV has it
    t(C.predikatOtherBasis),
    // later still: the change rests on a row of the year before with a fault of its source (true), where there is a change
    t(C.changeFromFault),
  ];
  const other = otherBasisCell();
  const caution = frameworkCsvCells(lang);
  // made row by row as the CSV is written: each row's cells die young instead of 40 000 rows at once
  function* rows(): Generator<string[]> {
    for (const g of report.groups) {
      for (const r of g.rows) {
        const e = r.entry;
        const fw = caution(e.framework);
        yield [
          g.key ?? "",
          String(r.rank),
          e.instansi,
          e.tahun === null ? "" : String(e.tahun),
          e.kategori ?? "",
          e.provinsi ?? "",
          e.framework.id,
          e.display,
          e.predikat,
          ...tiers.map((_, k) => e.tiers?.[k] ?? ""),
          r.change?.display ?? "",
          e.source,
          String(e.user),
          String(e.noted),
          fw[0],
          fw[1],
          e.jenis ?? "",
          other(e),
          r.change ? String(r.changeFromFault === true) : "",
        ];
      }
    }
  }
  return csvPieces(head, rows(), { excel });
}
