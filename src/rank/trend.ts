import type { Jenis } from "../assessment/jenis.js";
import { looksLikeThousands } from "../assessment/value.js";
import { capPerFile } from "../core/cap-findings.js";
import { type Finding, finding } from "../core/findings.js";
import { compare, sub, ZERO } from "../core/rational.js";
import { namesBand } from "../core/words-key.js";
import type { Band, Framework, PredikatBasis } from "../frameworks/types.js";
import { bandFor, chooseBasis, judged, targetJudged } from "../scoring/predikat.js";
import { gapShown, parseTarget, type Shown, shown, type Target, targetShown } from "../scoring/score.js";
import { targetPredikat } from "../scoring/target-predikat.js";
import { byJenis, entryPlace, official, type RankEntry, type TargetRow } from "./entry.js";
import type { Kategori } from "./names.js";
import { nameKey } from "./names.js";

/**
 * An instansi year by year: the index and predikat per year, the change from
 * the year before it (or from the last year it was evaluated, across a gap),
 * gaps shown as gaps, and how far the latest index is from a target — reached
 * or not under the same basis as its predikat.
 */
export interface TrendOptions {
  /** one instansi (matched like rank matches names: case, spacing, Kab./Kabupaten, Pemerintah) */
  readonly instansi?: string | undefined;
  /** `--target <number|predikat>`: for every instansi, instead of its `target` column */
  readonly target?: string | undefined;
  /** targets of years with no index yet (`entriesOf`'s targets): the latest target of all counts */
  readonly targets?: readonly TargetRow[] | undefined;
  /** only entries of this jenis (`--jenis mandiri`: the self-assessments' own trend); an entry that says none is left out */
  readonly jenis?: Jenis | undefined;
}

export interface TrendPoint {
  readonly tahun: number;
  /** null: a gap (the instansi was not in that year's inputs) */
  readonly entry: RankEntry | null;
  /** displayed index − the displayed index of the previous year present */
  readonly change: Shown | null;
  /** the year `change` is from: the year before, or an earlier one across a gap */
  readonly since: number | null;
  /** the predikat differs from the previous year present */
  readonly predikatChanged: boolean;
  /**
   * The previous year present has a fault of its source (nasional-2023's Banyuasin, d4 of 0.30): `change` rests
   * on its printed index, and is marked †, as `rank` marks it. Absent otherwise.
   */
  readonly changeFromFault?: true;
  /**
   * The previous year present was scored under another framework (2019's spbe-2018, 35 indicators,
   * then 2021's spbe-2020, 47): `change` compares indices that do not measure the same things. It is
   * still given, as the ministry's own year-on-year figures do, and marked; `rank` refuses such a mix.
   */
  readonly frameworkChanged: boolean;
  /**
   * The previous year present is of another jenis (2024's evaluasi, then 2025's mandiri): `change`
   * compares a self-assessment with an official result. Still given, and marked; false where either
   * does not say its jenis.
   */
  readonly jenisChanged: boolean;
}

export interface TrendTarget {
  /** as written, in the `target` column or `--target` */
  readonly text: string;
  readonly source: "column" | "option";
  readonly value: Shown;
  readonly band: Band;
  /** the year judged: the latest present */
  readonly tahun: number;
  /**
   * The year of the `target` cell read, where it is another than `tahun` (an RPJMD table's 2027 target
   * judged against the 2025 index: "Target 2027 3.50"); null for `--target`, an undated cell, or one of
   * the year judged.
   */
  readonly of: number | null;
  /** target − index under the predikat's basis, 0 once reached */
  readonly gap: Shown;
  readonly reached: boolean;
  /**
   * Reached: the first year of the unbroken run of years up to `tahun` that each reached it (2023 when
   * 2023 and 2024 did: "reached since 2023", not "in 2024"); `tahun` when only the latest did. Null
   * when not reached.
   */
  readonly since: number | null;
  readonly basis: PredikatBasis;
}

export interface TrendSeries {
  readonly name: string;
  readonly kategori: Kategori | null;
  readonly provinsi: string | null;
  /** every year from the instansi's first to its last, or to the national results' latest where later, gaps included */
  readonly points: readonly TrendPoint[];
  readonly target: TrendTarget | null;
}

export interface TrendReport {
  /** the years any input has, oldest first */
  readonly years: readonly number[];
  readonly series: readonly TrendSeries[];
  /** --instansi as given, null without it */
  readonly instansi: string | null;
  /** --jenis as given (only entries of that jenis), null without it */
  readonly jenis: Jenis | null;
  /** entries left out because they name no tahun (each also a `trend/undated` finding) */
  readonly undated: number;
  readonly findings: readonly Finding[];
}

/** The instansi a `--instansi` names: the same key, or else every one whose key holds all its words. */
export function matchInstansi(keys: Iterable<string>, query: string): string[] {
  const wanted = nameKey(query);
  const all = [...keys];
  if (all.includes(wanted)) return [wanted];
  const words = wanted.split(" ").filter((w) => w !== "");
  return all.filter((k) => {
    const own = new Set(k.split(" "));
    return words.length > 0 && words.every((w) => own.has(w));
  });
}

/**
 * What `trend` throws for a `target` that a series' framework cannot read: a RangeError, which carries
 * that framework, so that the CLI says it as a usage error with the framework's scale and predikat
 * (`badTargetArgs`) without judging the target a second time. The error is as a plain RangeError's
 * otherwise: named "RangeError", and with no own enumerable property (the target and framework are
 * getters), so that it compares, prints and serialises as before — not with a whole framework in it.
 */
export class TargetRefusedError extends RangeError {
  readonly #target: string;
  readonly #framework: Framework;

  constructor(target: string, framework: Framework) {
    super(
      `trend: target '${target}' is neither a number 0–${framework.levels.max} (at most four decimals) nor a predikat of ${framework.id} (${targetPredikat(framework).join(", ")})`,
    );
    this.#target = target;
    this.#framework = framework;
  }

  /** the target as given */
  get target(): string {
    return this.#target;
  }

  /** the framework of the series that cannot read it (the first such series) */
  get framework(): Framework {
    return this.#framework;
  }
}

/**
 * The framework that cannot read a `target` option (a number up to its top level, or a predikat above
 * its lowest) among those `trend` judges it by: each series' latest year's, as the trend keeps it.
 * Null when every one reads it.
 */
function targetRefusedBy(series: readonly ReadonlyMap<number, RankEntry>[], target: string): Framework | null {
  return series.map((years) => years.get(Math.max(...years.keys()))!.framework).find((f) => !parseTarget(f, target)) ?? null;
}

/**
 * Every instansi's series (or those `instansi` names). A `target` that a series' framework cannot
 * read is a RangeError (`TargetRefusedError`), not a series without a target.
 */
export function trend(all: readonly RankEntry[], options: TrendOptions = {}): TrendReport {
  const findings: Finding[] = [];
  const wanted = options.jenis;
  const kept = byJenis(all, wanted, findings);
  const dated = kept.filter((e): e is RankEntry & { tahun: number } => e.tahun !== null);
  // a row left out for want of a tahun was only counted (`undated`): each is said where it is, held
  // to the per-file cap below as duplicates are
  if (dated.length < kept.length) {
    for (const e of kept) {
      if (e.tahun !== null) continue;
      findings.push(
        finding("trend/undated", "warning", e.source, { line: e.line, column: e.tahunColumn, args: { instansi: e.instansi, column: e.tahunColumn !== null } }),
      );
    }
  }
  // the user's rows and the national ones apart, each one per instansi and year: two of one side (a
  // self-assessment and its evaluasi, two files of one year) are one too many, the first given shown
  // — an evaluasi over a mandiri whichever came first, as `rank` ranks it — and the other said, never
  // dropped in silence
  const own = new Map<string, Map<number, RankEntry>>();
  const national = new Map<string, Map<number, RankEntry>>();
  const duplicate = (other: RankEntry, shownOne: RankEntry, tahun: number) =>
    findings.push(
      finding("trend/duplicate", "warning", other.source, {
        line: other.line,
        args: { instansi: other.instansi, tahun, kept: entryPlace(shownOne), jenis: other.jenis, keptJenis: shownOne.jenis },
      }),
    );
  for (const e of dated) {
    const side = e.user ? own : national;
    const years = side.get(e.key) ?? new Map<number, RankEntry>();
    side.set(e.key, years);
    const held = years.get(e.tahun);
    if (!held) years.set(e.tahun, e);
    else {
      const [shownOne, other] = official(e, held) ? [e, held] : [held, e];
      years.set(e.tahun, shownOne);
      duplicate(other, shownOne, e.tahun);
    }
  }
  // then the user's row stands in for the national one of its instansi and year — except a
  // self-assessment for a year with an official result: a trend is the record, and the official
  // result is it (rank still places a mandiri "where would I stand"; --jenis mandiri shows them)
  const byKey = new Map<string, Map<number, RankEntry>>();
  for (const [key, years] of national) byKey.set(key, new Map(years));
  for (const [key, years] of own) {
    const merged = byKey.get(key) ?? new Map<number, RankEntry>();
    byKey.set(key, merged);
    for (const [tahun, mine] of years) {
      const theirs = merged.get(tahun);
      if (theirs && official(theirs, mine)) duplicate(mine, theirs, tahun);
      else merged.set(tahun, mine);
    }
  }
  const keys = options.instansi === undefined ? [...byKey.keys()] : matchInstansi(byKey.keys(), options.instansi);
  // judged on the year each series shows, chosen once above (it was chosen again, by a rule that had
  // drifted: the user's row over the national one, where the trend shows an official result over a mandiri)
  if (options.target !== undefined) {
    const refusing = targetRefusedBy(
      keys.map((k) => byKey.get(k)!),
      options.target,
    );
    if (refusing) throw new TargetRefusedError(options.target, refusing);
  }
  const targetRows = new Map<string, TargetRow[]>();
  for (const t of options.targets ?? []) targetRows.set(t.key, [...(targetRows.get(t.key) ?? []), t]);
  // a target row whose instansi has no dated index anywhere in the inputs (a misspelled name, or a table of
  // targets without the results to judge): said at its first row, not dropped without a word
  if (options.target === undefined) {
    for (const [key, rows] of targetRows) {
      if (byKey.has(key)) continue;
      const first = rows[0]!;
      findings.push(
        finding("trend/target-unmatched", "warning", first.source, {
          line: first.line,
          column: first.column ?? null,
          value: first.target,
          args: { instansi: first.instansi },
        }),
      );
    }
  }
  const years = [...new Set(dated.map((e) => e.tahun))].sort((a, b) => a - b);
  // every series up to the latest year of the national results given (else of the inputs): Kab. Buru, evaluated
  // in 2023 alone, showed 2023 as if its latest beside 2024's results, with no "2024 –". Not from the first year,
  // nor to a year of the user's rows beside national ones: a mistyped tahun of 2204 made 180 gap rows of every
  // national instansi (a 1 MB JSON 150 MB)
  // (an instansi of the national results to their latest; one of one's own rows alone to their latest: a national
  // file given beside them cut Kanwil B's trend at its 2024, with no "2025 –")
  const latestOf = (user: boolean) => dated.reduce<number | null>((m, e) => (e.user === user && (m === null || e.tahun > m) ? e.tahun : m), null);
  const nationalLatest = latestOf(false);
  const ownLatest = latestOf(true);
  const series = keys.map((k) =>
    seriesOf(byKey.get(k)!, options.target, targetRows.get(k) ?? [], findings, national.get(k), national.has(k) ? nationalLatest : ownLatest),
  );
  series.sort((a, b) => a.name.localeCompare(b.name, "id"));
  return {
    years,
    series,
    instansi: options.instansi ?? null,
    jenis: options.jenis ?? null,
    undated: kept.length - dated.length,
    findings: capPerFile(findings),
  };
}

/** `nationalRows`: the instansi's national rows, each year's, for the place a row of one's own does not say. */
function seriesOf(
  years: ReadonlyMap<number, RankEntry>,
  optionTarget: string | undefined,
  targetRows: readonly TargetRow[],
  findings: Finding[],
  nationalRows: ReadonlyMap<number, RankEntry> = new Map(),
  until: number | null = null,
): TrendSeries {
  const present = [...years.keys()].sort((a, b) => a - b);
  const first = present[0]!;
  const last = present.at(-1)!;
  const points: TrendPoint[] = [];
  let previous: RankEntry | null = null;
  for (let tahun = first; tahun <= Math.max(last, until ?? last); tahun++) {
    const entry = years.get(tahun) ?? null;
    if (!entry) {
      points.push({ tahun, entry: null, change: null, since: null, predikatChanged: false, frameworkChanged: false, jenisChanged: false });
      continue;
    }
    points.push({
      tahun,
      entry,
      change: previous ? shown(sub(entry.shown, previous.shown)) : null,
      since: previous?.tahun ?? null,
      predikatChanged: previous !== null && previous.predikat.toLowerCase() !== entry.predikat.toLowerCase(),
      ...(previous?.noted === true ? { changeFromFault: true as const } : {}),
      frameworkChanged: previous !== null && previous.framework.id !== entry.framework.id,
      jenisChanged: previous !== null && previous.jenis !== null && entry.jenis !== null && previous.jenis !== entry.jenis,
    });
    previous = entry;
  }
  const latest = years.get(last)!;
  // the name and place as the latest year gives them (names change: "Kemaritiman" → "Kemaritiman dan Investasi");
  // a place the latest does not say (a row of one's own without the columns), as the latest that says it,
  // and then as the instansi's national rows say it, as `rank` takes it from them: rows of one's own that
  // stood in for every national year left a trend of Kota Bogor in no provinsi
  const newestFirst = [...present.map((t) => years.get(t)!).reverse(), ...[...nationalRows.keys()].sort((a, b) => b - a).map((t) => nationalRows.get(t)!)];
  return {
    name: latest.instansi,
    kategori: latest.kategori ?? newestFirst.find((e) => e.kategori !== null)?.kategori ?? null,
    provinsi: latest.provinsi ?? newestFirst.find((e) => e.provinsi !== null)?.provinsi ?? null,
    points,
    target: targetOf(
      latest,
      present.map((t) => years.get(t)!),
      targetRows,
      optionTarget,
      findings,
    ),
  };
}

/** A `target` cell as `trend` reads it, and where it was read from. */
export interface TargetCell {
  readonly target: string;
  readonly source: string;
  readonly line: number | null;
  readonly column: number | null;
  /** its file's commas are decimal (`RankEntry.targetDecimalComma`) */
  readonly targetDecimalComma?: true;
}

/** Where commas are decimal, "3.500" may be 3.5 or 3500: never guessed, as a level or an index there is not. */
const thousandsTarget = (c: Pick<TargetCell, "target" | "targetDecimalComma">): boolean => c.targetDecimalComma === true && looksLikeThousands(c.target);

/**
 * Where commas are no decimal mark (a comma-separated file), a target "3,95" in quotes: its index "3,89"
 * beside it is refused there (result/invalid), and the target was read as 3.95 (a coordinator's file).
 */
const commaTarget = (c: Pick<TargetCell, "target" | "targetDecimalComma">): boolean => c.targetDecimalComma !== true && /^\s*\d+,\d+\s*$/.test(c.target);

/** A target cell read as no target for how its file writes numbers (`thousandsTarget`, `commaTarget`). */
const ambiguousTarget = (c: Pick<TargetCell, "target" | "targetDecimalComma">): boolean => thousandsTarget(c) || commaTarget(c);

/**
 * The warning a target cell gets, read against `framework` (`trend`, and `validate`, which says the same of
 * the same file): `meta/invalid` for a cell that is neither an index nor a predikat, or that may be a
 * thousand where commas are decimal ("3.500"); null for a readable one.
 */
export function targetCellFinding(c: TargetCell, framework: Framework): Finding | null {
  const at = { line: c.line, column: c.column, value: c.target };
  // where commas are decimal, "3.500" may be 3.5 or 3500: never guessed; where they are not, "3,95" is no target
  if (commaTarget(c)) return finding("meta/invalid", "warning", c.source, { ...at, args: { field: "target", comma: true } });
  if (thousandsTarget(c)) return finding("meta/invalid", "warning", c.source, { ...at, args: { field: "target", thousands: true } });
  if (parseTarget(framework, c.target)) return null;
  // "Kurang" is a predikat, but the lowest: it has no bound to reach, and "neither an index nor a predikat" was untrue
  const lowest = framework.bands.some((b) => b.min === null && namesBand(b, c.target.trim()));
  return finding("meta/invalid", "warning", c.source, { ...at, args: lowest ? { field: "target", lowest: true } : { field: "target" } });
}

/**
 * The target the latest year is judged against: `--target`, else the `target` cell of the latest
 * year that has one, a row with an index or one for a year to come (an RPJMD table's 2026 target
 * over its 2022 one); judged as its predikat is.
 */
function targetOf(
  latest: RankEntry,
  entries: readonly RankEntry[],
  targetRows: readonly TargetRow[],
  optionTarget: string | undefined,
  findings: Finding[],
): TrendTarget | null {
  const framework: Framework = latest.framework;
  const cells: {
    readonly tahun: number | null;
    readonly target: string;
    readonly source: string;
    readonly line: number | null;
    readonly column: number | null;
    readonly framework: Framework;
    readonly targetDecimalComma?: true;
  }[] = [
    ...entries.flatMap((e) =>
      e.target === null
        ? []
        : [
            {
              tahun: e.tahun,
              target: e.target,
              source: e.source,
              line: e.targetLine ?? e.line,
              column: e.targetColumn ?? null,
              framework: e.framework,
              ...(e.targetDecimalComma ? { targetDecimalComma: true as const } : {}),
            },
          ],
    ),
    // a row of a year to come has no framework of its own: its target is the latest year's to reach
    ...targetRows.map((t) => ({ ...t, column: t.column ?? null, framework })),
  ];
  // the latest year's; of one year, the row given last
  const fromColumn = cells.reduce<(typeof cells)[number] | undefined>((m, c) => (m === undefined || (c.tahun ?? -1) >= (m.tahun ?? -1) ? c : m), undefined);
  if (optionTarget === undefined) {
    // every cell the column has is the data's, each read as its own year reads it: one that is neither an
    // index nor a predikat is said, not only the one chosen (2019's "3,x" under a 2026 target went unsaid)
    for (const c of cells) {
      const said = targetCellFinding(c, c === fromColumn ? framework : c.framework);
      if (said) findings.push(said);
    }
  }
  // (the latest cell ambiguous: no target, as for one that is neither an index nor a predikat; "3.500" was read
  // as 3.50, "Target 3.50 reached", beside an index refused for the same text)
  if (optionTarget === undefined && fromColumn !== undefined && ambiguousTarget(fromColumn)) return null;
  const text = optionTarget ?? fromColumn?.target ?? null;
  if (text === null) return null;
  const parsed = parseTarget(framework, text);
  // --target was checked against the framework (targetRefusedBy, in `trend`); a cell is the data's, said above
  if (!parsed) return null;
  const basis = latest.basis;
  const byName = namesBand(parsed.band, text);
  const goal = targetJudged(parsed.value, basis);
  const standing = standingOf(latest);
  const reached = reachedBy(latest, parsed, byName);
  // the latest unbroken run of years that reached it: each year judged as its own is, back to a year
  // that fell short, a year missing from the inputs, one of another framework (the target is read in
  // the latest's), or one of another jenis, both known (a mandiri before official results): "reached
  // since 2022" cited an unverified mandiri of 2022 before two official results
  let since = latest.tahun!;
  if (reached) {
    const older = entries.filter((e) => e.tahun !== null && e.tahun < since).sort((a, b) => b.tahun! - a.tahun!);
    for (const e of older) {
      // as the table's § mark has it: both known and different (an unknown jenis is never guessed)
      const acrossJenis = e.jenis !== null && latest.jenis !== null && e.jenis !== latest.jenis;
      if (e.tahun !== since - 1 || e.framework.id !== framework.id || acrossJenis || !reachedBy(e, parsed, byName)) break;
      since = e.tahun;
    }
  }
  const gap = reached ? ZERO : sub(goal, judged(standing, basis));
  return {
    text,
    source: optionTarget !== undefined ? "option" : "column",
    value: targetShown(parsed.value),
    // a number's band read as it is judged (a predikat named stays that predikat)
    band: byName ? parsed.band : bandFor(framework, goal, basis),
    tahun: latest.tahun!,
    of: optionTarget === undefined && fromColumn?.tahun != null && fromColumn.tahun !== latest.tahun ? fromColumn.tahun : null,
    gap: gapShown(compare(gap, ZERO) < 0 ? ZERO : gap),
    reached,
    since: reached ? since : null,
    basis,
  };
}

/**
 * A year's index as a target is judged against it: a printed row under the exact basis gives the
 * least exact index its tiers allow, so that a target is said reached only when it surely is (its
 * predikat, derived the same way, must agree).
 */
const standingOf = (entry: RankEntry) => entry.exact ?? (entry.basis === "exact" ? entry.least : null) ?? entry.shown;

/** Whether a year reached the target, judged as its predikat is (under that year's basis). */
function reachedBy(entry: RankEntry, parsed: Target, byName: boolean): boolean {
  const framework = entry.framework;
  const basis = entry.basis;
  // a printed predikat is the ministry's word, read under the year's own rule: the band order decides,
  // unless --predikat-basis reads the year otherwise (Pacitan's "3.50 Baik" read as displayed is Sangat Baik)
  const ownRule = entry.tahun === null || chooseBasis(framework, entry.tahun).basis === basis;
  if (byName && entry.exact === null && ownRule) {
    const rankOf = (p: string) => framework.bands.findIndex((b) => b.predikat.toLowerCase() === p.toLowerCase());
    const own = rankOf(entry.predikat);
    return own >= 0 && own <= rankOf(parsed.band.predikat);
  }
  return compare(judged(standingOf(entry), basis), targetJudged(parsed.value, basis)) >= 0;
}
