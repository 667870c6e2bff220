import type { Framework } from "../frameworks/types.js";
import { LABEL } from "../messages/labels.js";
import { PREDIKAT_LABEL } from "../messages/predikat.js";
import { RANK_LABEL as R } from "../messages/rank-labels.js";
import { type Lang, translator } from "../messages/text.js";
import { KATEGORI_FILTERS } from "../rank/names.js";
import type { RankedRow, RankGroup, RankReport } from "../rank/rank.js";
import { distinctFrameworks, frameworkCautions } from "./caveats.js";
import { column, type Section } from "./layout.js";
import { entryBasisNote, indexTitle, isIndicative, otherBasisMemo } from "./predikat-text.js";
import { standingLine } from "./standing.js";
import { signed } from "./text.js";

/**
 * The content of `spbe rank` as data, shared by the terminal table, Markdown
 * and HTML: a title, the notes that say how to read it, one section per group
 * (its summary line under its title), and the standing lines.
 */
export interface RankContent {
  readonly title: string;
  readonly notes: readonly string[];
  /** `headed`: its title is said (several groups, a named one, or any under --by) */
  readonly groups: readonly { readonly section: Section; readonly summary: readonly string[]; readonly group: RankGroup; readonly headed: boolean }[];
  readonly standing: readonly string[];
  /** the rows are a mix of the user's and national ones: the user's are marked * */
  readonly marksUser: boolean;
  /** what is said where no group is: no row matches, or the ranking was refused (mixed frameworks) */
  readonly empty: string;
}

/** The framework the report's rows are of (the first), for the index's name and the tier heads. */
export function rankFramework(report: RankReport): Framework | null {
  for (const g of report.groups) if (g.rows[0]) return g.rows[0].entry.framework;
  return report.standing[0]?.entry.framework ?? null;
}

/** Every framework the report's rows and standing lines are of, once each (their caveats are said). */
export const rankFrameworks = (report: RankReport): Framework[] =>
  distinctFrameworks([...report.groups.flatMap((g) => g.rows.map((r) => r.entry.framework)), ...report.standing.map((s) => s.entry.framework)]);

/** "D1"…"D4" for domains, "A1"… for a framework whose result tables give aspects. */
export const tierHead = (framework: Framework, id: string): string => `${framework.domains.length > 0 ? "D" : "A"}${id}`;

export const tierIds = (framework: Framework): readonly string[] => (framework.domains.length > 0 ? framework.domains : framework.aspects).map((t) => t.id);

/**
 * The instansi as listed: "(mandiri)" when it is a self-assessment ranked beside official results
 * (`marksMandiri`: not under `--jenis mandiri`, whose title says it of every row), * when it is the
 * user's among national rows, † when its row has a fault.
 */
export function instansiCell(row: RankedRow, marksUser: boolean, lang: Lang, marksMandiri = true): string {
  const name = marksMandiri && row.entry.jenis === "mandiri" ? translator(lang)(R.mandiriMark, { text: row.entry.instansi }) : row.entry.instansi;
  return `${name}${marksUser && row.entry.user ? " *" : ""}${row.entry.noted ? " †" : ""}`;
}

/** `num`: how the standing lines write their numbers (the HTML page's decimal mark) */
export function rankContent(report: RankReport, lang: Lang, num: (display: string) => string = (display) => display): RankContent {
  const t = translator(lang);
  const framework = rankFramework(report);
  const tahun = report.tahun === null ? t(R.allYears) : String(report.tahun);
  const filters = [
    report.filters.kategori ? t(R.filterKategori, { value: report.filters.kategori }) : null,
    report.filters.provinsi ? t(R.filterProvinsi, { value: report.filters.provinsi }) : null,
    report.filters.jenis ? t(R.filterJenis, { value: report.filters.jenis }) : null,
  ].filter((x): x is string => x !== null);
  // an index without the external indicators (--without-external) is named so, and its predikat marked
  // indicative, as score says them: not the official index
  const title = `${framework ? t(R.title, { index: indexTitle(framework, lang), tahun }) : t(R.titleGeneric, { tahun })}${filters.length ? ` — ${filters.join(", ")}` : ""}`;
  const rows = report.groups.flatMap((g) => g.rows);
  const marksUser = rows.some((r) => r.entry.user) && rows.some((r) => !r.entry.user);
  const singleKategori = report.filters.kategori !== null && KATEGORI_FILTERS[report.filters.kategori]?.length === 1;
  const showKategori = !singleKategori && report.filters.by !== "kategori";
  const showProvinsi = report.filters.provinsi === null && report.filters.by !== "provinsi" && rows.some((r) => r.entry.provinsi !== null);
  const tiers = framework ? tierIds(framework) : [];
  const showTiers = rows.some((r) => r.entry.tiers?.some((x) => x !== null));
  const showChange = report.previousYear !== null;
  const marksMandiri = report.filters.jenis !== "mandiri";

  const columns = [
    column(t(R.rank), "number"),
    column(t(LABEL.instansi), "name"),
    ...(showKategori ? [column(t(R.kategori), "label")] : []),
    ...(showProvinsi ? [column(t(R.provinsi), "label")] : []),
    column(t(LABEL.index), "number"),
    column(t(LABEL.predikat), "label"),
    ...(showTiers ? tiers.map((id) => column(tierHead(framework!, id), "number")) : []),
    ...(showChange ? [column(t(R.changeFrom, { year: report.previousYear! }), "number")] : []),
  ];
  // each row's predikat under the other basis, asked for its mark and for its note
  const otherBasis = otherBasisMemo();
  // pushed one by one: spreads of a small array for each optional column were four arrays more for
  // each of a national ranking's 21 000 rows
  const cells = (r: RankedRow): string[] => {
    const e = r.entry;
    const row = [String(r.rank), instansiCell(r, marksUser, lang, marksMandiri)];
    if (showKategori) row.push(e.kategori ?? "");
    if (showProvinsi) row.push(e.provinsi ?? "");
    const predikat = isIndicative(e.framework) ? t(PREDIKAT_LABEL.indicative, { predikat: e.predikat }) : e.predikat;
    row.push(e.display, otherBasis(e) ? `${predikat} ◊` : predikat);
    if (showTiers) for (let k = 0; k < tiers.length; k++) row.push(e.tiers?.[k] ?? "");
    if (showChange) row.push(r.change ? `${signed(r.change.display)}${r.changeFromFault ? " †" : ""}` : r.acrossFrameworks ? "‡" : "");
    return row;
  };

  const groups = report.groups.map((group) => {
    const s = group.summary;
    const summary = [
      t(R.summary, { count: s.count, mean: s.mean?.display ?? "–", median: s.median?.display ?? "–", min: s.min?.display ?? "–", max: s.max?.display ?? "–" }),
      t(R.predikatCounts, { counts: s.predikat.map((p) => `${p.predikat} ${p.count}`).join(", ") || "–" }),
    ];
    if (group.rows.length < group.total) {
      summary.push(t(R.topNote, { top: group.rows.at(-1)?.rank ?? 0, shown: group.rows.length, total: group.total }));
    }
    // one ranking: named by its filters ("kabupaten, Jawa Barat"), or national when there are none; the rows
    // of a --by ranking that name no group are said to be that (they were headed "kabupaten", or "nasional")
    const by = report.filters.by;
    const heading =
      group.key ??
      (by === "provinsi"
        ? t(R.noProvinsi)
        : by === "kategori"
          ? t(R.noKategori)
          : filters.length > 0
            ? [report.filters.kategori, report.filters.provinsi, report.filters.jenis].filter((x) => x !== null).join(", ")
            : t(R.national));
    // its heading said where there are several, where it names a group, and under --by always: the one group
    // of rows that name none (`--kategori pusat --by provinsi`) lost its "tanpa provinsi" and read as ungrouped
    const headed = report.groups.length > 1 || group.key !== null || by !== null;
    return { group, summary, headed, section: { title: heading, columns, rows: group.rows.map(cells) } };
  });

  // a provisional framework's predikat and 2018's assumed bands are read here too: said as score says them
  const notes: string[] = frameworkCautions(rankFrameworks(report), lang);
  const replacing = rows.filter((r) => r.replaces).length;
  if (marksUser) notes.push(t(R.userMark, { replacing: replacing > 0 ? t(R.replacing, { count: replacing }) : "" }));
  const shown = [...rows.map((r) => r.entry), ...report.standing.map((x) => x.entry)];
  // what the national results are is said where they are shown (a ranking of the user's own files has none)
  const national = shown.some((e) => !e.user) ? t(R.mandiriNational) : "";
  if (marksMandiri && shown.some((e) => e.jenis === "mandiri")) notes.push(t(R.mandiriNote, { national }));
  if (rows.some((r) => r.entry.noted)) notes.push(t(R.faultMark));
  const fromFault = rows.filter((r) => r.change && r.changeFromFault).length;
  if (fromFault > 0) notes.push(t(R.changeFromFault, { count: fromFault, year: report.previousYear ?? "" }));
  const across = rows.filter((r) => r.acrossFrameworks).length;
  if (across > 0) notes.push(t(R.changeAcrossFrameworks, { count: across }));
  for (const r of rows) {
    const note = entryBasisNote(r.entry, lang, num, otherBasis);
    if (note) notes.push(note);
  }
  for (const f of report.faults) notes.push(t(R.bundledNote, { name: f.source, count: f.count }));
  if (report.unmatched !== null && report.unmatched > 0 && report.tahun !== null) {
    notes.push(t(R.unmatched, { count: report.unmatched, tahun: report.tahun, previous: report.previousYear ?? report.tahun - 1 }));
  }
  if (report.undated > 0 && report.tahun !== null) notes.push(t(R.undated, { count: report.undated, tahun: report.tahun }));
  if (rows.some((r) => !r.entry.user)) notes.push(t(R.meanNote));
  const refused = report.findings.some((f) => f.code === "rank/mixed-frameworks");
  return {
    title,
    notes,
    groups,
    standing: report.standing.map((s) => standingLine(s, lang, marksMandiri, num)),
    marksUser,
    empty: t(refused ? R.refusedMixed : R.noRows),
  };
}
