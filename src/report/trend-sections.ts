import { namesBand } from "../core/words-key.js";
import type { Framework } from "../frameworks/types.js";
import { LABEL } from "../messages/labels.js";
import { PREDIKAT_LABEL } from "../messages/predikat.js";
import { RANK_LABEL as R, TREND_LABEL as T } from "../messages/rank-labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { TrendPoint, TrendReport, TrendSeries, TrendTarget } from "../rank/trend.js";
import { distinctFrameworks, frameworkCautions } from "./caveats.js";
import { column, type Section } from "./layout.js";
import { entryBasisNote, indexTitle, isIndicative, otherBasisMemo } from "./predikat-text.js";
import { signed } from "./text.js";

/**
 * The content of `spbe trend` as data for the terminal, Markdown and HTML. One
 * instansi gets a table of its years; many get one row each with a column per
 * year, so a national file is one screen wide, not 600 tables.
 */
export interface TrendContent {
  readonly title: string;
  readonly sections: readonly Section[];
  readonly lines: readonly string[];
  readonly notes: readonly string[];
}

export function changeText(p: TrendPoint, lang: Lang): string {
  if (!p.change) return "";
  const change = signed(p.change.display);
  const text = p.since !== null && p.since !== p.tahun - 1 ? translator(lang)(T.since, { change, year: p.since }) : change;
  return `${text}${p.changeFromFault ? " †" : ""}${p.frameworkChanged ? " ‡" : ""}${p.jenisChanged ? " §" : ""}`;
}

/**
 * The note that explains § (a change between years of another jenis: 2024's evaluasi, then 2025's
 * mandiri), naming each direction the report has ("evaluasi → mandiri"). The number is still given.
 */
function acrossJenisNote(report: TrendReport, lang: Lang): string | null {
  const crossings = new Set<string>();
  for (const s of report.series) {
    for (const p of s.points) {
      const from = p.jenisChanged ? s.points.find((q) => q.tahun === p.since)?.entry : undefined;
      if (from?.jenis && p.entry?.jenis) crossings.add(`${from.jenis} → ${p.entry.jenis}`);
    }
  }
  return crossings.size === 0 ? null : translator(lang)(T.acrossJenis, { crossings: [...crossings].join("; ") });
}

/**
 * The note that explains ‡ (on a change, and on the index of a year in the table of several
 * instansi), naming every change across frameworks the report has ("spbe-2018 → spbe-2020;
 * spbe-2020 → pemdi-2026").
 */
function acrossFrameworksNote(report: TrendReport, lang: Lang): string | null {
  const crossings = new Set<string>();
  for (const s of report.series) {
    for (const p of s.points) {
      const from = p.frameworkChanged ? s.points.find((q) => q.tahun === p.since)?.entry : undefined;
      if (from && p.entry) crossings.add(`${from.framework.id} → ${p.entry.framework.id}`);
    }
  }
  return crossings.size === 0 ? null : translator(lang)(T.acrossFrameworks, { crossings: [...crossings].join("; ") });
}

/**
 * The target as read, not as typed: a predikat by its name ("sangat  baik" → "Sangat Baik"), a number
 * as every index is shown ("4,2" → "4.20"). The cell's own text put "4,20: 0.22 short" beside the
 * "4.20" of the one-instansi line and of the CSV, and a decimal comma into English output.
 */
const targetShownAs = (target: TrendTarget): string => (namesBand(target.band, target.text) ? target.band.predikat : target.value.display);

/**
 * A table cell's or a chart's target: with its year where that is another than the year judged (an RPJMD
 * table's 2027 target beside the 2025 index: "3.50 untuk 2027: kurang 0.99 (2025)"), as the one-instansi
 * line says it; without it, a 2027 target read as 2025's own.
 */
export function targetText(target: TrendTarget, lang: Lang): string {
  const t = translator(lang);
  const shownAs = target.of === null ? targetShownAs(target) : t(T.targetFor, { target: targetShownAs(target), of: target.of });
  // "since 2023" where the years before the latest reached it too: "reached (2024)" read as first reached then
  if (target.since !== null && target.since < target.tahun) return t(T.targetReachedSince, { target: shownAs, since: target.since });
  return target.reached
    ? t(T.targetReached, { target: shownAs, tahun: target.tahun })
    : t(T.targetShort, { target: shownAs, gap: target.gap.display, tahun: target.tahun });
}

export function targetLine(target: TrendTarget, lang: Lang, num: (display: string) => string = (display) => display): string {
  const t = translator(lang);
  const status =
    target.since !== null && target.since < target.tahun
      ? t(T.reachedSince, { since: target.since })
      : target.reached
        ? t(T.reached, { tahun: target.tahun })
        : t(T.short, { gap: num(target.gap.display), tahun: target.tahun });
  return t(target.of === null ? T.targetLine : T.targetLineOf, {
    of: target.of ?? "",
    target: num(target.value.display),
    predikat: target.band.predikat,
    status,
    basis: t(target.basis === "exact" ? PREDIKAT_LABEL.exact : PREDIKAT_LABEL.displayed),
  });
}

/** A point's predikat as printed: indicative without the external indicators (--without-external), as score says it. */
const predikatOf = (e: NonNullable<TrendPoint["entry"]>, lang: Lang): string =>
  isIndicative(e.framework) ? translator(lang)(PREDIKAT_LABEL.indicative, { predikat: e.predikat }) : e.predikat;

/** The predikat of each year it changes in, oldest first: "Baik → Sangat Baik". */
function predikatPath(s: TrendSeries, lang: Lang): string {
  const names: string[] = [];
  for (const p of s.points) if (p.entry && names.at(-1) !== predikatOf(p.entry, lang)) names.push(predikatOf(p.entry, lang));
  return names.join(" → ");
}

/**
 * The indices the trend runs through, oldest first: "Indeks SPBE", or across a change of framework
 * "Indeks SPBE → Indeks Pemdi" (the first year's name alone called a trend into 2026 SPBE's).
 */
const indexName = (report: TrendReport, lang: Lang): string | null => {
  const byYear = report.series.flatMap((s) => s.points.flatMap((p) => (p.entry ? [[p.tahun, indexTitle(p.entry.framework, lang)] as const] : [])));
  const names: string[] = [];
  for (const [, name] of byYear.sort((a, b) => a[0] - b[0])) if (!names.includes(name)) names.push(name);
  return names.length > 0 ? names.join(" → ") : null;
};

/** Every framework the trend's years are of, once each (their caveats are said). */
export const trendFrameworks = (report: TrendReport): Framework[] =>
  distinctFrameworks(report.series.flatMap((s) => s.points.flatMap((p) => (p.entry ? [p.entry.framework] : []))));

/** `num`: how its sentences write their numbers as they go in (the HTML page's decimal mark; never a name's) */
export function trendContent(report: TrendReport, lang: Lang, num: (display: string) => string = (display) => display): TrendContent {
  const t = translator(lang);
  const index = indexName(report, lang) ?? "";
  // a provisional framework's predikat and 2018's assumed bands are read here too: said as score says them
  const notes: string[] = frameworkCautions(trendFrameworks(report), lang);
  // each point's predikat under the other basis, asked for its note and for its mark
  const otherBasis = otherBasisMemo();
  if (report.undated > 0) notes.push(t(T.undated, { count: report.undated }));
  if (report.series.some((s) => s.points.some((p) => p.entry === null))) notes.push(t(T.gapNote));
  if (report.series.some((s) => s.points.some((p) => p.entry?.noted))) notes.push(t(T.faultMark));
  // said where a change it marks is shown: every year's in one instansi's table, the latest in the table of several
  const shownChanges = (s: TrendSeries) => (report.series.length === 1 ? s.points : s.points.filter((p) => p.entry !== null).slice(-1));
  if (report.series.some((s) => shownChanges(s).some((p) => p.change && p.changeFromFault))) notes.push(t(T.changeFromFault));
  for (const s of report.series) {
    for (const p of s.points) {
      const note = p.entry && entryBasisNote(p.entry, lang, num, otherBasis);
      if (note) notes.push(note);
    }
  }
  const across = acrossFrameworksNote(report, lang);
  if (across) notes.push(across);
  const acrossJenis = acrossJenisNote(report, lang);
  if (acrossJenis) notes.push(acrossJenis);
  // a self-assessment's year is marked (mandiri), unless --jenis mandiri made every year one
  const marksMandiri = report.jenis !== "mandiri";
  const mandiri = (p: TrendPoint) => marksMandiri && p.entry?.jenis === "mandiri";
  if (report.series.some((s) => s.points.some(mandiri))) {
    // what the national results are is said where they are shown (a trend of the user's own files has none)
    const national = report.series.some((s) => s.points.some((p) => p.entry?.user === false));
    notes.push(t(R.mandiriNote, { national: national ? t(R.mandiriNational) : "" }));
  }
  const mark = (p: TrendPoint) => (p.entry ? `${p.entry.display}${p.entry.noted ? " †" : ""}` : t(T.gap));

  if (report.series.length === 1) {
    const s = report.series[0]!;
    const section: Section = {
      title: s.name,
      columns: [
        column(t(LABEL.tahun), "key"),
        column(t(LABEL.index), "number"),
        column(t(LABEL.predikat), "label"),
        column(t(R.change), "number"),
        column(t(R.source), "label"),
      ],
      rows: s.points.map((p) => [
        mandiri(p) ? t(R.mandiriMark, { text: String(p.tahun) }) : String(p.tahun),
        mark(p),
        p.entry
          ? `${p.predikatChanged ? t(T.predikatChanged, { predikat: predikatOf(p.entry, lang) }) : predikatOf(p.entry, lang)}${otherBasis(p.entry) ? " ◊" : ""}`
          : t(T.gap),
        changeText(p, lang),
        p.entry?.source ?? "",
      ]),
    };
    const where = [s.kategori, s.provinsi].filter((x): x is string => x !== null).join(" · ");
    return {
      title: t(T.titleOne, { index, instansi: s.name }),
      sections: [section],
      lines: [where, ...(s.target ? [targetLine(s.target, lang, num)] : [])].filter((l) => l !== ""),
      notes,
    };
  }

  // every year a series runs through, as one instansi's table has them: a year no input has, inside a series, is
  // a gap (it was left out, and 2019 → 2021 read as consecutive); not every year between the first and the last
  // of any input — a row of one's own with a mistyped 2204 made 180 columns of every national instansi
  const years = [...new Set(report.series.flatMap((s) => s.points.map((p) => p.tahun)))].sort((a, b) => a - b);
  const withTarget = report.series.some((s) => s.target !== null);
  const section: Section = {
    title: t(T.title, { index }),
    columns: [
      column(t(LABEL.instansi), "name"),
      column(t(R.kategori), "label"),
      column(t(R.provinsi), "label"),
      ...years.map((y) => column(String(y), "number")),
      column(t(T.lastChange), "number"),
      column(t(LABEL.predikat), "label"),
      ...(withTarget ? [column(t(T.target), "label")] : []),
    ],
    rows: report.series.map((s) => {
      const at = new Map(s.points.map((p) => [p.tahun, p]));
      const last = [...s.points].reverse().find((p) => p.entry !== null)!;
      return [
        s.name,
        s.kategori ?? "",
        s.provinsi ?? "",
        ...years.map((y) => {
          const p = at.get(y);
          if (!p) return "";
          const index = mandiri(p) ? t(R.mandiriMark, { text: mark(p) }) : mark(p);
          return `${index}${p.frameworkChanged ? " ‡" : ""}${p.jenisChanged ? " §" : ""}${p.entry && otherBasis(p.entry) ? " ◊" : ""}`;
        }),
        changeText(last, lang),
        predikatPath(s, lang),
        ...(withTarget ? [s.target ? targetText(s.target, lang) : ""] : []),
      ];
    }),
  };
  return { title: t(T.title, { index }), sections: [section], lines: [], notes };
}
