import type { Lang } from "../messages/text.js";
import type { RankEntry } from "../rank/entry.js";
import type { RankedRow, RankReport, Standing } from "../rank/rank.js";
import { findingJson, num, SCHEMA_VERSION, shownJson, stringify } from "./json.js";
import type { RenderOptions } from "./options.js";
import { standingLine, tierIds } from "./rank-sections.js";
import { signed } from "./text.js";

/** The index as published, its predikat, and the exact value where it is known (a scored assessment). */
export function entryIndexJson(e: RankEntry) {
  return { value: num(e.shown), display: e.display, predikat: e.predikat, ...(e.exact ? { exact: num(e.exact) } : {}) };
}

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
    source: e.source,
    user: e.user,
    /** the user's row stands in for the national row of the same instansi */
    replaces: r.replaces,
    /** the row has a fault (see the findings, or `spbe validate <source>`); ranked by its printed index */
    fault: e.noted,
  };
}

export function standingJson(s: Standing, lang: Lang) {
  return {
    instansi: s.entry.instansi,
    source: s.entry.source,
    kategori: s.kategori,
    index: entryIndexJson(s.entry),
    national: s.national,
    provinsi: s.provinsi,
    nextUp: s.nextUp ? { rank: s.nextUp.rank, index: shownJson(s.nextUp.index), gap: shownJson(s.nextUp.gap), instansi: s.nextUp.instansi } : null,
    provinceTop: s.provinceTop ? { index: shownJson(s.provinceTop.index), gap: shownJson(s.provinceTop.gap), instansi: s.provinceTop.instansi } : null,
    text: standingLine(s, lang),
  };
}

/** `spbe rank --format json`: one document (README, "JSON"). */
export function renderRankJson(report: RankReport, { lang }: RenderOptions): string {
  return stringify({
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
      rows: g.rows.map(rowJson),
    })),
    standing: report.standing.map((s) => standingJson(s, lang)),
    faults: report.faults,
    findings: report.findings.map((f) => findingJson(f, lang)),
  });
}
