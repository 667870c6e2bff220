import type { RankEntry } from "../rank/entry.js";
import type { RankedRow, RankReport } from "../rank/rank.js";
import { entryIndexJson, findingJson, frameworkJson, jsonPieces, LongArray, num, SCHEMA_VERSION, shownJson } from "./json.js";
import type { RenderOptions } from "./options.js";
import { rankFrameworks, tierIds } from "./rank-sections.js";
import { standingJson } from "./standing.js";
import { signed } from "./text.js";

/** Each tier the row gives, by its framework id; null where the table left it blank. */
export function entryTiersJson(e: RankEntry) {
  if (!e.tiers) return [];
  const ids = tierIds(e.framework);
  return e.tiers.map((display, k) => ({ id: ids[k] ?? String(k + 1), display }));
}

function rowJson(r: RankedRow) {
  const e = r.entry;
  return {
    rank: r.rank,
    instansi: e.instansi,
    tahun: e.tahun,
    kategori: e.kategori,
    provinsi: e.provinsi,
    framework: e.framework.id,
    index: entryIndexJson(e),
    domains: entryTiersJson(e),
    change: r.change ? { value: num(r.change.value), display: signed(r.change.display) } : null,
    // no change from a year under another framework (not comparable), said as trend's `change.acrossFrameworks`
    ...(r.acrossFrameworks ? { acrossFrameworks: true } : {}),
    // the year before's row has a fault of its source: the change rests on it (marked † in the other formats)
    ...(r.changeFromFault && r.change ? { changeFromFault: true } : {}),
    source: e.source,
    user: e.user,
    /** mandiri (a self-assessment) or evaluasi (official; every national row), null where the input does not say */
    jenis: e.jenis,
    /** the user's row stands in for the national row of the same instansi */
    replaces: r.replaces,
    /** the row has a fault (see the findings, or `spbe validate <source>`); ranked by its printed index */
    fault: e.noted,
  };
}

/**
 * `spbe rank --format json`: one document (README, "JSON"), in pieces: each group's rows (one per
 * instansi of a national file) are made as they are written (`jsonPieces`); the registry joins the
 * pieces for `render`.
 */
export function rankJsonPieces(report: RankReport, { lang }: RenderOptions): Iterable<string> {
  return jsonPieces({
    schemaVersion: SCHEMA_VERSION,
    tahun: report.tahun,
    filters: report.filters,
    previousYear: report.previousYear,
    unmatched: report.unmatched,
    groups: report.groups.map((g) => ({
      key: g.key,
      total: g.total,
      summary: {
        count: g.summary.count,
        mean: g.summary.mean && shownJson(g.summary.mean),
        median: g.summary.median && shownJson(g.summary.median),
        min: g.summary.min && shownJson(g.summary.min),
        max: g.summary.max && shownJson(g.summary.max),
        predikat: Object.fromEntries(g.summary.predikat.map((p) => [p.predikat, p.count])),
      },
      rows: new LongArray(g.rows, rowJson),
    })),
    standing: report.standing.map((s) => standingJson(s, lang)),
    /** the frameworks of the rows: id, provisional, caveats (as `score` gives them) */
    frameworks: rankFrameworks(report).map((f) => frameworkJson(f, lang)),
    faults: report.faults,
    findings: report.findings.map((f) => findingJson(f, lang)),
  });
}
