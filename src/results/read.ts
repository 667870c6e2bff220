import { type Jenis, jenisOf } from "../assessment/jenis.js";
import { looksLikeThousands } from "../assessment/value.js";
import {
  countUnlisted,
  type Finding,
  type FindingCode,
  FindingSink,
  finding,
  MAX_FINDINGS_PER_CODE,
  type Omitted,
  type OmittedByCode,
  type OmittedCount,
  omittedFinding,
  sortFindings,
} from "../core/findings.js";
import { add, compare, div, fitsPlaces, mul, parseDecimal, type Rational, rational, roundHalfUp, sub, sum, toFixedHalfUp } from "../core/rational.js";
import { TAHUN, tahunOf } from "../core/tahun.js";
import { headerKey, namesBand, wordsKey } from "../core/words-key.js";
import { type Framework, withinYears } from "../frameworks/types.js";
import type { CsvRecord } from "../io/csv.js";
import type { Dialect } from "../io/table.js";
import { type Kategori, kategoriFromName, kategoriOf, nameKey } from "../rank/names.js";
import { bandAt, chooseBasis } from "../scoring/predikat.js";
import { ALIASES, roleColumn } from "./columns.js";
import { resultTiers, type Tier } from "./grid.js";

/**
 * Result tables: one row per instansi with its index, as the ministry publishes
 * them (`../data/nasional-*.csv`) or as a coordinator keeps them. Recognised by
 * their columns (an instansi and an index, no indicator rows); every row is
 * checked: tier values (domains, or aspects without a domain tier) in range and
 * on the grid whole levels allow, the index consistent with them, the predikat
 * consistent with the index under the year's predikat basis, blanks by cell.
 */
export interface ResultRow {
  readonly source: string;
  readonly line: number;
  readonly instansi: string;
  readonly tahun: number | null;
  readonly kategori: Kategori | null;
  readonly provinsi: string | null;
  readonly framework: Framework;
  /** the printed tier values, null where blank or unreadable */
  readonly tiers: readonly (Rational | null)[];
  /** the printed index (two decimals), null where blank or unreadable: such a row is not ranked */
  readonly index: Rational | null;
  /**
   * Where the exact index lies when every tier is printed and consistent with the index: what the
   * tiers' grid allows within the printed index's rounding (the index "3.50" of domains 4.70, 3.00,
   * 2.09, 3.94 can only be 3.4985). Null otherwise. A year whose predikat is read from the exact index
   * is judged by it (`entryFromResult`), as `validate` judges the printed predikat.
   */
  readonly exactRange: ExactRange | null;
  readonly predikat: string | null;
  readonly target: string | null;
  /**
   * A `target` read in a table whose commas are decimal: there "3.500" may be 3.5 or 3500, and trend takes
   * no such target (`RankEntry.targetDecimalComma`, as `Assessment.targetDecimalComma`). Absent otherwise.
   */
  readonly targetDecimalComma?: true;
  /** the `jenis` column's kind (mandiri or evaluasi), null without the column or a word it knows */
  readonly jenis: Jenis | null;
  /** the row has an error finding (an impossible tier, a mismatched index or predikat): still ranked by its printed index, with a note */
  readonly faulty: boolean;
  /** a tier the table has a column for is blank: ranked by its printed index too, with the same note */
  readonly incomplete: boolean;
  /**
   * Its findings past the per-code cap, which the file's `findings` does not list, by code and severity
   * (as `Assessment.unlisted`); absent when every one is listed.
   */
  readonly unlisted?: OmittedByCode;
}

/** From `low` to `high`; `high` itself included or not. */
export interface ExactRange {
  readonly low: Rational;
  readonly high: Rational;
  readonly highInclusive: boolean;
}

export interface ResultFile {
  /** tells a result table from an `AssessmentFile` where both are validated */
  readonly kind: "results";
  readonly file: string;
  /** the framework rows are read against unless their tahun or `kerangka` says another */
  readonly framework: Framework;
  readonly dialect: Dialect;
  readonly header: readonly string[] | null;
  readonly rows: readonly ResultRow[];
  readonly findings: readonly Finding[];
}

export { isResultFile } from "./is-result-file.js";

export interface ResultOptions {
  /** the framework to read rows against when neither a `kerangka` column nor the tahun says one */
  readonly framework: Framework;
  /** given with --framework: then the tahun does not choose */
  readonly explicit?: boolean | undefined;
  /** the bundled frameworks, for a `kerangka` column and for telling the framework by tahun */
  readonly frameworks?: readonly Framework[] | undefined;
}

/**
 * A printed number of a result table: an index, a tier or a target ("3.45", "3,45" where commas are decimal).
 * No leading zero, as a level has none (`LEVEL`): "03.50" was ranked as 3.50 without a word.
 */
const RESULT_NUMBER = /^(?:0|[1-9]\d{0,2})(?:[.,]\d{1,6})?$/;

/** Builds result rows as they arrive (`header`, `rows` in batches, `end`), like `AssessmentBuilder`. */
export class ResultBuilder {
  private readonly sink = new FindingSink(MAX_FINDINGS_PER_CODE);
  private readonly out: ResultRow[] = [];
  private header: readonly string[] | null = null;
  private dialect: Dialect | null = null;
  private col: Partial<Record<keyof typeof ALIASES, number>> = {};
  /** tier columns of each framework a row may be read against, by position in that framework's tiers */
  private tierColumns = new Map<Framework, (number | undefined)[]>();
  /** the cells already read without a finding, in tables of this one's decimal mark (`Memo`) */
  private memo: Memo = MEMO.point;

  constructor(
    private readonly file: string,
    private readonly options: ResultOptions,
  ) {}

  setHeader(header: CsvRecord, dialect: Dialect): void {
    this.header = header.cells;
    this.dialect = dialect;
    this.memo = dialect.decimalComma ? MEMO.comma : MEMO.point;
    const names = header.cells.map(headerKey);
    for (const role of Object.keys(ALIASES) as (keyof typeof ALIASES)[]) {
      const at = roleColumn(names, role);
      if (at !== undefined) this.col[role] = at;
    }
  }

  /** The column of each tier: `d1`…`d4` (`a1`… for aspects), "domain 1", or the tier's name or alias. */
  private tiersOf(framework: Framework): (number | undefined)[] {
    let cols = this.tierColumns.get(framework);
    if (cols) return cols;
    const names = (this.header ?? []).map(headerKey);
    const prefix = framework.domains.length > 0 ? ["d", "domain "] : ["a", "aspek "];
    cols = resultTiers(framework).map((t) => {
      const wanted = [...prefix.map((p) => wordsKey(`${p}${t.id}`)), wordsKey(t.name), ...t.aliases.map(wordsKey)];
      const at = names.findIndex((n) => wanted.includes(n));
      return at < 0 ? undefined : at;
    });
    this.tierColumns.set(framework, cols);
    return cols;
  }

  /**
   * A row of a comma file with one cell more than the header (empty cells at its end, as Excel writes
   * them, not counted), where a number's column holds 1–3 digits and the next cell one or two: a
   * decimal comma read as a delimiter ("3,55"), if joining them leaves every number's column a number.
   * The column, its header and the value as written; null for any other row (a stray note cell, "3"
   * before a year column, stays csv/ragged).
   */
  private splitDecimal(row: CsvRecord, framework: Framework | null): { column: number; field: string; value: string } | null {
    const header = this.header!;
    if (this.dialect!.delimiter !== ",") return null;
    let width = row.cells.length;
    while (width > header.length && row.cells[width - 1] === "") width--;
    if (width !== header.length + 1) return null;
    const numeric = [this.col.index, this.col.target, ...(framework ? this.tiersOf(framework) : [])].filter((c): c is number => c !== undefined);
    for (const c of numeric.sort((a, b) => a - b)) {
      const [whole, fraction] = [row.cells[c] ?? "", row.cells[c + 1] ?? ""];
      if (!/^\d{1,3}$/.test(whole) || !/^\d{1,2}$/.test(fraction)) continue;
      const joined = [...row.cells.slice(0, c), `${whole}.${fraction}`, ...row.cells.slice(c + 2, width)];
      if (numeric.every((n) => joined[n] === undefined || joined[n] === "" || RESULT_NUMBER.test(joined[n]!))) {
        return { column: c, field: header[c]!, value: `${whole},${fraction}` };
      }
    }
    return null;
  }

  rows(rows: readonly CsvRecord[]): void {
    if (!this.header) return;
    for (const r of rows) this.row(r);
  }

  private frameworkFor(row: CsvRecord, tahun: number | null): Framework | null {
    const { framework, explicit, frameworks = [] } = this.options;
    const named = this.cell(row, "framework");
    if (named !== null) {
      const found = [framework, ...frameworks].find((f) => f.id === named);
      if (!found) {
        this.add(
          finding("result/framework", "error", this.file, {
            line: row.line,
            column: this.col.framework! + 1,
            value: named,
            args: { known: [framework, ...frameworks].map((f) => f.id).join(", ") },
          }),
        );
        return null;
      }
      return found;
    }
    if (explicit || tahun === null) return framework;
    const inYears = (f: Framework) => f.years !== null && withinYears(f.years, tahun);
    return inYears(framework) ? framework : (frameworks.find(inYears) ?? framework);
  }

  private cell(row: CsvRecord, role: keyof typeof ALIASES): string | null {
    const at = this.col[role];
    if (at === undefined) return null;
    const text = row.cells[at];
    return text === undefined || text === "" ? null : text;
  }

  /** Whether the finding is listed (false: past the per-code cap, counted only). */
  private add(f: Finding): boolean {
    return this.sink.add(f);
  }

  /**
   * Rows with a target, a year and no index: an RPJMD table's years to come, if their year is later
   * than the instansi's latest index in the table. Known only at the end; read then, and nothing said
   * of them before.
   */
  private readonly toCome: CsvRecord[] = [];

  /** whether any row has an index cell filled (a table of targets alone has none: `end`) */
  private indexSeen = false;

  /** the provisional frameworks this file's rows were read against, said once each (`framework/provisional`) */
  private readonly provisionalSaid = new Set<string>();

  /** `held`: a row `toCome` held, read now as what the end found it to be: a year to come or not */
  private row(row: CsvRecord, held?: "to-come" | "not-to-come"): void {
    if (row.cells.every((c) => c === "")) return; // blank rows, as in assessments
    if (held === undefined && this.mayBeToCome(row)) {
      this.toCome.push(row);
      return;
    }
    const file = this.file;
    let faulty = false;
    let unlisted: Partial<Record<FindingCode, OmittedCount>> | null = null;
    const report = (f: Finding) => {
      if (f.severity === "error") faulty = true;
      if (this.add(f)) return;
      unlisted ??= {};
      countUnlisted(unlisted, f);
    };
    const at = (role: keyof typeof ALIASES) => ({ line: row.line, column: (this.col[role] ?? 0) + 1 });
    const blank = (role: keyof typeof ALIASES | number, field: string, required: boolean) =>
      report(
        finding("result/blank", required ? "error" : "warning", file, {
          line: row.line,
          column: (typeof role === "number" ? role : (this.col[role] ?? 0)) + 1,
          value: "",
          args: { field, required },
        }),
      );

    const instansi = this.cell(row, "instansi");
    if (instansi === null) blank("instansi", this.header![this.col.instansi!]!, true);
    const tahunRaw = this.cell(row, "tahun");
    const tahun = tahunRaw === null ? null : tahunOf(tahunRaw);
    if (tahunRaw !== null && tahun === null) report(finding("meta/invalid", "warning", file, { ...at("tahun"), value: tahunRaw, args: { field: "tahun" } }));
    const kategoriRaw = this.cell(row, "kategori");
    const kategori = kategoriRaw !== null ? kategoriOf(kategoriRaw) : instansi !== null ? kategoriFromName(instansi) : null;
    if (kategoriRaw !== null && kategori === null) report(finding("result/kategori", "warning", file, { ...at("kategori"), value: kategoriRaw }));
    const framework = this.frameworkFor(row, tahun);
    // "3,55" unquoted in a comma file is two cells, "3" and "55", and every column after it moves: the
    // index was read as 3.00, with a csv/ragged warning only (exit 0). Refused, as a level is
    const split = this.splitDecimal(row, framework);
    if (split) {
      report(
        finding("result/invalid", "error", file, {
          line: row.line,
          column: split.column + 1,
          value: split.value,
          args: { field: split.field, thousands: false, decimalComma: true },
        }),
      );
      return;
    }
    const number = (text: string | null, role: keyof typeof ALIASES | number, field: string): Rational | null => {
      if (text === null) return null;
      // where commas are decimal, "2.500" is a point before three digits: a thousands separator (2500) as
      // much as a decimal point, and never guessed, as for levels (`looksLikeThousands`)
      const thousands = this.dialect!.decimalComma && looksLikeThousands(text);
      const value = !thousands && RESULT_NUMBER.test(text) && (this.dialect!.decimalComma || !text.includes(",")) ? parseDecimal(text.replace(",", ".")) : null;
      if (value === null) {
        report(
          finding("result/invalid", "error", file, {
            line: row.line,
            column: (typeof role === "number" ? role : this.col[role]!) + 1,
            value: text,
            args: { field, thousands },
          }),
        );
      }
      return value;
    };

    const indexText = this.cell(row, "index");
    if (indexText !== null) this.indexSeen = true;
    const target = this.cell(row, "target");
    const jenisRaw = this.cell(row, "jenis");
    const jenis = jenisOf(jenisRaw);
    if (jenisRaw !== null && jenis === null) report(finding("meta/invalid", "warning", file, { ...at("jenis"), value: jenisRaw, args: { field: "jenis" } }));
    /** the row as kept, its fields of every row and what it has of its own */
    const keep = (own: Pick<ResultRow, "tiers" | "index" | "exactRange" | "predikat" | "incomplete">) => {
      if (instansi === null || framework === null) return;
      this.out.push({
        source: file,
        line: row.line,
        instansi,
        tahun,
        kategori,
        provinsi: this.cell(row, "provinsi"),
        framework,
        target,
        ...(target !== null && this.dialect!.decimalComma ? { targetDecimalComma: true as const } : {}),
        jenis,
        faulty,
        ...own,
        ...(unlisted ? { unlisted } : {}),
      });
    };
    // an RPJMD table's row for a year to come: its target, and no index yet. Not a fault and not
    // ranked; trend takes its target (`entriesOf`'s targets). It was an error, "cannot be ranked"
    if (held === "to-come") {
      keep({ tiers: [], index: null, exactRange: null, predikat: null, incomplete: false });
      return;
    }
    // a row read against a provisional framework's bands (not a year to come: its target is judged by
    // the latest index's framework): said once per file, as of an assessment file
    if (framework?.provisional && !this.provisionalSaid.has(framework.id)) {
      this.provisionalSaid.add(framework.id);
      this.add(finding("framework/provisional", "warning", file, { args: { framework: framework.id } }));
    }
    if (indexText === null) blank("index", this.header![this.col.index!]!, true);
    const indexField = this.header![this.col.index!]!;
    const indexMemo = framework === null ? null : memoOf(this.memo.indices, framework);
    let printedIndex = indexText === null ? undefined : indexMemo?.get(indexText);
    if (!printedIndex) {
      const read = number(indexText, "index", indexField);
      // an index no levels can give (99, 6.00, 0.5 where levels are 1–5) was ranked first, or last, without
      // a word: refused as a tier outside the range is, and so left unranked as an unreadable one is
      const inRange =
        read !== null && (framework === null || this.inLevelRange(read, framework, row.line, this.col.index! + 1, indexText!, indexField, report));
      printedIndex = inRange ? printedAs(read) : undefined;
      if (printedIndex && indexMemo) remember(indexMemo, indexText!, printedIndex);
    }
    const index = printedIndex?.value ?? null;
    const written = this.cell(row, "predikat");
    if (written === null && this.col.predikat !== undefined) blank("predikat", this.header![this.col.predikat]!, false);
    // a band's name in any case and spacing ("SANGAT  BAIK", Pemdi's "Melembaga") is that band's predikat, as
    // the framework writes it: rank counted "Baik" and "baik" apart, and "Sangat  Baik" was a mismatch
    const band = framework && written !== null ? framework.bands.find((b) => namesBand(b, written)) : undefined;
    const predikat = band?.predikat ?? written;
    const tiers: (Rational | null)[] = [];
    let exactRange: ExactRange | null = null;
    if (framework) {
      const columns = this.tiersOf(framework);
      const defs = resultTiers(framework);
      // the exact values each printed tier can stand for (the grid's, or what rounds to it), weighed
      const parts: (PrintedTier | null)[] = [];
      for (let k = 0; k < defs.length; k++) {
        const t = defs[k]!;
        const c = columns[k];
        const text = c === undefined ? "" : (row.cells[c] ?? "");
        if (c !== undefined && text === "") blank(c, this.header![c]!, false);
        let part: PrintedTier | null = null;
        let value: Rational | null = null;
        if (c !== undefined && text !== "") {
          const memo = memoOf(this.memo.tiers, t);
          part = memo.get(text) ?? null;
          if (part) value = part.value;
          else {
            const field = this.header![c]!;
            value = number(text, c, field);
            const bounds = value === null ? null : this.tierBounds(t, value, framework, row.line, c + 1, text, field, report);
            part = value === null || bounds === null ? null : weighed(value, bounds, tierShares(framework)[k]!);
            if (part) remember(memo, text, part);
          }
        }
        tiers.push(value);
        parts.push(part);
      }
      if (printedIndex) exactRange = this.checkIndex(row, framework, parts, printedIndex, tahun, predikat, report);
    }
    keep({
      tiers,
      index,
      exactRange,
      predikat,
      incomplete: framework !== null && this.tiersOf(framework).some((c) => c !== undefined && (row.cells[c] ?? "") === ""),
    });
  }

  /** A printed tier value: in the level range, on the grid; the exact values it stands for, or null when it is a fault. */
  private tierBounds(
    t: Tier,
    value: Rational,
    framework: Framework,
    line: number,
    column: number,
    text: string,
    field: string,
    report: (f: Finding) => void,
  ): Bounds | null {
    if (!this.inLevelRange(value, framework, line, column, text, field, report)) return null;
    const display = toFixedHalfUp(value, 2);
    if (t.grid) {
      const exact = t.grid.byDisplay.get(display);
      if (!exact) report(finding("result/off-grid", "error", this.file, { line, column, value: text, args: { field, tier: t.id } }));
      return exact ? { ...exact, maxInclusive: true } : null;
    }
    // fractional levels: anything that rounds to the printed value
    return { min: sub(value, HALF_CENT), max: addExclusive(value), maxInclusive: false };
  }

  /** Whether a printed tier or index lies within the framework's levels; a `result/out-of-range` error where not. */
  private inLevelRange(
    value: Rational,
    framework: Framework,
    line: number,
    column: number,
    text: string,
    field: string,
    report: (f: Finding) => void,
  ): boolean {
    const { min, max } = framework.levels;
    if (compare(value, rational(BigInt(min))) >= 0 && compare(value, rational(BigInt(max))) <= 0) return true;
    report(finding("result/out-of-range", "error", this.file, { line, column, value: text, args: { field, min, max } }));
    return false;
  }

  /**
   * The index against the tiers (within their rounding), the predikat against the index (under the
   * year's basis). Where the exact index lies, when the tiers tell more than the printed index; null
   * when they are not all printed or do not fit it.
   */
  private checkIndex(
    row: CsvRecord,
    framework: Framework,
    parts: readonly (PrintedTier | null)[],
    printedIndex: PrintedIndex,
    tahun: number | null,
    predikat: string | null,
    report: (f: Finding) => void,
  ): ExactRange | null {
    const file = this.file;
    const index = printedIndex.value;
    const asWritten = !fitsPlaces(index, 2);
    let { low, high, highInclusive } = printedIndex.range;
    let tiersKnown = false;
    if (parts.length > 0 && parts.every((p) => p !== null)) {
      // Σ(w·min)/Σw and Σ(w·max)/Σw, each tier's w/Σw · bound weighed once per printed value (`weighed`)
      const lo = sum(parts.map((p) => p!.low));
      const hi = sum(parts.map((p) => p!.high));
      const outside = asWritten
        ? compare(index, lo) < 0 || compare(index, hi) > 0
        : compare(index, roundHalfUp(lo, 2)) < 0 || compare(index, roundHalfUp(hi, 2)) > 0;
      if (outside) {
        report(
          finding("result/index-mismatch", "error", file, {
            line: row.line,
            column: (this.col.index ?? 0) + 1,
            value: toFixedHalfUp(index, 2),
            args: { low: toFixedHalfUp(lo, 2), high: toFixedHalfUp(hi, 2) },
          }),
        );
        return null;
      }
      // the exact index lies where both the tiers and the printed value allow
      if (compare(lo, low) > 0) low = lo;
      if (compare(hi, high) < 0) {
        high = hi;
        highInclusive = parts.every((p) => p!.bounds.maxInclusive);
      }
      tiersKnown = true;
    }
    const range = tiersKnown ? { low, high, highInclusive } : null;
    if (predikat === null) return range;
    // which bands the printed predikat may be, under the year's rule; with no year, under either
    const choice = tahun === null ? null : chooseBasis(framework, tahun);
    const basis = choice?.basis ?? null;
    // the bands each reading allows: the display's one; the exact index's, those its range spans
    const byDisplay = () => [bandAt(framework, printedIndex.shown).predikat];
    const byExact = () => bandsWithin(framework, { low, high, highInclusive });
    const allowed = new Set([...(basis !== "exact" ? byDisplay() : []), ...(basis !== "displayed" ? byExact() : [])]);
    if (!allowed.has(predikat)) {
      const assumed = choice?.source === "default";
      // a year without evidence of its rule is judged by the framework's assumed default (the latest
      // practice): a predikat the other basis gives is no fault then, only a sign the year may have
      // read it otherwise, said as a warning (the reference: "tell the user when the two rules give
      // different bands"). A 2022 "3.50 Sangat Baik" of domains that allow only 3.4985 was an error, exit 1
      const other = basis === "exact" ? byDisplay() : basis === "displayed" ? byExact() : [];
      const otherFits = assumed && choice.assumed && other.includes(predikat);
      report(
        finding("result/predikat-mismatch", otherFits ? "warning" : "error", file, {
          line: row.line,
          column: (this.col.predikat ?? 0) + 1,
          value: this.cell(row, "predikat"),
          // "the 2019 rule" only where 2019 has one; otherwise the default the framework assumes for years without evidence
          args: {
            expected: [...allowed],
            index: toFixedHalfUp(index, 2),
            basis: basis ?? "either",
            year: tahun,
            assumed,
            ...(otherFits ? { otherBasisFits: true } : {}),
          },
        }),
      );
    }
    return range;
  }

  /** Whether a row gives nothing but who it is, when, and a target: any other cell filled (a domain, a predikat) is a result's. */
  private onlyTarget(row: CsvRecord): boolean {
    const { instansi, tahun, target, kategori, provinsi, framework, jenis } = this.col;
    const who = new Set([instansi, tahun, target, kategori, provinsi, framework, jenis]);
    return row.cells.every((cell, i) => who.has(i) || cell.trim() === "");
  }

  private mayBeToCome(row: CsvRecord): boolean {
    const tahun = this.cell(row, "tahun");
    return this.cell(row, "index") === null && this.cell(row, "target") !== null && this.cell(row, "instansi") !== null && tahun !== null && TAHUN.test(tahun);
  }

  end(read: { readonly dialect: Dialect; readonly findings: readonly Finding[]; readonly omittedFindings: Omitted }): ResultFile {
    if (this.toCome.length > 0) {
      // a year to come is one after the instansi's latest index in the table; any other blank index
      // (its own year, or an instansi with no index at all) is the fault it always was. A table with no
      // index at all, and nothing but who, when and the target in any row, is a table of targets (the
      // README's `trend rpjmd.csv --nasional 2023,2024`), to be read with results from elsewhere: every row
      // of it is a target (it was "cannot be ranked", exit 1). One with domains or a predikat filled is a
      // results table whose indices were forgotten: its blank indices stay faults
      const targetsOnly = !this.indexSeen && this.toCome.every((r) => this.onlyTarget(r));
      const latest = new Map<string, number>();
      for (const r of this.out)
        if (r.index !== null && r.tahun !== null) latest.set(nameKey(r.instansi), Math.max(r.tahun, latest.get(nameKey(r.instansi)) ?? r.tahun));
      for (const record of this.toCome) {
        const last = latest.get(nameKey(this.cell(record, "instansi")!));
        this.row(record, targetsOnly || (last !== undefined && Number(this.cell(record, "tahun")) > last) ? "to-come" : "not-to-come");
      }
    }
    for (const f of read.findings) this.add(f);
    this.sink.carry(read.omittedFindings);
    const findings = sortFindings(this.sink.kept);
    const omitted = omittedFinding(this.file, this.sink.omitted);
    if (omitted) findings.push(omitted);
    return { kind: "results", file: this.file, framework: this.options.framework, dialect: read.dialect, header: this.header, rows: this.out, findings };
  }
}

/**
 * Where the exact index behind a printed one lies, by the printed value alone: an index printed with
 * more than two decimals ("4.1999", a table of one's own) is the exact index itself; a two-decimal one
 * stands for half a hundredth either side, its upper edge exclusive (x.xx5 rounds up).
 */
export function printedRange(index: Rational): ExactRange {
  const asWritten = !fitsPlaces(index, 2);
  return asWritten ? { low: index, high: index, highInclusive: true } : { low: sub(index, HALF_CENT), high: addExclusive(index), highInclusive: false };
}

/** The predikat of an exact index anywhere in `range`: one, or two where the range straddles a band's edge. */
export function bandsWithin(framework: Framework, range: ExactRange): string[] {
  const { low, high, highInclusive } = range;
  const lowest = bandAt(framework, low).predikat;
  const highest = bandAt(framework, highInclusive || compare(high, low) <= 0 ? high : sub(high, EPSILON)).predikat;
  return lowest === highest ? [lowest] : [lowest, highest];
}

/** The exact values a printed tier may stand for: from `min` to `max`, `max` itself included or not. */
interface Bounds {
  readonly min: Rational;
  readonly max: Rational;
  readonly maxInclusive: boolean;
}

/** A printed index that raised no finding, as `checkIndex` reads it: its value, its range, its display's value. */
interface PrintedIndex {
  readonly value: Rational;
  readonly range: ExactRange;
  readonly shown: Rational;
}

const printedAs = (value: Rational): PrintedIndex => ({ value, range: printedRange(value), shown: roundHalfUp(value, 2) });

/**
 * A printed tier that raised no finding: its value, its bounds, and the bounds' parts of the index,
 * weighed by the tier's share of the weights (w/Σw · min, w/Σw · max), which `checkIndex` adds up.
 */
interface PrintedTier {
  readonly value: Rational;
  readonly bounds: Bounds;
  readonly low: Rational;
  readonly high: Rational;
}

const weighed = (value: Rational, bounds: Bounds, share: Rational): PrintedTier => ({
  value,
  bounds,
  low: mul(share, bounds.min),
  high: mul(share, bounds.max),
});

const shares = new WeakMap<Framework, readonly Rational[]>();

/** Each result tier's weight over the tiers' total (`resultTiers`), made once per framework (the total was summed on every row). */
function tierShares(framework: Framework): readonly Rational[] {
  let known = shares.get(framework);
  if (!known) {
    const tiers = resultTiers(framework);
    const total = sum(tiers.map((t) => t.weight));
    known = tiers.map((t) => div(t.weight, total));
    shares.set(framework, known);
  }
  return known;
}

/**
 * Index and tier cells already read without a finding, by framework or tier and text (`remember`), apart
 * for tables whose commas are decimal ("3,50" is a number there, "2.500" none). A national table prints
 * each value hundreds of times (2024's 3 072 tier and index cells hold 523 texts), and another year's
 * table the same again: parsing, range and grid checks and weighing each anew were most of reading it.
 * Shared by every table, so that equal cells are one rational (`displayOf` in rank/entry.ts knows it).
 * Reading both national tables and making their entries, in process: 39 → 10 ms with the rest of the change.
 * Keyed weakly: a framework read from a file takes its memo with it when it goes.
 */
interface Memo {
  readonly indices: WeakMap<Framework, Map<string, PrintedIndex>>;
  readonly tiers: WeakMap<Tier, Map<string, PrintedTier>>;
}

const MEMO: { readonly point: Memo; readonly comma: Memo } = {
  point: { indices: new WeakMap(), tiers: new WeakMap() },
  comma: { indices: new WeakMap(), tiers: new WeakMap() },
};

/** The memo of one framework's indices or one tier's values (`Memo`). */
function memoOf<K extends object, V>(memos: WeakMap<K, Map<string, V>>, key: K): Map<string, V> {
  let memo = memos.get(key);
  if (!memo) {
    memo = new Map();
    memos.set(key, memo);
  }
  return memo;
}

/**
 * A cell's text read without a finding, kept for the rows that print it again: only such, as a finding
 * names its row and is said on every row it occurs (test/results.test.ts). Bounded, and emptied when
 * full rather than closed: a table of one's own may print every value differently ("3.5", "3.50",
 * "3.500001"), and a memo that stopped taking texts kept those for the life of the process (20 MB for
 * 5 000 texts in each of a framework's maps, in a library that lives on) and never the next table's.
 */
function remember<V>(memo: Map<string, V>, text: string, value: V): void {
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(text, value);
}

/** a national table's index or tier column prints a few hundred texts (2024's 3 072 cells hold 523 in all) */
const MAX_REMEMBERED = 1024;

const HALF_CENT = rational(1n, 200n);
/** a hair: the greatest value below an exclusive upper edge, for reading its band */
const EPSILON = rational(1n, 10n ** 12n);
/** the exclusive upper end of what rounds (half up) to a printed two-decimal value */
const addExclusive = (value: Rational) => add(value, HALF_CENT);
