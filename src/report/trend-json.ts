import type { TrendReport, TrendTarget } from "../rank/trend.js";
import { entryIndexJson, findingJson, frameworkJson, jsonPieces, LongArray, num, SCHEMA_VERSION, shownJson } from "./json.js";
import type { RenderOptions } from "./options.js";
import { entryTiersJson } from "./rank-json.js";
import { signed } from "./text.js";
import { trendFrameworks } from "./trend-sections.js";

function targetJson(target: TrendTarget) {
  return {
    text: target.text,
    source: target.source,
    value: shownJson(target.value),
    predikat: target.band.predikat,
    tahun: target.tahun,
    // the target cell's year where it is another (an RPJMD 2027 target judged against 2025), else null
    of: target.of,
    gap: shownJson(target.gap),
    reached: target.reached,
    since: target.since,
    basis: target.basis,
  };
}

/**
 * `spbe trend --format json`: one document (README, "JSON"); a gap year has `index: null`. In pieces:
 * each instansi's series (one per instansi of a national file) is made as it is written
 * (`jsonPieces`); the registry joins the pieces for `render`.
 */
export function trendJsonPieces(report: TrendReport, { lang }: RenderOptions): Iterable<string> {
  return jsonPieces({
    schemaVersion: SCHEMA_VERSION,
    years: report.years,
    filters: { jenis: report.jenis },
    /** result rows and assessments left out of every series for want of a tahun (a note elsewhere; each a trend/undated finding) */
    undated: report.undated,
    instansi: new LongArray(report.series, seriesJson),
    /** the frameworks of the years shown: id, provisional, caveats (as `score` gives them) */
    frameworks: trendFrameworks(report).map((f) => frameworkJson(f, lang)),
    findings: report.findings.map((f) => findingJson(f, lang)),
  });
}

function seriesJson(s: TrendReport["series"][number]) {
  return {
    name: s.name,
    kategori: s.kategori,
    provinsi: s.provinsi,
    years: s.points.map((p) => ({
      tahun: p.tahun,
      index: p.entry ? entryIndexJson(p.entry) : null,
      domains: p.entry ? entryTiersJson(p.entry) : [],
      change: p.change
        ? {
            value: num(p.change.value),
            display: signed(p.change.display),
            since: p.since,
            acrossFrameworks: p.frameworkChanged,
            acrossJenis: p.jenisChanged,
            // from a year with a fault of its source (marked † in the other formats)
            ...(p.changeFromFault ? { fromFault: true } : {}),
          }
        : null,
      predikatChanged: p.predikatChanged,
      source: p.entry?.source ?? null,
      /** mandiri or evaluasi (national rows are evaluasi); null in a gap year or where the input does not say */
      jenis: p.entry?.jenis ?? null,
      fault: p.entry?.noted ?? false,
    })),
    target: s.target ? targetJson(s.target) : null,
  };
}
