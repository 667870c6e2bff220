import type { Jenis } from "../assessment/jenis.js";
import { capPerFile } from "../core/cap-findings.js";
import { editDistance } from "../core/edit-distance.js";
import { type Finding, finding } from "../core/findings.js";
import { add, compare, div, fromInt, type Rational, sub, sum } from "../core/rational.js";
import { type Shown, shown } from "../scoring/score.js";
import { byJenis, entryPlace, official, placedIn, type RankEntry } from "./entry.js";
import { KATEGORI_FILTERS, type Kategori, provinsiKey, provinsiNames } from "./names.js";

/**
 * Where instansi stand: ranked by the displayed two-decimal index, as the
 * ministry publishes; equal displayed indices share a rank (1, 2, 2, 4); within
 * a tie, by the exact index where it is known (a scored assessment), then by
 * name. One year at a time, in groups (nationally, per kategori, per provinsi),
 * with the change from the year before where that year is among the inputs.
 */
export interface RankOptions {
  /** the year to rank; the latest present when not given */
  readonly tahun?: number | undefined;
  /** a kategori or a group of them (`KATEGORI_FILTERS`: pemda, pusat) */
  readonly kategori?: string | undefined;
  readonly provinsi?: string | undefined;
  /** a ranking per kategori or per provinsi; one ranking when not given */
  readonly by?: "kategori" | "provinsi" | undefined;
  /** list the rows ranked 1…top (ties at the cut included) */
  readonly top?: number | undefined;
  /** rank indices of different frameworks together (normally refused) */
  readonly allowMixed?: boolean | undefined;
  /**
   * Only entries of this jenis (`--jenis mandiri`: self-assessments among themselves); an entry that
   * says none is left out. Without it every entry is ranked, and where an instansi's mandiri and its
   * evaluasi are both given, the evaluasi is (`rank/duplicate` says the mandiri set aside).
   */
  readonly jenis?: Jenis | undefined;
}

export interface RankedRow {
  readonly rank: number;
  readonly entry: RankEntry;
  /** displayed index − the year before's displayed index, where the instansi is in that year */
  readonly change: Shown | null;
  /** a user's row that stands in for the same instansi's national row */
  readonly replaces: boolean;
  /**
   * the year before has the instansi under another framework: no change is given (the two indices are not
   * comparable), and the renderers say why (‡), as trend marks such a change
   */
  readonly acrossFrameworks: boolean;
  /**
   * The year before's row of the instansi has a fault of its source (nasional-2023's d4 of 0.30): the change
   * rests on its printed index, and is marked as the row itself would be (†), not given as any other. Absent otherwise.
   */
  readonly changeFromFault?: true;
}

export interface GroupSummary {
  readonly count: number;
  readonly mean: Shown | null;
  readonly median: Shown | null;
  readonly min: Shown | null;
  readonly max: Shown | null;
  /** predikat → count, most mature first */
  readonly predikat: readonly { readonly predikat: string; readonly count: number }[];
}

export interface RankGroup {
  /** the kategori or provinsi of a per-group ranking, null for one ranking */
  readonly key: string | null;
  readonly summary: GroupSummary;
  /** every row, or those within --top */
  readonly rows: readonly RankedRow[];
  readonly total: number;
  /** every member, --top or not (the HTML report draws their distribution) */
  readonly members: readonly RankEntry[];
}

/** A user's entry among the national ones: its rank in its kategori and in its province. */
export interface Standing {
  readonly entry: RankEntry;
  /** the year of the results it is placed among (the entry's own tahun may be another, or none) */
  readonly tahun: number | null;
  readonly kategori: Kategori | null;
  /** its place in its kategori: nationally when `amongNational`, else among the results given */
  readonly national: { readonly rank: number; readonly of: number; readonly percentile: number } | null;
  /**
   * whether its kategori's rows are the bundled national results alone, not with rows of the user's own:
   * a table given as the reference (`score --banding hasil-provinsi.csv`) said "rank 2 of 4 kabupaten
   * nationally" of a table of four, and `rank` counts a table of the user's beside the national rows
   */
  readonly amongNational: boolean;
  readonly provinsi: { readonly rank: number; readonly of: number; readonly name: string } | null;
  /**
   * Its province (--provinsi, or its own) where that has no other of its kategori (a kabupaten in DKI Jakarta):
   * no rank there, and said so, not left out without a word. Absent otherwise.
   */
  readonly provinsiAlone?: string;
  /** the next rank up in the kategori: the index that shares it, how far that is, and who holds it */
  readonly nextUp: { readonly rank: number; readonly index: Shown; readonly gap: Shown; readonly instansi: readonly string[] } | null;
  /** the top of its province: how far, and who */
  readonly provinceTop: { readonly index: Shown; readonly gap: Shown; readonly instansi: readonly string[] } | null;
}

export interface RankReport {
  readonly tahun: number | null;
  readonly filters: { readonly kategori: string | null; readonly provinsi: string | null; readonly by: string | null; readonly jenis: Jenis | null };
  readonly groups: readonly RankGroup[];
  readonly standing: readonly Standing[];
  /** the year before, when it is among the inputs (the change is from it), else null */
  readonly previousYear: number | null;
  /** rows of the ranked year whose instansi the year before could not be matched to, when that year is present */
  readonly unmatched: number | null;
  /** the user's entries placed in the ranked year: they give no tahun, or one without national results */
  readonly undated: number;
  /** per national (not the user's) source, how many of its ranked rows have a fault: said as one note, not as findings */
  readonly faults: readonly { readonly source: string; readonly count: number }[];
  readonly findings: readonly Finding[];
}

/**
 * Names in Indonesian order: what `a.localeCompare(b, "id")` gives, from one
 * collator instead of one looked up per comparison (a national ranking makes
 * hundreds of thousands of them).
 */
const byName = new Intl.Collator("id").compare;

const byIndex = (a: RankEntry, b: RankEntry): number =>
  compare(b.shown, a.shown) || compare(b.exact ?? b.shown, a.exact ?? a.shown) || byName(a.instansi, b.instansi);

/**
 * Ranks 1, 2, 2, 4: equal displayed indices share the rank of the first. Each
 * row made once, in one pass (a national ranking has 20 000 of them).
 */
function ranked(entries: readonly RankEntry[], row: (rank: number, entry: RankEntry) => RankedRow): RankedRow[] {
  const sorted = [...entries].sort(byIndex);
  let rank = 0;
  return sorted.map((entry, i) => {
    if (i === 0 || compare(entry.shown, sorted[i - 1]!.shown) !== 0) rank = i + 1;
    return row(rank, entry);
  });
}

const PREDIKAT_ORDER = ["Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"];

/**
 * The edits between two name keys past the words they share in front ("kabupaten "), when within one for
 * every six characters of what is left, 3 at most; else null: "kota tanjung pinang" is a typo of "kota
 * tanjungpinang" and "kabupaten bandng" of "kabupaten bandung", "kabupaten x" of no "kabupaten a".
 */
function nameEdits(a: string, b: string): number | null {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  p = a.lastIndexOf(" ", p - 1) + 1;
  const allowed = Math.min(3, Math.floor((a.length - p) / 6));
  if (allowed === 0) return null;
  const d = editDistance(a.slice(p), b.slice(p));
  return d <= allowed ? d : null;
}

/** The names `rank/not-national` lists of a file, each with the national name nearest to it looked for. */
const NOT_NATIONAL_NAMED = 5;

/**
 * The user's rows ranked among a year's national results that stand in for none of them (a name written
 * otherwise than the ministry's, "Kota Tanjung Pinang" for Kota Tanjungpinang, "Kota Adm."): each is ranked
 * as an instansi of its own, a second Tanjungpinang, and was only counted in "not found in 2023" (a
 * coordinator). One warning per file, naming the first few with the nearest national name (a few edits off).
 */
function notNational(selected: readonly RankEntry[], replacing: ReadonlySet<RankEntry>, all: readonly RankEntry[], tahun: number): Finding[] {
  const bySource = new Map<string, RankEntry[]>();
  for (const e of selected) {
    if (!e.user || replacing.has(e)) continue;
    const rows = bySource.get(e.source);
    if (rows) rows.push(e);
    else bySource.set(e.source, [e]);
  }
  if (bySource.size === 0) return [];
  const national = all.filter((e) => !e.user && e.tahun === tahun);
  const nearest = (e: RankEntry): string | null => {
    let best: RankEntry | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const n of national) {
      const d = nameEdits(e.key, n.key);
      if (d !== null && d < distance) [best, distance] = [n, d];
    }
    return best?.instansi ?? null;
  };
  return [...bySource].map(([source, rows]) =>
    finding("rank/not-national", "warning", source, {
      line: rows[0]!.line,
      args: { tahun, count: rows.length, names: rows.slice(0, NOT_NATIONAL_NAMED).map((e) => ({ instansi: e.instansi, nearest: nearest(e) })) },
    }),
  );
}

export function summarize(entries: readonly RankEntry[]): GroupSummary {
  const values = entries.map((e) => e.shown).sort(compare);
  const n = values.length;
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.predikat, (counts.get(e.predikat) ?? 0) + 1);
  const order = [...counts.keys()].sort((a, b) => (PREDIKAT_ORDER.indexOf(a) + 1 || 99) - (PREDIKAT_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const median = n === 0 ? null : n % 2 === 1 ? values[(n - 1) / 2]! : div(add(values[n / 2 - 1]!, values[n / 2]!), fromInt(2));
  return {
    count: n,
    mean: n ? shown(div(sum(values), fromInt(n))) : null,
    median: median && shown(median),
    min: n ? shown(values[0]!) : null,
    max: n ? shown(values[n - 1]!) : null,
    predikat: order.map((predikat) => ({ predikat, count: counts.get(predikat)! })),
  };
}

/**
 * A kategori or top the CLI refuses (`--kategori Kabupaten` is lower-cased there, `--top 0` a usage error)
 * is a RangeError here, not a ranking of nobody.
 */
function checkOptions({ kategori, top, by }: Pick<RankOptions, "kategori" | "top" | "by">): void {
  // (an unknown one ranked everyone in one group, said as grouped by it)
  if (by !== undefined && by !== "kategori" && by !== "provinsi") throw new RangeError(`rank: by '${String(by)}' is neither 'kategori' nor 'provinsi'`);
  if (kategori !== undefined && !Object.hasOwn(KATEGORI_FILTERS, kategori)) {
    throw new RangeError(`rank: kategori '${kategori}' is none of ${Object.keys(KATEGORI_FILTERS).join(", ")}`);
  }
  if (top !== undefined && !(Number.isInteger(top) && top >= 1)) throw new RangeError(`rank: top ${top} is not a whole number of 1 or more`);
}

const matchesKategori = (e: RankEntry, filter: string | undefined): boolean => {
  if (filter === undefined) return true;
  const allowed = KATEGORI_FILTERS[filter];
  return allowed !== undefined && e.kategori !== null && allowed.includes(e.kategori);
};
const matchesProvinsi = (e: RankEntry, filter: string | undefined): boolean =>
  filter === undefined || (e.provinsi !== null && provinsiKey(e.provinsi) === provinsiKey(filter));

/**
 * The entries of one year, a user's row standing in for the national row of
 * the same instansi (the user's value is shown, marked). A user's entry with
 * no tahun, or of a year without national results (this year's
 * self-assessment against last year's published ones), joins the year being
 * ranked: that is the standing people ask for. One of an earlier year does not
 * where its instansi has an official row of the year ranked: a 2023 row of the
 * user's stood in for the instansi's 2024 result (`rank/duplicate`, `earlier`).
 */
function yearEntries(
  all: readonly RankEntry[],
  tahun: number | null,
  nationalYears: ReadonlySet<number>,
): { entries: RankEntry[]; replacing: Set<RankEntry>; placed: number; duplicates: { entry: RankEntry; kept: RankEntry }[] } {
  const native = all.filter((e) => e.tahun === tahun);
  // the key sets are for a mix of years, or of the user's entries and national ones: one file of
  // one year (a national long-form file: 20 000 entries) needs neither
  // a later year's row joins only with no national year between (rank --tahun 2023 with 2024's results
  // loaded placed a 2025 row among 2023's, replacing the instansi's official 2023 result)
  const later = (y: number) => y > tahun! && ![...nationalYears].some((n) => n > tahun! && n < y);
  // …and a dated row of another year joins only a year of national results: `--tahun 2019` of one's own 2019
  // rows, with 2024's results loaded, took in a 2021 row of another framework and refused the whole ranking
  const placeable =
    tahun === null
      ? []
      : all.filter(
          (e) =>
            e.user &&
            e.tahun !== tahun &&
            (e.tahun === null || (nationalYears.has(tahun) && !nationalYears.has(e.tahun) && (e.tahun < tahun || later(e.tahun)))),
        );
  const duplicates: { entry: RankEntry; kept: RankEntry }[] = [];
  let candidates = placeable;
  if (placeable.some((e) => e.tahun !== null && e.tahun < tahun!)) {
    // a history table's earlier rows beside the user's own row of the year are the years before it: not
    // ranked, and nothing to say (they were each a false rank/duplicate)
    // (the user's own: of the year, or undated or later and placed into it, as a 2025 row is among 2024's)
    const own = new Set([...native, ...placeable].filter((e) => e.user && (e.tahun === null || e.tahun >= tahun!)).map((e) => e.key));
    const official = new Map(native.filter((e) => !e.user).map((e) => [e.key, e]));
    candidates = placeable.filter((e) => {
      if (e.tahun === null || e.tahun >= tahun!) return true;
      if (own.has(e.key)) return false;
      const kept = official.get(e.key);
      if (kept) duplicates.push({ entry: e, kept });
      return kept === undefined;
    });
  }
  // placed in the year, judged by its rule: an undated "2.595 Baik" among 2024's results is Cukup (`placedIn`)
  if (tahun !== null) candidates = candidates.map((e) => placedIn(e, tahun));
  const inYearAll = candidates.length > 0 ? [...native, ...candidates] : native;
  // one row of the user's per instansi: a second (its evaluasi beside its mandiri, two files of the
  // year, 2025's beside 2024's) was ranked twice, or left out in silence; the first given is ranked,
  // the others said (rank/duplicate)
  // — except that an instansi's evaluasi, the assessors' official result, is ranked over its mandiri
  // whichever came first: the self-assessment ranked among official results, the official one set aside,
  // put a number no one had verified in the ranking (`--jenis mandiri` ranks the self-assessments)
  let inYear = inYearAll;
  if (inYearAll.filter((e) => e.user).length > 1) {
    const chosen = new Map<string, RankEntry>();
    for (const e of inYearAll) {
      if (!e.user) continue;
      const held = chosen.get(e.key);
      if (!held || official(e, held)) chosen.set(e.key, e);
    }
    inYear = inYearAll.filter((e) => {
      if (!e.user) return true;
      const kept = chosen.get(e.key)!;
      if (kept !== e) duplicates.push({ entry: e, kept });
      return kept === e;
    });
  }
  const placed = inYear.filter((e) => e.user && e.tahun !== tahun).length;
  const replacing = new Set<RankEntry>();
  if (inYear.every((e) => e.user)) return { entries: inYear, replacing, placed, duplicates };
  const userKeys = new Map(inYear.filter((e) => e.user).map((e) => [e.key, e]));
  const entries = inYear.filter((e) => {
    if (e.user) return true;
    const mine = userKeys.get(e.key);
    if (mine) replacing.add(mine);
    return !mine;
  });
  return { entries, replacing, placed, duplicates };
}

/**
 * A user's entry that says no kategori or provinsi of its own takes those the
 * filters name: `spbe rank mine.csv --nasional 2024 --kategori kabupaten
 * --provinsi "Jawa Barat"` says where the user's instansi belongs.
 */
function placedByFilters(e: RankEntry, options: RankOptions, national?: Pick<RankEntry, "kategori" | "provinsi">): RankEntry {
  if (!e.user) return e;
  const only = options.kategori !== undefined ? KATEGORI_FILTERS[options.kategori] : undefined;
  // the instansi's national row says them first: "Pemkab Garut" with no provinsi of its own was put in
  // "Jawa Tengah" by --provinsi, the province of the ranking asked for, not its own
  const kategori = e.kategori ?? national?.kategori ?? (only?.length === 1 ? only[0]! : null);
  const provinsi = e.provinsi ?? national?.provinsi ?? options.provinsi ?? null;
  return kategori === e.kategori && provinsi === e.provinsi ? e : { ...e, kategori, provinsi };
}

/**
 * Each instansi's national row, the latest (of equal years the last given), for a user's row that names
 * no kategori or provinsi (`placedByFilters`): `rank` and `placeAmong` pick it alike.
 */
function latestNational(entries: readonly RankEntry[]): Map<string, RankEntry> {
  const latest = new Map<string, RankEntry>();
  for (const e of entries) if (!e.user && (latest.get(e.key)?.tahun ?? -1) <= (e.tahun ?? -1)) latest.set(e.key, e);
  return latest;
}

export function rank(input: readonly RankEntry[], options: RankOptions = {}): RankReport {
  checkOptions(options);
  const findings: Finding[] = [];
  // --jenis: only entries of that kind, before anything else (the year ranked, the year before, the standing)
  const wanted = options.jenis;
  const kept = byJenis(input, wanted, findings);
  const national = latestNational(kept);
  const all = kept.map((e) => placedByFilters(e, options, e.user ? national.get(e.key) : undefined));
  const years = all.map((e) => e.tahun).filter((t): t is number => t !== null);
  const nationalYears = new Set(all.filter((e) => !e.user && e.tahun !== null).map((e) => e.tahun!));
  // by default the latest year; among national results, their latest (a user's newer self-assessment joins it)
  // (the latest by a loop: Math.max(...years) passes a year per entry as arguments, and a results table of
  // 130 000 rows overflowed the stack)
  const tahun = options.tahun ?? (nationalYears.size > 0 ? Math.max(...nationalYears) : years.length ? years.reduce((a, b) => Math.max(a, b)) : null);
  const { entries: year, replacing, placed: undated, duplicates } = yearEntries(all, tahun, nationalYears);
  for (const { entry, kept } of duplicates) {
    findings.push(
      finding("rank/duplicate", "warning", entry.source, {
        line: entry.line,
        args: {
          instansi: entry.instansi,
          tahun: tahun ?? entry.tahun,
          kept: entryPlace(kept),
          jenis: entry.jenis,
          keptJenis: kept.jenis,
          ...(entry.tahun !== null && tahun !== null && entry.tahun < tahun ? { earlier: entry.tahun } : {}),
          ...(entry.tahun !== null && tahun !== null && entry.tahun > tahun && kept.tahun === tahun ? { later: entry.tahun } : {}),
        },
      }),
    );
  }
  const selected = year.filter((e) => matchesKategori(e, options.kategori) && matchesProvinsi(e, options.provinsi));
  // a printed predikat the year's rule reads otherwise, placed there: said, as a dated row's would be
  // (of the rows ranked: not of one --kategori or --provinsi leaves out)
  for (const e of selected) {
    if (e.readAsOf === undefined || e.printedPredikat === undefined) continue;
    findings.push(
      finding("rank/predikat-placed", "warning", e.source, {
        line: e.line,
        args: { instansi: e.instansi, from: e.tahun, tahun: e.readAsOf, printed: e.printedPredikat, predikat: e.predikat, index: e.display, basis: e.basis },
      }),
    );
  }

  const frameworks = [...new Set(selected.map((e) => e.framework.id))].sort();
  // indices of different frameworks are not comparable: refused (nothing ranked), unless asked for
  const refused = frameworks.length > 1 && !options.allowMixed;
  if (refused) findings.push(finding("rank/mixed-frameworks", "error", oddOneOut(selected).source, { args: { frameworks } }));
  // (not of a ranking refused: its rows are ranked nowhere)
  else if (tahun !== null && nationalYears.has(tahun)) findings.push(...notNational(selected, replacing, all, tahun));

  // the year before, for the change: matched by name key. Only that year's own entries (a user's row
  // of it standing in for the national one): an undated entry of the user's belongs to the year ranked,
  // and let in here it pushed out its instansi's row of the year before, and so its change
  const previous =
    tahun === null
      ? []
      : yearEntries(
          all.filter((e) => e.tahun === tahun - 1),
          tahun - 1,
          new Set(),
        ).entries;
  const before = new Map(previous.map((e) => [e.key, e]));
  let unmatched: number | null = null;
  if (previous.length > 0) unmatched = selected.filter((e) => !before.has(e.key)).length;

  // a province as --provinsi matches it ("jawa barat", "Provinsi Jawa Barat", "Jabar" are Jawa Barat), named as
  // the year's national rows spell it (grouped by its spelling, a user's "jawa barat" was a group of its own),
  // a row the user's replaces included, so that a name does not hang on which instansi is the user's
  // (`placeAmong` names them so); worked out only when a group or a standing needs it
  let names: Map<string, string> | undefined;
  const provinsiName = () => (names ??= provinsiNames([...all.filter((e) => e.tahun === tahun && !e.user), ...year]));
  const keyOf = (e: RankEntry): string | null =>
    options.by === "kategori" ? e.kategori : options.by === "provinsi" && e.provinsi !== null ? provinsiName().get(provinsiKey(e.provinsi))! : null;
  const groups = new Map<string | null, RankEntry[]>();
  for (const e of refused ? [] : selected) {
    const k = keyOf(e);
    const list = groups.get(k) ?? [];
    list.push(e);
    groups.set(k, list);
  }
  const groupOrder = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : byName(a, b)));
  const out: RankGroup[] = groupOrder.map((key) => {
    const members = groups.get(key)!;
    const rows = ranked(members, (r, entry) => {
      // the change is from the year before the one ranked: an undated entry is taken as of that year, but
      // one of another year placed in it (2025's self-assessment among 2024's results) is not, and its
      // change from 2023 hid what it did since 2024
      // …and none across frameworks: a 2025 spbe-2020 index and a 2026 Pemdi one are not comparable ("-0.30" with no
      // mark, where trend marks the same change ‡)
      const same = entry.tahun === null || entry.tahun === tahun ? before.get(entry.key) : undefined;
      const across = same !== undefined && same.framework.id !== entry.framework.id;
      const prev = across ? undefined : same;
      // (Banyuasin's +1.66 from a 2023 row with a fault was the largest change in the country, unmarked)
      const fromFault = prev?.noted === true ? { changeFromFault: true as const } : {};
      return {
        rank: r,
        entry,
        change: prev ? shown(sub(entry.shown, prev.shown)) : null,
        replaces: replacing.has(entry),
        acrossFrameworks: across,
        ...fromFault,
      };
    });
    return {
      key,
      summary: summarize(members),
      rows: options.top === undefined ? rows : rows.filter((r) => r.rank <= options.top!),
      total: rows.length,
      members,
    };
  });

  // a standing is among published results: none without them (once, not per entry: 20 000 entries of one's own are O(n²) otherwise)
  // (of the year ranked: rows of one's own alone in 2026 were placed "1 of 1 nationally" beside 2024's results)
  const hasNational = tahun !== null ? nationalYears.has(tahun) : all.some((x) => !x.user);
  // among results of its own framework only: a spbe-2018 assessment left out of the ranking by --kategori (so
  // not refused as a mix) was placed among spbe-2020's results all the same (unless --allow-mixed), and
  // counted among the others' peers ("178 of 394", 393 spbe-2020 kabupaten and itself)
  // (the year's national entries, those a user's row replaces included: as placeAmong's `placer` counts them)
  const nationalOfYear = all.filter((e) => !e.user && e.tahun === tahun);
  const theirs = new Set(nationalOfYear.map((e) => e.framework.id));
  const comparable = (e: RankEntry) => options.allowMixed || theirs.size === 0 || theirs.has(e.framework.id);
  // …and one that replaced its instansi's national row leaves that row among the peers, as without it
  const incomparable = new Set(year.filter((e) => e.user && !comparable(e)).map((e) => e.key));
  const peers = incomparable.size === 0 ? year : [...year.filter(comparable), ...nationalOfYear.filter((e) => incomparable.has(e.key))];
  const index = refused || !hasNational ? null : placeIndex(peers, provinsiName());
  const standing = index === null ? [] : year.filter((e) => e.user && comparable(e)).map((e) => standingOf(e, tahun, index, options, replacing));
  const faults = new Map<string, number>();
  for (const e of selected) if (e.noted && !e.user) faults.set(e.source, (faults.get(e.source) ?? 0) + 1);
  return {
    tahun,
    filters: { kategori: options.kategori ?? null, provinsi: options.provinsi ?? null, by: options.by ?? null, jenis: options.jenis ?? null },
    groups: out,
    standing,
    previousYear: previous.length > 0 ? tahun! - 1 : null,
    unmatched,
    undated,
    faults: [...faults].map(([source, count]) => ({ source, count })),
    findings: capPerFile(findings),
  };
}

/**
 * The entry a mix of frameworks is said against: the first not of the national results' framework
 * (the user's 2018 file among nasional-2024), else the first not of the most common one.
 */
function oddOneOut(entries: readonly RankEntry[]): RankEntry {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.framework.id, (count.get(e.framework.id) ?? 0) + 1);
  const common = [...count].reduce((m, c) => (c[1] > m[1] ? c : m))[0];
  const usual = entries.find((e) => !e.user)?.framework.id ?? common;
  return entries.find((e) => e.framework.id !== usual) ?? entries[0]!;
}

/**
 * The year's entries sorted by displayed index, highest first, by kategori and by province (within
 * a kategori, and over all): built once, so that each of the user's entries is placed by binary
 * search. Placing each by scanning the year made 21 000 entries of one's own among the national
 * results quadratic (a minute, 227 MB).
 */
interface PlaceIndex {
  readonly byKategori: ReadonlyMap<Kategori, readonly RankEntry[]>;
  /** `${kategori or "*"}\0${provinsiKey}` */
  readonly byProvinsi: ReadonlyMap<string, readonly RankEntry[]>;
  /** each province's name by its key, as its first national row spells it (`provinsiNames`) */
  readonly provinsiName: ReadonlyMap<string, string>;
  /**
   * The names of a run of equal indices in a list, by the run's start: one array for every entry
   * that names it (the next rank up, the province's top). Made for each, 21 000 entries of one's own
   * held 13 million names.
   */
  readonly names: Map<readonly RankEntry[], Map<number, readonly string[]>>;
}

/** The instansi of `list[from…to)`, a run of equal indices, shared through the index. */
function namesOf(index: PlaceIndex, list: readonly RankEntry[], from: number, to: number): readonly string[] {
  let byStart = index.names.get(list);
  if (!byStart) {
    byStart = new Map();
    index.names.set(list, byStart);
  }
  let names = byStart.get(from);
  if (!names) {
    names = list.slice(from, to).map((e) => e.instansi);
    byStart.set(from, names);
  }
  return names;
}

const byShownDesc = (a: RankEntry, b: RankEntry): number => compare(b.shown, a.shown);

function placeIndex(year: readonly RankEntry[], provinsiName: ReadonlyMap<string, string>): PlaceIndex {
  const byKategori = new Map<Kategori, RankEntry[]>();
  const byProvinsi = new Map<string, RankEntry[]>();
  const push = <K>(map: Map<K, RankEntry[]>, key: K, e: RankEntry) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of year) {
    if (e.kategori !== null) push(byKategori, e.kategori, e);
    if (e.provinsi === null) continue;
    const p = provinsiKey(e.provinsi);
    push(byProvinsi, `*\0${p}`, e);
    if (e.kategori !== null) push(byProvinsi, `${e.kategori}\0${p}`, e);
  }
  for (const list of byKategori.values()) list.sort(byShownDesc);
  for (const list of byProvinsi.values()) list.sort(byShownDesc);
  return { byKategori, byProvinsi, provinsiName, names: new Map() };
}

/** The first position in `sorted` (highest first) whose shown index is not above `value` (`strict`: not at or above). */
function firstNotAbove(sorted: readonly RankEntry[], value: Rational, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(sorted[mid]!.shown, value);
    if (c > 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One user entry placed among the year's entries of its kategori, and of its province. */
/**
 * `standsIn`: the user's entries that each stand in for their instansi's national row of the year (`yearEntries`):
 * beside them the place is still a national one, of as many as the results published.
 */
function standingOf(entry: RankEntry, tahun: number | null, index: PlaceIndex, options: RankOptions, standsIn: ReadonlySet<RankEntry> = new Set()): Standing {
  // the kategori a --kategori names, when the entry does not say one of its own
  const kategori = entry.kategori ?? (options.kategori && KATEGORI_FILTERS[options.kategori]?.length === 1 ? KATEGORI_FILTERS[options.kategori]![0]! : null);
  const provinsi = entry.provinsi ?? options.provinsi ?? null;
  // the year as ranked: the user's other rows are in it too, each in place of its instansi's national
  // row (left out, they made every other file of one's own a place less, against the table beside it)
  // `member`: the entry is in the group already (its own kategori, its own province), else it joins it
  const place = (group: readonly RankEntry[], member: boolean) => {
    const above = firstNotAbove(group, entry.shown, false);
    const notBelow = firstNotAbove(group, entry.shown, true);
    return { rank: above + 1, of: group.length + (member ? 0 : 1), above, below: group.length - notBelow };
  };
  const peers = kategori === null ? [] : (index.byKategori.get(kategori) ?? []);
  let national: Standing["national"] = null;
  let nextUp: Standing["nextUp"] = null;
  if (kategori !== null) {
    const p = place(peers, entry.kategori === kategori);
    national = { rank: p.rank, of: p.of, percentile: Math.floor((100 * p.below) / p.of) };
    if (p.above > 0) {
      // the nearest higher displayed index: reaching it shares that rank
      const next = peers[p.above - 1]!.shown;
      const first = firstNotAbove(peers, next, false);
      nextUp = { rank: first + 1, index: shown(next), gap: shown(sub(next, entry.shown)), instansi: namesOf(index, peers, first, p.above) };
    }
  }
  let prov: Standing["provinsi"] = null;
  let provinceTop: Standing["provinceTop"] = null;
  let alone: string | null = null;
  if (provinsi !== null) {
    const key = provinsiKey(provinsi);
    const inProvince = index.byProvinsi.get(`${kategori ?? "*"}\0${key}`) ?? [];
    const member = entry.provinsi !== null && provinsiKey(entry.provinsi) === key && (kategori === null || entry.kategori === kategori);
    const p = place(inProvince, member);
    if (p.of <= 1) alone = index.provinsiName.get(key) ?? provinsi;
    else {
      prov = { rank: p.rank, of: p.of, name: index.provinsiName.get(key) ?? provinsi };
      const top = inProvince[0] && compare(inProvince[0].shown, entry.shown) > 0 ? inProvince[0].shown : null;
      if (top !== null) {
        provinceTop = {
          index: shown(top),
          gap: shown(sub(top, entry.shown)),
          instansi: namesOf(index, inProvince, 0, firstNotAbove(inProvince, top, true)),
        };
      }
    }
  }
  // among the published results alone: rows of the user's own in the kategori that are no national instansi's
  // (a table of theirs ranked beside them, placeAmong's own reference) make it a place among the results given;
  // one that stands in for its instansi's national row does not (two kabupaten of one's own among nasional-2024
  // made each "rank 67 of 392 in the results compared with", 392 being the national count)
  const amongNational = !peers.some((e) => e.user && e !== entry && !standsIn.has(e));
  return { entry, tahun, kategori, national, amongNational, provinsi: prov, ...(alone === null ? {} : { provinsiAlone: alone }), nextUp, provinceTop };
}

/**
 * `score --banding nasional-2024`: each of the user's entries placed among the
 * national entries of their latest year, as `rank` places them (in its
 * kategori nationally and in its province), one standing per entry, in order.
 * Entries of the user's own (`user`) are a reference of theirs (`--banding
 * hasil.csv`): placed among the same way, and said as such (`amongNational`).
 */
export function placeAmong(
  national: readonly RankEntry[],
  mine: readonly RankEntry[],
  options: Pick<RankOptions, "kategori" | "provinsi"> = {},
): (Standing | null)[] {
  return mine.map(placerAmong(national, options));
}

/**
 * `placeAmong` one entry at a time: the national entries made ready once, each of the user's placed as it
 * comes (`score --banding` places each assessment as it is scored and written, holding none).
 */
export function placerAmong(national: readonly RankEntry[], options: Pick<RankOptions, "kategori" | "provinsi"> = {}): (m: RankEntry) => Standing | null {
  checkOptions(options);
  // a table of the user's own given as the reference is the reference here, not entries to place
  const given = national.some((e) => e.user);
  const reference = given ? national.map((e) => (e.user ? { ...e, user: false } : e)) : national;
  // each alone among the national entries (the filters only say the kategori and province of one that
  // gives none): two of one instansi (its mandiri and its evaluasi) are each placed, where one ranking
  // of all kept the first and left the other unplaced, and none moves another's place
  const place = placer(reference, options);
  // a reference without a single year (a table of one's own with no tahun column) is the results to compare with
  // whatever the year: placed in the assessment's own ("cannot be placed … no results in its kategori" was said
  // beside three kabupaten of its framework)
  const undated = reference.every((e) => e.tahun === null);
  const among = (m: RankEntry) => (undated && m.tahun !== null ? reference.map((e) => ({ ...e, tahun: m.tahun })) : reference);
  return (m) => {
    const standing = place ? place(m) : (rank([...among(m), m], options).standing[0] ?? null);
    // (placed among results of no year: said so, not "among the results of 2024")
    return given && standing ? { ...standing, amongNational: false, ...(undated ? { tahun: null } : {}) } : standing;
  };
}

/**
 * `rank([...national, m], options).standing[0]` for each `m`, without ranking the national entries
 * again for each: their year's lists are sorted once, and each entry's own lists are those lists
 * without its instansi's national row, with it inserted where a stable sort puts it (after its
 * equals: it comes last). A ranking per entry cost ~2 ms, so thousands of assessments took seconds.
 * Null where the year ranked would depend on the entry (no dated national rows) or the reference has
 * rows of the user's own: those are ranked whole, as `rank` does. The test holds the two equal.
 */
function placer(national: readonly RankEntry[], options: Pick<RankOptions, "kategori" | "provinsi">): ((m: RankEntry) => Standing | null) | null {
  if (national.some((e) => e.user)) return null;
  const nationalYears = new Set(national.filter((e) => e.tahun !== null).map((e) => e.tahun!));
  if (nationalYears.size === 0) return null;
  const tahun = Math.max(...nationalYears);
  const year = national.filter((e) => e.tahun === tahun);
  const base = placeIndex(year, provinsiNames(year));
  const byKey = new Map<string, RankEntry[]>();
  for (const e of year) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  const latestOf = latestNational(national);
  const selected = (e: RankEntry) => matchesKategori(e, options.kategori) && matchesProvinsi(e, options.provinsi);
  const frameworks = new Map<string, number>();
  for (const e of year) if (selected(e)) frameworks.set(e.framework.id, (frameworks.get(e.framework.id) ?? 0) + 1);
  // the year's frameworks, whatever the filters select: an entry of another is never placed (as `rank`)
  const theirs = new Set(year.map((e) => e.framework.id));

  return (given) => {
    const unplaced = placedByFilters(given, options, latestOf.get(given.key));
    // in the year ranked: of it, undated, or of a year without national results (as `yearEntries`)
    if (unplaced.tahun !== tahun && unplaced.tahun !== null && nationalYears.has(unplaced.tahun)) return null;
    if (!theirs.has(unplaced.framework.id)) return null;
    // judged by the year's rule, as `yearEntries` judges it
    const m = placedIn(unplaced, tahun);
    // (an earlier year's entry is placed here, its instansi's row of the year left out, where `rank` sets it
    // aside: asked for one by one, "where would my 2023 index stand among 2024's results" is the question)
    const replaced = byKey.get(m.key) ?? [];
    // indices of different frameworks are not placed together (`rank/mixed-frameworks`)
    const counts = new Map(frameworks);
    for (const e of replaced) if (selected(e)) counts.set(e.framework.id, counts.get(e.framework.id)! - 1);
    if (selected(m)) counts.set(m.framework.id, (counts.get(m.framework.id) ?? 0) + 1);
    if ([...counts.values()].filter((n) => n > 0).length > 1) return null;

    const own = (list: readonly RankEntry[] | undefined): RankEntry[] => {
      const kept = replaced.length === 0 ? [...(list ?? [])] : (list ?? []).filter((e) => e.key !== m.key);
      kept.splice(firstNotAbove(kept, m.shown, true), 0, m);
      return kept;
    };
    const byKategori = new Map<Kategori, readonly RankEntry[]>();
    const byProvinsi = new Map<string, readonly RankEntry[]>();
    if (m.kategori !== null) byKategori.set(m.kategori, own(base.byKategori.get(m.kategori)));
    if (m.provinsi !== null) {
      const p = provinsiKey(m.provinsi);
      for (const key of m.kategori === null ? [`*\0${p}`] : [`*\0${p}`, `${m.kategori}\0${p}`]) byProvinsi.set(key, own(base.byProvinsi.get(key)));
    }
    // each province named as the national rows spell it, as `placeIndex` names it (the entry is the user's: never theirs)
    return standingOf(m, tahun, { byKategori, byProvinsi, provinsiName: base.provinsiName, names: new Map() }, options);
  };
}
