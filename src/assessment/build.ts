import { detach } from "../core/detach.js";
import { editDistance } from "../core/edit-distance.js";
import {
  countUnlisted,
  type Finding,
  type FindingArgs,
  type FindingCode,
  FindingSink,
  finding,
  isError,
  MAX_FINDINGS_PER_CODE,
  type NamedAs,
  type Omitted,
  type OmittedByCode,
  type OmittedCount,
  omittedFinding,
  sortFindings,
} from "../core/findings.js";
import { FrozenMap } from "../core/freeze.js";
import { type Rational, rational } from "../core/rational.js";
import { tahunOf } from "../core/tahun.js";
import { wordsKey } from "../core/words-key.js";
import { type Framework, type Indicator, withinYears } from "../frameworks/types.js";
import { type CsvRecord, LANE_CELLS, type PlainLane } from "../io/csv.js";
import { cellIs, filled, oneDigit, smallWholeNumber } from "../io/plain-cells.js";
import { type Dialect, type Table, type TableReader, tableWide, titleReach } from "../io/table.js";
import { isResultHeader } from "../results/columns.js";
import { type ColumnMap, type ColumnMatch, candidates, findColumn, hasRole, matchColumns, nameColumn, sideBySideColumns } from "./columns.js";
import { detectMismatch } from "./detect.js";
import { NO_EVIDENCE_LONGEST, noEvidence } from "./evidence.js";
import { type Headings, headingsOf, isHeading, namedOtherThan, nameWords } from "./headings.js";
import { decoratedId, indicatorsByName, misnamedId, namedId, nameOnly, oneCellHeader, repeatsHeader, wordedLevel, writtenOtherwise } from "./hints.js";
import { jenisOf } from "./jenis.js";
import { type LegendRow, type LevelNames, legendInAnyColumn, legendRow, legendTitle, levelNamesOf } from "./legend.js";
import { labelColumns, summaryLabel } from "./summary.js";
import { type LevelParts, looksLikeThousands, parseLevelParts, tooPrecise } from "./value.js";

export interface IndicatorValue {
  readonly indicator: Indicator;
  readonly value: Rational;
  readonly raw: string;
  readonly line: number;
  readonly evidence: string | null;
  readonly note: string | null;
  readonly owner: string | null;
}

/**
 * The levels of a lean assessment, by indicator position in framework order:
 * the level at a position is `numer(position) / 10^places(position)`, NaN where
 * the file gave no valid level. A build keeps them as one 16-bit code per level
 * in arrays shared by 512 assessments (`Slab`): the levels of a national file's
 * twenty thousand assessments take a few megabytes, where IndicatorValue
 * objects (with their notes) would take hundreds.
 */
export interface LeanLevels {
  /** the framework's indicator count */
  readonly length: number;
  numer(position: number): number;
  places(position: number): number;
}

/** One instansi's assessment for one year and one kind, read from (part of) one file. */
export interface Assessment {
  readonly source: string;
  readonly instansi: string | null;
  readonly tahun: number | null;
  /** "mandiri" or "evaluasi" when recognised, else the text as written, else null */
  readonly jenis: string | null;
  /** the instansi's category and province where the file says them (rank, standing) */
  readonly kategori: string | null;
  readonly provinsi: string | null;
  /** a `target` cell as written (trend), or null */
  readonly target: string | null;
  /** the line of the row `target` was read from (its first row with one), or null without a target */
  readonly targetLine: number | null;
  /**
   * A `target` read in a file whose commas are decimal: there "3.500" may be 3.5 or 3500, and trend takes
   * no such target (`RankEntry.targetDecimalComma`). Absent otherwise.
   */
  readonly targetDecimalComma?: true;
  /** the line the assessment's first row is on */
  readonly line: number;
  readonly framework: Framework;
  /** lean builds only (rank, trend): the levels as scaled integers; `values` and `rowLines` are then empty */
  readonly levels: LeanLevels | null;
  /** by indicator id, in framework order */
  readonly values: ReadonlyMap<string, IndicatorValue>;
  /** the line of each indicator's row, valid value or not: which indicators the file names at all */
  readonly rowLines: ReadonlyMap<string, number>;
  /** findings about this assessment's rows (file-wide ones live on the file result) */
  readonly findings: readonly Finding[];
  /** true when neither it nor its file has an error: only then is it scored */
  readonly valid: boolean;
  /**
   * Its findings past the per-code cap (`file/too-many-findings`), which `findings` does not list: how many
   * errors and warnings of each code. Absent when every one is listed. JUnit marks the testcases they may
   * concern unknown; `--ignore` takes its codes' warnings out, as it does the file's count.
   */
  readonly unlisted?: OmittedByCode;
}

export interface AssessmentFile {
  readonly file: string;
  /** the framework the file was read against (every assessment in it has the same) */
  readonly framework: Framework;
  /** how the file was read */
  readonly dialect: Dialect;
  /** the header's cells, or null when no row could be read at all */
  readonly header: readonly string[] | null;
  /**
   * The table it was built from, when built from a whole table (`buildAssessments`):
   * a one-file diff reads it again through each value column. Absent for a
   * streaming build, which never holds the rows.
   */
  readonly table?: Table | undefined;
  readonly assessments: readonly Assessment[];
  /** every finding of the file, file-wide and per assessment, in line order */
  readonly findings: readonly Finding[];
}

export interface BuildOptions {
  /** read values from this column (header name) instead of the value column, for side-by-side diff files */
  readonly valueColumn?: string | undefined;
  /**
   * The other frameworks the file might belong to (the CLI passes the bundled
   * ones): a file whose ids fit another better is refused with one
   * `framework/mismatch` finding rather than dozens of unknown and missing rows.
   * Or a function that gives them, called only for a file that does not fit
   * its framework (the CLI passes `builtinFrameworks`, so that a file that
   * fits never builds the other two).
   */
  readonly alternatives?: readonly Framework[] | (() => readonly Framework[]) | undefined;
  /** the framework was chosen explicitly (--framework): then only ids that do not fit it are refused */
  readonly explicit?: boolean | undefined;
  /** keep levels as scaled integers and drop evidence, notes and owners (rank and trend over national files) */
  readonly lean?: boolean | undefined;
}

// shared by every lean assessment, so refusing a change (core/freeze.ts): a caller's `values.set` reached
// every later lean read of the process
const NO_VALUES: ReadonlyMap<string, IndicatorValue> = new FrozenMap<string, IndicatorValue>([]);
const NO_LINES: ReadonlyMap<string, number> = new FrozenMap<string, number>([]);
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Rows held to choose the indicator column and to tell the framework by, before any is read for good. */
const SAMPLE_ROWS = 2000;
/** A footnote's number before its words: "1) diisi sesuai bukti dukung", "2. Nilai tingkat 1-5" (not "4a", "12 (Layanan)"). */
const FOOTNOTE = /^\s*\d{1,2}[.)]\s+\p{L}+\s+\p{L}/u;

/**
 * How many of an assessment's rows named as another indicator make its sheet shifted rather than a row
 * mistyped (indicator/misaligned): half of them, and at least 2 (a framework of one's own may have 4
 * indicators: at "5 at least" four rows in reverse order were never said).
 */
const misalignedAt = (rows: number): number => Math.max(2, Math.ceil(rows / 2));

/** Incomplete assessments of a file looked at for one split in two by a cell (`saySplit`): a hostile file has a million. */
const SPLIT_SEARCH = 1000;

/** More missing indicators than this are said in one finding ("1–10, 12, 40–47") rather than one each. */
const MISSING_ONE_BY_ONE = 3;

/** Rows → validated assessments, one per distinct (instansi, tahun, jenis). Never throws. */
export function buildAssessments(table: Table, framework: Framework, options: BuildOptions = {}): AssessmentFile {
  const b = new AssessmentBuilder(table.file, framework, options);
  if (table.header) b.header(table.header, table.dialect);
  b.rows(table.rows);
  return { ...b.end(table), table };
}

/** What `AssessmentBuilder.end` needs from the reader: how the file was read, and its own findings. */
export interface ReadEnd {
  readonly dialect: Dialect;
  readonly findings: readonly Finding[];
  readonly omittedFindings: Omitted;
}

/**
 * What an assessment's rows say of it beyond its name, year and kind: set only in a file with those
 * columns, and there on (nearly) every assessment.
 */
interface Said {
  kategori: string | null;
  provinsi: string | null;
  target: string | null;
  /** the line `target` was read from: not `line` where the first row's target cell is blank */
  targetLine: number | null;
}

/** What an assessment's findings need: set only where a finding was said or a row refused. */
interface Refused {
  /** null until the first (most assessments of a national file have none) */
  findings: Finding[] | null;
  /** indicators whose absence a finding has already explained (the parts of a bare "35", the "1" of a refused "1.") */
  explained: Set<string> | null;
  /**
   * null until one of its rows is refused as no indicator's (indicator/blank, unknown, needs-parts);
   * then whether every such row read as a summary row ("Total", "Rata-rata") or repeated the header
   * row: see `withoutStrays`
   */
  summaryOnly: boolean | null;
  /** the first level refused as a fraction of a whole-number framework ("2,5"), as written: see `fits` */
  fraction: string | null;
}

/**
 * One assessment while its rows arrive (rows of one assessment need not be together). A lean build
 * holds every one until the file ends (a national file's 20 000), and eight of its fields stay null in
 * nearly every one: they are accessors on the prototype, kept in two objects of their own (`Said`,
 * `Refused`), each made the first time one of its fields is set to something other than null. Read as
 * fields; 136 bytes a group where 20 fields were 184 (a file with a kategori, provinsi or target column
 * makes a `Said` for each: 192). Written out, not defined in a loop: each stays a load the lane's
 * per-row checks inline.
 */
class Group {
  hasError = false;
  /** the assessment whose row came after one of this one's, the last time another came: see `group` */
  next: Group | null = null;
  private said: Said | null = null;
  private refused: Refused | null = null;

  constructor(
    readonly instansi: string | null,
    /** the name's cell as written, for the rows that follow (`instansi` has its spaces made one) */
    readonly written: string | null,
    readonly tahunRaw: string | null,
    readonly jenisRaw: string | null,
    readonly tahun: number | null,
    readonly jenis: string | null,
    readonly line: number,
    /**
     * Where this assessment's per-indicator slots are, from `base` on: the line of each indicator's
     * row, and in a lean build its level. Shared by 512 assessments: one set of arrays, no typed
     * array (~100 bytes) each.
     */
    readonly store: SlabStore,
    readonly base: number,
    readonly values: Map<string, IndicatorValue> | null,
  ) {}

  private setSaid<K extends keyof Said>(key: K, value: Said[K]): void {
    // null is what every field reads as before: a row without a kategori cell sets null, and makes nothing
    if (value === null && this.said === null) return;
    this.said ??= { kategori: null, provinsi: null, target: null, targetLine: null };
    this.said[key] = value;
  }

  private setRefused<K extends keyof Refused>(key: K, value: Refused[K]): void {
    if (value === null && this.refused === null) return;
    this.refused ??= { findings: null, explained: null, summaryOnly: null, fraction: null };
    this.refused[key] = value;
  }

  get kategori(): string | null {
    return this.said === null ? null : this.said.kategori;
  }
  set kategori(value: string | null) {
    this.setSaid("kategori", value);
  }
  get provinsi(): string | null {
    return this.said === null ? null : this.said.provinsi;
  }
  set provinsi(value: string | null) {
    this.setSaid("provinsi", value);
  }
  get target(): string | null {
    return this.said === null ? null : this.said.target;
  }
  set target(value: string | null) {
    this.setSaid("target", value);
  }
  get targetLine(): number | null {
    return this.said === null ? null : this.said.targetLine;
  }
  set targetLine(value: number | null) {
    this.setSaid("targetLine", value);
  }
  get findings(): Finding[] | null {
    return this.refused === null ? null : this.refused.findings;
  }
  set findings(value: Finding[] | null) {
    this.setRefused("findings", value);
  }
  get explained(): Set<string> | null {
    return this.refused === null ? null : this.refused.explained;
  }
  set explained(value: Set<string> | null) {
    this.setRefused("explained", value);
  }
  get summaryOnly(): boolean | null {
    return this.refused === null ? null : this.refused.summaryOnly;
  }
  set summaryOnly(value: boolean | null) {
    this.setRefused("summaryOnly", value);
  }
  get fraction(): string | null {
    return this.refused === null ? null : this.refused.fraction;
  }
  set fraction(value: string | null) {
    this.setRefused("fraction", value);
  }
}

/**
 * Builds assessments from rows as they arrive (`header`, then `rows` in
 * batches, then `end`), so a file never has to be held whole: only each
 * assessment's levels are kept, as IndicatorValues for `score`, or as scaled
 * integers in a lean build. The first rows are held back until there are
 * enough to choose the indicator column and to tell the file's framework by.
 */
export class AssessmentBuilder {
  private readonly sink: FindingSink;
  /**
   * The assessments by instansi (null: a file without the column): usually one each, kept as is;
   * where a file holds an instansi's years or kinds, by tahun as written and jenis in any case.
   * Keyed by the name the group keeps anyway, rather than by a key string of all three made for
   * each (a national file has 20 000), and every lookup a map's: a file of 30 000 years of one
   * instansi (or without the column) stays linear.
   */
  private readonly groups = new Map<string | null, Group | ByYear>();
  /** every group in the order its first row came: the order of the assessments */
  private order: Group[] = [];
  /** the groups with findings past the cap, and how many of each code and severity (`Assessment.unlisted`) */
  private readonly unlisted = new Map<Group, Partial<Record<FindingCode, OmittedCount>>>();
  /**
   * The rows of each assessment named as another indicator than their number (indicator/name-mismatch),
   * and the first one's line: past `misalignedAt` the sheet is shifted, not a row (`assessment`).
   */
  private readonly shifted = new Map<Group, { count: number; readonly line: number }>();
  /** 2018's "35" rows without a level, by assessment: headings over 35.1–35.3, or, when none of those came, the row they should have been */
  private readonly partsHeadings = new Map<Group, { readonly line: number; readonly column: number; readonly id: string }>();
  private last: Group | null = null;
  /** the groups `assessment` found without a row for some indicator, for `saySplit` */
  private incomplete: Group[] = [];
  /**
   * The last cell `isNote` judged, and its verdict: a hostile file of a million note rows asked each
   * the three hints again (40 % slower).
   */
  private lastNote: { readonly text: string; readonly note: boolean } | null = null;
  private sample: CsvRecord[] | null = [];
  private headerRecord: CsvRecord | null = null;
  private dialect: Dialect | null = null;
  private map: ColumnMap = {};
  private indicatorColumn: ColumnMatch | undefined;
  /** the header's columns that may hold the indicator, found once (a hostile header has a million) */
  private indicatorCandidates: readonly ColumnMatch[] | null = null;
  private valueColumn: ColumnMatch | undefined;
  /** the header already has an indicator name twice (column/ambiguous): its rows are not said again */
  private indicatorAmbiguous = false;
  /** false once the header or the framework check says no row can be read */
  private reading = false;
  /** the other frameworks' indicators as the regulation counts them ("35" for 2018's 35.1–35.3), once asked (`fits`) */
  private otherIds: readonly { readonly framework: Framework; readonly coded: boolean; readonly ids: ReadonlySet<string> }[] | null = null;
  /** what a row without a level is a section heading by (`isHeading`), once the indicator column is chosen */
  private headings: Headings | null = null;
  /** the column of the indicators' names (`nameColumn`), once the indicator column is chosen: -1 for none */
  private nameIndex = -1;
  /**
   * The name cell `checkName` last judged for each indicator, by position, and its verdict: a national
   * file names an indicator the same way (in capitals, say) in 20 000 assessments, and judging each
   * again tripled the time of a million rows; comparing with the last costs what the fast path does.
   */
  private readonly judgedNames: { readonly name: string; readonly named: NamedAs | null }[] = [];
  /** the line of the last row that repeated the header row (a second sheet pasted below), for the duplicates after it */
  private repeatedHeader: number | null = null;
  /** a header without the indicator or level column: its findings, held while the rows below are looked at */
  private headerless: { readonly missing: Finding[]; seen: number; wide: boolean } | null = null;
  private fileError = false;
  private lookup: (raw: string) => Indicator | undefined = () => undefined;
  private lookupExcluded: (raw: string) => Indicator | undefined = () => undefined;
  private readonly position: Map<string, number>;
  private readonly parts: Map<string, Indicator[]>;
  private readonly slab: Slab;
  /** the framework's indicators by their names' words, once a refused cell is asked whether it is one's name */
  private byName: ReadonlyMap<string, Indicator | null> | null = null;
  /** whether the framework's indicators have codes (Pemdi "1.1"): a refused "01" is then no indicator 1 (`writtenOtherwise`) */
  private readonly coded: boolean;

  constructor(
    private readonly file: string,
    private readonly framework: Framework,
    private readonly options: BuildOptions = {},
  ) {
    // every finding of the file passes through one sink, so a hostile file cannot make millions of them
    this.sink = new FindingSink(MAX_FINDINGS_PER_CODE);
    this.position = new Map(framework.indicators.map((ind, i) => [ind.id, i]));
    this.slab = new Slab(framework.indicators.length, options.lean === true);
    this.coded = framework.indicators.some((i) => i.code !== null);
    this.parts = new Map();
    for (const ind of framework.indicators) if (ind.partOf) this.parts.set(ind.partOf, [...(this.parts.get(ind.partOf) ?? []), ind]);
    if (framework.provisional) this.fileFinding(finding("framework/provisional", "warning", file, { args: { framework: framework.id } }));
  }

  /** the framework's indicators by their names' words, made the first time a refused cell is asked (`nameOnly`) */
  private indicatorsByName(): ReadonlyMap<string, Indicator | null> {
    this.byName ??= indicatorsByName(this.framework);
    return this.byName;
  }

  private fileFinding(f: Finding): void {
    if (isError(f)) this.fileError = true;
    this.sink.add(f);
  }

  header(header: CsvRecord, dialect: Dialect): void {
    const file = this.file;
    this.headerRecord = header;
    this.dialect = dialect;
    const headerLine = header.line;
    const matched = matchColumns(header.cells);
    this.map = matched.map;
    for (const a of matched.ambiguous) {
      // a value column named by the caller (--columns) is the one read, whatever else the header holds
      if (a.kind === "aliases" && a.role === "value" && this.options.valueColumn !== undefined) continue;
      if (a.role === "indicator") this.indicatorAmbiguous = true;
      this.fileFinding(ambiguousFinding(file, headerLine, a));
    }
    this.valueColumn = this.options.valueColumn !== undefined ? findColumn(header.cells, this.options.valueColumn) : this.map.value;
    // a file of another shape (our own CSV exports, a side-by-side diff input) is said as what it is,
    // instead of "no level column" and a row of unknown indicators
    const shape = this.options.valueColumn === undefined ? recogniseShape(header.cells, this.map.value !== undefined) : null;
    if (shape) {
      this.fileFinding(finding("file/not-assessment", "error", file, { line: headerLine, args: { kind: shape } }));
      return;
    }
    // what the header holds, so a missing column's message can say what is there instead
    const found = header.cells.slice(0, 12);
    const { delimiter, quoted } = oneCellHeader(found, dialect);
    const indicatorCandidates = candidates(header.cells, "indicator");
    this.indicatorCandidates = indicatorCandidates;
    const missing: Finding[] = [];
    if (indicatorCandidates.length === 0) {
      missing.push(finding("column/missing", "error", file, { line: headerLine, args: { role: "indicator", found, delimiter, quoted, below: null } }));
    }
    if (!this.valueColumn) {
      const role = this.options.valueColumn !== undefined ? { role: "named" as const, name: this.options.valueColumn } : { role: "value" as const };
      missing.push(finding("column/missing", "error", file, { line: headerLine, args: { ...role, found, delimiter, quoted, below: null } }));
    }
    // said once the rows below are seen: a title row above the table ("PENILAIAN MANDIRI SPBE …") is
    // read as the header, and the message can then say where the header seems to be
    if (missing.length > 0) this.headerless = { missing, seen: 0, wide: tableWide(header.cells) };
    this.reading = indicatorCandidates.length > 0 && this.valueColumn !== undefined;
    this.lookup = indicatorLookup(this.framework.indicators, dialect.decimalComma);
    this.lookupExcluded = indicatorLookup(this.framework.excluded, dialect.decimalComma);
  }

  rows(rows: readonly CsvRecord[]): void {
    if (this.headerless) this.lookForHeader(rows);
    if (!this.reading) return;
    if (this.sample) {
      for (const r of rows) this.sample.push(r);
      if (this.sample.length >= SAMPLE_ROWS) this.decide();
      return;
    }
    for (const r of rows) this.row(r);
  }

  /**
   * Gives `reader` this builder's lane once it has one (`lane`): true then, and from there on the lines
   * the lane takes go to it straight from the text, and the rows read before each line it is offered to
   * `deliver` first. False while it has none (not yet, or never: a full build).
   */
  laneInto(reader: TableReader, deliver: (rows: CsvRecord[]) => void): boolean {
    const lane = this.lane();
    if (lane === null) return false;
    reader.useLane(lane, deliver);
    return true;
  }

  /**
   * A lean build's reading of a line straight from the text (`TableReader.useLane`), once the rows are
   * read one by one (the indicator column chosen, the framework checked); null before, and for a full
   * build. It takes only the line `row` would read without a word and without a new assessment: the
   * last row's instansi, tahun and jenis, an indicator by its number, a level of one digit, a name cell
   * blank or the indicator's own, nothing for a kategori, provinsi or target not yet known, nothing
   * missing that a warning asks for (`evidence/missing`), no duplicate; with every cell it reads its
   * own trim (`plain-cells.ts`). Any other line it declines, and `row` reads it: so the two cannot
   * differ in what they make of a line, and a national file's million rows (an assessment's 46 after
   * its first) cost no record, no cell array and no string each (README, Kinerja).
   */
  lane(): Omit<PlainLane, "before"> | null {
    if (!this.options.lean || !this.reading || this.sample !== null || this.headerless !== null) return null;
    const header = this.headerRecord;
    const id = this.indicatorColumn;
    const value = this.valueColumn;
    if (!header || !id || !value) return null;
    const width = header.cells.length;
    if (width > LANE_CELLS) return null;
    const at = (c: ColumnMatch | undefined) => (c === undefined ? -1 : c.index);
    const instansi = at(this.map.instansi);
    const tahun = at(this.map.tahun);
    const jenis = at(this.map.jenis);
    const kategori = at(this.map.kategori);
    const provinsi = at(this.map.provinsi);
    const target = at(this.map.target);
    const evidence = at(this.map.evidence);
    const idAt = id.index;
    const valueAt = value.index;
    const nameAt = this.nameIndex;
    // what `lookup` and `parseLevelParts` make of "1"…"999" and "0"…"9", asked once
    const byNumber: (Indicator | undefined)[] = [];
    const slotOf: number[] = [];
    for (let n = 1; n < 1000; n++) {
      const indicator = this.lookup(String(n));
      if (indicator === undefined) continue;
      byNumber[n] = indicator;
      slotOf[n] = this.position.get(indicator.id)!;
    }
    const levels = Array.from({ length: 10 }, (_, d) => parseLevelParts(String(d), this.framework, this.dialect!.decimalComma));
    const of = (text: string, bounds: Int32Array, group: Group): boolean =>
      cellIs(text, bounds, instansi, group.written) && cellIs(text, bounds, tahun, group.tahunRaw) && cellIs(text, bounds, jenis, group.jenisRaw);
    // whether the line taken before went to the assessment after its own: then this one is asked of the
    // next first too (a file sorted by indicator), else of the last row's first (a hint: both are exact)
    let turning = false;
    const take = (text: string, bounds: Int32Array, line: number): boolean => {
      // (a lean build's groups keep no values: their levels go to the slab)
      const last = this.last;
      if (last === null) return false;
      // the last row's assessment, or the one that came after it the time before, as `group` tries them
      // (a file sorted by indicator: every row another assessment's, and every one declined before)
      const next = last.next;
      let group: Group;
      if (turning && next !== null && of(text, bounds, next)) group = next;
      else if (of(text, bounds, last)) group = last;
      else if (!turning && next !== null && of(text, bounds, next)) group = next;
      else return false;
      // a cell that gives the assessment its kategori, provinsi or target (the first given is kept) is `row`'s
      if (kategori >= 0 && group.kategori === null && filled(text, bounds, kategori) !== 0) return false;
      if (provinsi >= 0 && group.provinsi === null && filled(text, bounds, provinsi) !== 0) return false;
      if (target >= 0 && group.target === null && filled(text, bounds, target) !== 0) return false;
      const n = smallWholeNumber(text, bounds, idAt);
      const indicator = byNumber[n];
      if (indicator === undefined) return false;
      const d = oneDigit(text, bounds, valueAt);
      const level = d < 0 ? null : levels[d]!;
      if (level === null || !level.ok) return false;
      if (nameAt >= 0 && filled(text, bounds, nameAt) !== 0 && !cellIs(text, bounds, nameAt, indicator.name)) return false;
      // a level of 3 or more whose evidence cell is blank or only says there is none ("-") is `row`'s: it warns
      if (evidence >= 0 && level.numer >= 3 * 10 ** level.places && (filled(text, bounds, evidence) !== 1 || sayingNone(text, bounds, evidence))) return false;
      const slot = group.base + slotOf[n]!;
      if (group.store.lineAt(slot, group.line) !== 0) return false;
      group.store.setLine(slot, line, group.line);
      group.store.setLevel(slot, level.numer, level.places);
      // a data row ends a legend, as `row` ends it
      this.inLegend = false;
      turning = group !== last;
      if (turning) this.last = group;
      return true;
    };
    return { cells: width, take };
  }

  /**
   * The first rows under a header without the indicator or level column: one that has both (or a
   * result table's header) is where the header seems to be (a title and a blank row above the table), and the missing column's
   * finding says so. Looked for as far as the reader looks (`titleReach`): 10 rows, up to 30 of a letterhead.
   */
  private lookForHeader(rows: readonly CsvRecord[]): void {
    const held = this.headerless!;
    let below: number | null = null;
    for (const r of rows) {
      if (held.seen >= titleReach(held.wide)) break;
      held.seen++;
      if (isTableHeader(r.cells, this.options.valueColumn)) {
        below = r.line;
        break;
      }
      held.wide ||= tableWide(r.cells);
    }
    if (below !== null || held.seen >= titleReach(held.wide)) this.sayHeaderless(below);
  }

  private sayHeaderless(below: number | null): void {
    const held = this.headerless;
    if (!held) return;
    this.headerless = null;
    for (const f of held.missing) this.fileFinding(below === null ? this.offerColumns(f) : ({ ...f, args: { ...f.args, below } } as Finding));
  }

  /**
   * No level column, but headers like "Nilai Mandiri" and "Nilai Evaluasi" (`sideBySideColumns`): the
   * finding offers the `--columns` that reads them (diff, validate), whatever command read the file.
   * Not when the header was read as one cell, nor when --columns named a column that is not there, nor
   * without an indicator column: "Instansi;Tahun;Indeks Mandiri;Indeks Evaluasi" is no assessment, and
   * the --columns offered would fail on "no indicator column".
   */
  private offerColumns(f: Finding): Finding {
    if (f.code !== "column/missing" || f.args.role !== "value" || f.args.delimiter !== null) return f;
    if (!this.indicatorCandidates || this.indicatorCandidates.length === 0) return f;
    const columns = sideBySideColumns(this.headerRecord!.cells);
    return columns ? { ...f, args: { ...f.args, columns } } : f;
  }

  /** With the first rows in hand: which indicator column, and whether the file is of this framework at all. */
  private decide(): void {
    const sample = this.sample!;
    this.sample = null;
    const header = this.headerRecord!;
    const dialect = this.dialect!;
    // the first SAMPLE_ROWS rows, however many arrived in the batch: the same choice on every path
    const first = sample.length > SAMPLE_ROWS ? sample.slice(0, SAMPLE_ROWS) : sample;
    const { column, conflict } = pickIndicatorColumn(first, this.framework, dialect, this.indicatorCandidates ?? candidates(header.cells, "indicator"));
    this.indicatorColumn = column;
    this.map = { ...this.map, indicator: column! };
    if (conflict && !this.indicatorAmbiguous) {
      // either column's levels would be read onto the wrong indicators: the file is refused, not guessed at
      this.fileFinding(conflictFinding(this.file, conflict));
      this.reading = false;
      return;
    }
    this.headings = headingsOf(first, this.indicatorColumn?.index, this.framework, this.lookup);
    this.nameIndex = column ? (nameColumn(header.cells, column.index, this.valueColumn!.index) ?? -1) : -1;
    // blank rows (Excel leaves ";;;;;" at the end of a sheet) and section headings carry no
    // level: skipped before grouping by instansi/tahun/jenis (see `row`). The framework is told by the
    // first SAMPLE_ROWS rows too: by every row held, a whole reading (all rows in one batch) and a lean
    // one (2 000 and the rest of a 32 KiB slice) could disagree on a file with a stray id further down,
    // one refusing the file as another framework's, the other scoring it with an unknown indicator
    const scored = first.filter((r) => {
      const id = cellAt(r, this.indicatorColumn);
      return cellAt(r, this.valueColumn) !== null || (id !== null && !this.heading(r, id));
    });
    const alternatives = this.options.alternatives;
    if (alternatives) {
      const lookup = (f: Framework) => {
        const find = indicatorLookup([...f.indicators, ...f.excluded], dialect.decimalComma);
        const parts = new Set(f.indicators.flatMap((i) => (i.partOf ? [i.partOf] : [])));
        return (raw: string) => find(raw) !== undefined || parts.has(raw);
      };
      const mismatch = detectMismatch(this.file, scored, this.indicatorColumn!, this.map.tahun, {
        chosen: this.framework,
        alternatives: typeof alternatives === "function" ? alternatives : () => alternatives,
        explicit: this.options.explicit ?? false,
        lookup,
      });
      if (mismatch) {
        this.fileFinding(mismatch);
        this.reading = false;
        return;
      }
    }
    for (const r of sample) this.row(r);
  }

  private group(row: CsvRecord): Group {
    const written = cellAt(row, this.map.instansi);
    const tahunRaw = cellAt(row, this.map.tahun);
    const jenisRaw = cellAt(row, this.map.jenis);
    // rows of one assessment usually come together: the last group is tried first, by its cells as written
    const last = this.last;
    if (last && last.written === written && last.tahunRaw === tahunRaw && last.jenisRaw === jenisRaw) return last;
    // a file sorted by indicator goes through its assessments in one order, again for each indicator:
    // the one that came after the last one the time before is tried next (a lookup by name was a
    // quarter of reading such a file)
    const next = last?.next;
    if (next && next.written === written && next.tahunRaw === tahunRaw && next.jenisRaw === jenisRaw) {
      this.last = next;
      return next;
    }
    const instansi = spacedAsOne(written);
    const known = this.groups.get(instansi);
    // the same assessment: the same instansi, tahun as written, and jenis in any case
    const jenis = jenisKey(jenisRaw);
    let group: Group | undefined;
    if (known instanceof Map) group = known.get(tahunRaw)?.get(jenis);
    else if (known && known.tahunRaw === tahunRaw && jenisKey(known.jenisRaw) === jenis) group = known;
    if (!group) {
      group = this.newGroup(row, instansi, written, tahunRaw, jenisRaw);
      this.order.push(group);
      // keyed by the group's own copy of the name: the row's cell is a slice of the text it was read from
      if (known === undefined) this.groups.set(group.instansi, group);
      else if (known instanceof Map) addByYear(known, group);
      else {
        // the instansi's second assessment: from now on by tahun and jenis
        const byYear: ByYear = new Map();
        addByYear(byYear, known);
        addByYear(byYear, group);
        this.groups.set(group.instansi, byYear);
      }
    }
    if (last) last.next = group;
    this.last = group;
    return group;
  }

  private newGroup(row: CsvRecord, instansi: string | null, written: string | null, tahunRaw: string | null, jenisRaw: string | null): Group {
    const tahun = tahunRaw === null ? null : tahunOf(tahunRaw);
    const jenis = jenisOf(jenisRaw);
    // the year and jenis as the assessment before kept them, where this one writes the same (`keptAs`)
    const jenisKept = keptAs(jenisRaw, this.last?.jenisRaw);
    const slot = this.slab.next();
    const kept = detach(instansi);
    const group = new Group(
      kept,
      // the usual name has nothing to make one: the same string, no second copy
      written === instansi ? kept : detach(written),
      keptAs(tahunRaw, this.last?.tahunRaw),
      jenisKept,
      tahun,
      jenis ?? jenisKept,
      row.line,
      slot.store,
      slot.base,
      this.options.lean ? null : new Map(),
    );
    const file = this.file;
    const col = (c: ColumnMatch) => c.index + 1;
    // the header row repeated (a second sheet pasted below): its indicator/unknown says so, and its
    // 'tahun' and 'jenis' cells are no year or jenis written wrong (two warnings beside that finding)
    if (this.indicatorColumn && repeatsHeader(row.cells, this.headerRecord!.cells, this.indicatorColumn.index)) return group;
    if (tahunRaw !== null && tahun === null) {
      this.report(group, finding("meta/invalid", "warning", file, { line: row.line, column: col(this.map.tahun!), value: tahunRaw, args: { field: "tahun" } }));
    }
    const years = this.framework.years;
    if (tahun !== null && years && !withinYears(years, tahun)) {
      this.report(
        group,
        finding("meta/year-mismatch", "warning", file, {
          line: row.line,
          column: col(this.map.tahun!),
          value: tahunRaw,
          args: { framework: this.framework.id, from: years.from, to: years.to },
        }),
      );
    }
    if (jenisRaw !== null && jenis === null) {
      this.report(group, finding("meta/invalid", "warning", file, { line: row.line, column: col(this.map.jenis!), value: jenisRaw, args: { field: "jenis" } }));
    }
    return group;
  }

  /** Records a finding against an assessment; validity is decided on every finding, kept or not. */
  private report(group: Group, f: Finding): void {
    if (isError(f)) group.hasError = true;
    if (!this.sink.add(f)) {
      // counted by the group, beside it (a map, not a field: a national file's twenty thousand groups pay nothing)
      let codes = this.unlisted.get(group);
      if (!codes) {
        codes = {};
        this.unlisted.set(group, codes);
      }
      countUnlisted(codes, f);
      return;
    }
    group.findings ??= [];
    group.findings.push(f);
  }

  /** The columns a summary row's or a heading's label is looked for in (`labelColumns`), worked out at the first row asked. */
  private labels: number[] | null = null;

  private labelColumns(): number[] {
    if (this.labels === null) {
      const free = new Set([this.map.evidence, this.map.note, this.map.owner].filter((c) => c !== undefined).map((c) => c.index));
      this.labels = labelColumns(this.indicatorColumn!.index, this.valueColumn!.index, free);
    }
    return this.labels;
  }

  private summaryOf(row: CsvRecord, idRaw: string | null): string | null {
    const names = this.headings?.names;
    return detach(summaryLabel(row.cells, this.labelColumns(), idRaw, names ? (cell) => names().indicators.has(nameWords(cell)) : undefined));
  }

  /** the framework's level names a legend row is told by (`legendRow`), made at the first row without a level that asks */
  private levelNames: LevelNames | null = null;
  /**
   * Whether the rows read last were a legend's (its title, or a level): a level in two cells
   * ("1;Rintisan") is skipped only then. Any row read as data ends it, on either path (`row`, the lane).
   */
  private inLegend = false;

  /**
   * A row without a level whose indicator cell is `id`: whether it is a section heading or a row of
   * the levels' legend under the table ("1;Rintisan", "Keterangan:"), skipped as a blank row is.
   */
  private heading(row: CsvRecord, id: string): boolean {
    if (this.headings === null) return false;
    if (isHeading(row, id, this.labelColumns(), this.headings)) return true;
    return this.legend(legendRow(row.cells, this.labelColumns(), this.frameworkLevelNames()));
  }

  /** A row whose indicator cell is blank and whose level cell is not: a legend written under the level column? */
  private legendWithoutIndicator(row: CsvRecord): boolean {
    if (this.headings === null) return false;
    return this.legend(legendInAnyColumn(row.cells, this.frameworkLevelNames()));
  }

  private frameworkLevelNames(): LevelNames {
    this.levelNames ??= levelNamesOf(this.framework);
    return this.levelNames;
  }

  /** Whether a row of that legend kind is skipped: a level in two cells only inside a legend (`inLegend`). */
  private legend(kind: LegendRow | null): boolean {
    if (kind === null || (kind === "level" && !this.inLegend)) return false;
    this.inLegend = true;
    return true;
  }

  /**
   * Whether a refused cell with no level beside it is text no indicator is written as: not led by a
   * digit ("4a", "12 (Layanan)" are an indicator written wrong) unless as a footnote's number before
   * words ("1) diisi sesuai bukti dukung", "2. Nilai tingkat 1-5"), no decorated or named id
   * ("Indikator 5", "5. Tingkat Kematangan …"), no indicator's name alone (a row whose level was left
   * blank), none of the framework's headings. The last cell's verdict is kept (`lastNote`).
   */
  private isNote(idRaw: string): boolean {
    if (this.lastNote?.text === idRaw) return this.lastNote.note;
    const note =
      (!/^\s*\d/.test(idRaw) || FOOTNOTE.test(idRaw)) &&
      decoratedId(idRaw, this.lookup) === null &&
      namedId(idRaw, this.lookup) === null &&
      nameOnly(idRaw, this.indicatorsByName()) === null;
    this.lastNote = { text: detach(idRaw)!, note };
    return note;
  }

  /**
   * A refused row's finding: against its assessment, or, for a summary row ("Total", "Rata-rata
   * 3,64") or a note under the table (`summary`: the label it is told by), against the file alone. A
   * footer is no part of any assessment, wherever its instansi
   * cells put it: under a file without instansi/tahun/jenis columns, or with them filled in, it made
   * the assessment above it "not scored", while the same footer with those cells blank left it
   * scored. The file stays invalid (exit 1) until the row is deleted; an indicator it stood for
   * would still be missing from the assessment, so a label misread as a summary cannot pass one.
   */
  private refuse(group: Group, summary: string | null, f: Finding): void {
    if (summary === null) this.report(group, f);
    else this.sink.add(f);
  }

  private row(row: CsvRecord): void {
    const idRaw = cellAt(row, this.indicatorColumn);
    const valueRaw = cellAt(row, this.valueColumn);
    if (idRaw === null && valueRaw === null) {
      // a section heading or spacer row; "Keterangan" alone in another column opens a legend
      if (!this.inLegend && this.headings !== null && legendTitle(row.cells)) this.inLegend = true;
      return;
    }
    // a domain's or aspect's heading ("1;Domain Kebijakan Internal SPBE;", Pemdi "1;Tata Kelola dan Manajemen;"
    // above "1,1"): it took indicator 1, and the real row 1 below was the duplicate; "I", "Aspek 1" were unknown.
    // A legend of the levels under the table ("1;Rintisan" … "5;Optimum") made an assessment of its own
    // 2018's "35" without a level above its rows 35.1–35.3 heads them, as an aspect's row does its
    // indicators ("write each service on its own row", said of a file that did, made it unscored); a
    // "35" with a level is the one row the three should have been (indicator/needs-parts below)
    if (valueRaw === null && this.parts.has(idRaw!)) {
      // (remembered: when none of its parts follows, its line is where `assessment` says so)
      const group = this.group(row);
      if (!this.partsHeadings.has(group)) this.partsHeadings.set(group, { line: row.line, column: this.indicatorColumn!.index + 1, id: idRaw! });
      return;
    }
    if (valueRaw === null && this.heading(row, idRaw!)) return;
    if (idRaw === null && this.legendWithoutIndicator(row)) return;
    this.inLegend = false;
    const group = this.group(row);
    const file = this.file;
    const col = (c: ColumnMatch) => c.index + 1;
    // kategori, provinsi and target belong to the instansi, not to a row: the first one given is kept
    if (group.kategori === null) group.kategori = detach(cellAt(row, this.map.kategori));
    if (group.provinsi === null) group.provinsi = detach(cellAt(row, this.map.provinsi));
    if (group.target === null) {
      group.target = detach(cellAt(row, this.map.target));
      // its warning (trend's meta/invalid) points at this row, not the assessment's first
      if (group.target !== null) group.targetLine = row.line;
    }
    if (idRaw === null) {
      const summary = this.summaryOf(row, null);
      group.summaryOnly = group.summaryOnly !== false && summary !== null;
      this.refuse(
        group,
        summary,
        finding("indicator/blank", "error", file, { line: row.line, column: col(this.indicatorColumn!), value: "", args: { summary } }),
      );
      return;
    }
    const indicator = this.lookup(idRaw);
    const excluded = indicator ? undefined : this.lookupExcluded(idRaw);
    if (excluded) {
      // left out of this scoring on purpose (--without-external), blank or not; a level written there is still
      // read, so 'abc' or 9 in it is a finding, not passed by validate because the row was left out
      if (valueRaw !== null) this.level(group, row, excluded, valueRaw);
      return;
    }
    if (!indicator) {
      const parts = this.parts.get(idRaw);
      if (parts) {
        // a bare "35" on a 2018 sheet: one finding that explains the parts, instead of "unknown" and three "missing"
        this.report(
          group,
          finding("indicator/needs-parts", "error", file, {
            line: row.line,
            column: col(this.indicatorColumn!),
            value: idRaw,
            args: { id: idRaw, parts: parts.map((p) => p.id) },
          }),
        );
        group.summaryOnly = false;
        group.explained ??= new Set();
        for (const p of parts) group.explained.add(p.id);
        return;
      }
      // "1.", "Indikator 1", "3.3 Pembangunan Statistik" (3.3's own name): its finding says to write the
      // number alone, and explains why the indicator has no row; only on a row with a level:
      // "1.;Aspek Tata Kelola;" is a heading, and "write '1' alone" made it indicator 1
      // …and an indicator's name alone ("Tingkat Kematangan Kebijakan Internal Manajemen Data": the lampiran's
      // table copied without its numbers), said as "that is indicator 3's name", not "not an indicator" alone
      const alone = valueRaw === null ? null : nameOnly(idRaw, this.indicatorsByName());
      const decorated =
        valueRaw === null
          ? null
          : (decoratedId(idRaw, this.lookup) ?? namedId(idRaw, this.lookup) ?? writtenOtherwise(idRaw, this.lookup, this.coded) ?? alone);
      // an indicator written wrong is no footer: "write '7' alone" and "a summary row? delete it" of one row contradicted
      const summary = decorated ? null : this.summaryOf(row, idRaw);
      // a second sheet pasted below the first, its header row and all: the row belongs to no assessment
      const repeated = repeatsHeader(row.cells, this.headerRecord!.cells, this.indicatorColumn!.index);
      if (repeated) this.repeatedHeader = row.line;
      // text with no level that is no indicator however written ("Mengetahui,", "NIP. 1975…", "(ttd)", "*) diisi
      // sesuai bukti dukung"): a note or a signature block under the table, refused as the file's, as a summary
      // row is, not as its assessment's (an exploratory tester: it left the assessment above it unscored)
      const note = summary === null && !repeated && valueRaw === null && this.isNote(idRaw);
      group.summaryOnly = group.summaryOnly !== false && (summary !== null || repeated || note);
      if (decorated) {
        group.explained ??= new Set();
        group.explained.add(decorated.indicator.id);
      }
      // "3.3 Tata Kelola Data" (3.1's name): the message says the two disagree, and reads it as neither
      const misnamed = valueRaw === null || decorated || !this.headings ? null : misnamedId(idRaw, this.lookup, this.headings.names);
      this.refuse(
        group,
        summary ?? (note ? idRaw : null),
        finding("indicator/unknown", "error", file, {
          line: row.line,
          column: col(this.indicatorColumn!),
          value: idRaw,
          args: {
            framework: this.framework.id,
            summary,
            bare: decorated ? detach(decorated.bare) : null,
            repeatsHeader: repeated,
            misnamed: misnamed && { number: detach(misnamed.number)!, named: misnamed.named },
            ...(decorated !== null && decorated === alone ? { nameAlone: true as const } : {}),
            ...(note ? { note: true as const } : {}),
          },
        }),
      );
      return;
    }
    const at = this.position.get(indicator.id)!;
    const slot = group.base + at;
    const seenAt = group.store.lineAt(slot, group.line);
    if (seenAt !== 0) {
      this.report(
        group,
        finding("indicator/duplicate", "error", file, {
          line: row.line,
          column: col(this.indicatorColumn!),
          value: idRaw,
          args: { id: indicator.id, first: seenAt, header: this.repeatedHeader !== null && this.repeatedHeader > seenAt ? this.repeatedHeader : null },
        }),
      );
      return;
    }
    group.store.setLine(slot, row.line, group.line);
    // after the duplicate check: a refused row's name said "its level counts for indicator 4" beside the
    // error refusing it. A name cell that is exactly the indicator's own is by far the usual: one comparison
    const name = this.nameIndex < 0 ? undefined : row.cells[this.nameIndex];
    if (name !== undefined && name !== "" && name !== indicator.name && !indicator.aliases.includes(name)) this.checkName(group, row, indicator, at, name);
    const parsed = this.level(group, row, indicator, valueRaw);
    if (parsed === null) return;
    const evidence = cellAt(row, this.map.evidence);
    const placeholder = evidence !== null && noEvidence(evidence);
    if (this.map.evidence && (evidence === null || placeholder) && parsed.numer >= 3 * 10 ** parsed.places) {
      this.report(
        group,
        finding("evidence/missing", "warning", file, {
          line: row.line,
          column: col(this.map.evidence),
          value: placeholder ? evidence : "",
          args: { id: indicator.id, code: indicator.code, ...(placeholder ? { placeholder: true as const } : {}) },
        }),
      );
    }
    if (!group.values) group.store.setLevel(slot, parsed.numer, parsed.places);
    else {
      group.values!.set(indicator.id, {
        indicator,
        value: rational(BigInt(parsed.numer), 10n ** BigInt(parsed.places)),
        raw: detach(valueRaw)!,
        line: row.line,
        evidence: detach(evidence),
        note: detach(cellAt(row, this.map.note)),
        owner: detach(cellAt(row, this.map.owner)),
      });
    }
  }

  /**
   * A row read as `indicator` whose name cell is exactly another indicator's name, or a domain's or
   * aspect's (`namedOtherThan`): rows shifted in a spreadsheet (a sort on one column, a row inserted)
   * credited the level to the number's indicator without a word, and "1;Domain Kebijakan Internal
   * SPBE;3" (a heading given a level) was indicator 1. A warning at the name cell: the number is read.
   */
  private checkName(group: Group, row: CsvRecord, indicator: Indicator, position: number, name: string): void {
    const last = this.judgedNames[position];
    let named: NamedAs | null;
    if (last !== undefined && last.name === name) named = last.named;
    else {
      named = this.headings && namedOtherThan(name, indicator, this.headings.names());
      this.judgedNames[position] = { name: detach(name)!, named };
    }
    if (!named) return;
    if (named.kind === "indicator") {
      const shifted = this.shifted.get(group);
      if (shifted) shifted.count++;
      else this.shifted.set(group, { count: 1, line: row.line });
    }
    this.report(
      group,
      finding("indicator/name-mismatch", "warning", this.file, {
        line: row.line,
        column: this.nameIndex + 1,
        value: detach(name),
        args: { id: indicator.id, code: indicator.code, named },
      }),
    );
  }

  /** The row's level, parsed; null when refused, its finding reported. */
  private level(group: Group, row: CsvRecord, indicator: Indicator, valueRaw: string | null): (LevelParts & { ok: true }) | null {
    const file = this.file;
    const col = (c: ColumnMatch) => c.index + 1;
    const split = this.splitDecimal(row, valueRaw);
    const parsed = split ? ({ ok: false, code: "value/invalid" } as const) : parseLevelParts(valueRaw ?? "", this.framework, this.dialect!.decimalComma);
    if (!parsed.ok) {
      if (parsed.code === "value/not-integer") group.fraction ??= detach(valueRaw);
      const { min, max } = this.framework.levels;
      // a blank external indicator usually means the national index has not been published yet
      const external = parsed.code === "value/missing" ? indicator.externalSource : null;
      // "Tingkat 3", "3 (Terdefinisi)": its finding says to write the number alone
      const worded =
        parsed.code === "value/invalid" && split === null ? wordedLevel(valueRaw ?? "", indicator, this.framework, this.dialect!.decimalComma) : null;
      this.report(
        group,
        finding(parsed.code, "error", file, {
          line: row.line,
          column: col(this.valueColumn!),
          value: split ?? valueRaw ?? "",
          args: {
            id: indicator.id,
            code: indicator.code,
            min,
            max,
            external,
            // a number with a decimal comma ("2,5" quoted), not any cell with a comma ("tiga, empat")
            // "write it with a point" only where the point is then a level: '2,5' on a framework of whole levels was
            // told "(2.5)", refused in turn as no whole level, and '6,0' or Pemdi's '7,5' as out of range
            decimalComma:
              split !== null ||
              (!this.dialect!.decimalComma &&
                /^-?\d+,\d+$/.test(valueRaw ?? "") &&
                parseLevelParts((valueRaw ?? "").replace(",", "."), this.framework, false).ok),
            thousands: this.dialect!.decimalComma && looksLikeThousands(valueRaw ?? ""),
            tooPrecise: split === null && tooPrecise(valueRaw ?? "", this.dialect!.decimalComma),
            alone: detach(worded?.alone ?? null),
            disagree: worded?.disagree ? { ...worded.disagree, level: detach(worded.disagree.level)!, name: detach(worded.disagree.name)! } : null,
          },
        }),
      );
      return null;
    }
    return parsed;
  }

  /**
   * "3,5" written unquoted in a comma-separated file: the row has a cell too many, the level reads 3
   * and the 5 spills into the next column, or past the header (a ragged-row warning only). The level
   * was taken as 3 without a word. Refused as the decimal comma it is (the whole "3,5" as its value),
   * as `plan --cost` refuses a split thousands separator: when the level is whole, the cell after it is
   * digits, the row has a cell too many, and every cell after the spilled fraction is empty (the
   * template's blank bukti and catatan, a trailing delimiter's). A level followed by text ("4,2024,
   * Perbup no 5": a bukti's own unquoted comma makes the same shape), or a row as wide as its header,
   * is not guessed at.
   */
  private splitDecimal(row: CsvRecord, valueRaw: string | null): string | null {
    const value = this.valueColumn;
    if (!value || row.cells.length <= this.headerRecord!.cells.length || this.dialect!.delimiter !== ",") return null;
    if (valueRaw === null || !/^\d+$/.test(valueRaw)) return null;
    const next = row.cells[value.index + 1];
    if (next === undefined || !/^\d+$/.test(next)) return null;
    // nothing after the fraction: the level was the row's last word. Only where the level was the header's
    // last column did this hold before, so Pemdi's template (bukti, catatan after it) read '2,5,,' as 2
    if (!row.cells.slice(value.index + 2).every((c) => c === "")) return null;
    return `${valueRaw},${next}`;
  }

  end(read: ReadEnd): AssessmentFile {
    this.sayHeaderless(null);
    if (this.sample && this.reading) this.decide();
    const file = this.file;
    // the reader's findings, and those it could only count, join the file's
    for (const f of read.findings) this.fileFinding(f);
    this.sink.carry(read.omittedFindings);
    // rows, but every one blank or a heading (no indicator, no level): as empty as a header alone, and
    // never "0 assessments, exit 0" for a CI check that read nothing
    // (nor after a record too long to read, which says why nothing below it was)
    const said = (f: Finding) => f.code === "file/empty" || (f.code === "csv/malformed" && f.args.reason === "record-too-long");
    if (this.reading && this.order.length === 0 && !read.findings.some(said)) {
      this.fileFinding(finding("file/empty", "error", this.file, { line: this.headerRecord?.line ?? null, args: { reason: "header-only" } }));
    }
    this.sayPartlyBlank();
    const fileBroken = this.fileError || read.omittedFindings.anyError;
    // done: what the assessments need they now hold (a reader kept alive by its caller keeps no more)
    const order = this.withoutStrays(this.order);
    this.order = [];
    this.groups.clear();
    this.last = null;
    const assessments = order.map((g) => this.assessment(g, fileBroken, order.length > 1));
    this.saySplit();
    const findings = sortFindings(this.sink.kept);
    const omitted = omittedFinding(file, this.sink.omitted);
    if (omitted) findings.push(omitted);
    return { file, framework: this.framework, dialect: read.dialect, header: this.headerRecord?.cells ?? null, assessments, findings };
  }

  /**
   * Two incomplete assessments that are one split in two by a cell: the rows of one hold exactly the
   * indicators the other lacks, and they differ in one of instansi, tahun or jenis, written in both
   * ("KAB X" on one row among "Kab X", a "2025" among "2024"). Each had only its indicator/missing,
   * with no line, and an analyst could not find the row; said once per pair, at the first row of the
   * one with fewer rows (the typo), with the cell that parts them. Blank cells are meta/partly-blank's.
   * Not looked for past `SPLIT_SEARCH` incomplete assessments (each keeps its own findings).
   */
  private saySplit(): void {
    const incomplete = this.incomplete;
    this.incomplete = [];
    if (incomplete.length < 2 || incomplete.length > SPLIT_SEARCH) return;
    const n = this.framework.indicators.length;
    const read = incomplete.map((group) => {
      let present = "";
      let rows = 0;
      for (let p = 0; p < n; p++) {
        const has = group.store.lineAt(group.base + p, group.line) !== 0;
        present += has ? "1" : "0";
        if (has) rows++;
      }
      return { group, present, rows };
    });
    // every part by the indicators it has: two instansi with the same row mistyped have the same pattern
    const byPresent = new Map<string, (typeof read)[number][]>();
    for (const r of read) {
      if (r.rows === 0) continue;
      const parts = byPresent.get(r.present);
      if (parts) parts.push(r);
      else byPresent.set(r.present, [r]);
    }
    const fields = [
      ["instansi", (g: Group) => g.written, this.map.instansi],
      ["tahun", (g: Group) => g.tahunRaw, this.map.tahun],
      ["jenis", (g: Group) => g.jenisRaw, this.map.jenis],
    ] as const;
    for (const b of read) {
      const complement = [...b.present].map((c) => (c === "1" ? "0" : "1")).join("");
      // the parts it completes that differ from it in one cell, both written, nearest first: a case or spacing
      // typo ("KAB X"), then the fewest edits; "KAB BANDUNG" was paired with Kab Bogor, the first part of its pattern
      const near = (byPresent.get(complement) ?? [])
        .flatMap((a) => {
          const differ = fields.filter(([, value]) => value(a.group) !== value(b.group));
          if (differ.length !== 1) return [];
          const [field, value, column] = differ[0]!;
          const mine = value(b.group);
          const theirs = value(a.group);
          if (mine === null || theirs === null || !column) return [];
          return [{ a, field, column, mine, theirs, distance: wordsKey(mine) === wordsKey(theirs) ? 0 : 1 + editDistance(mine, theirs) }];
        })
        .sort((x, y) => x.distance - y.distance);
      // two as near: no telling which it belongs to
      if (near.length === 0 || (near.length > 1 && near[1]!.distance === near[0]!.distance)) continue;
      const { a, field, column, mine, theirs } = near[0]!;
      // once per pair, said of the one with fewer rows (of two as many, the later)
      if (b.rows > a.rows || (b.rows === a.rows && b.group.line < a.group.line)) continue;
      this.fileFinding(
        finding("meta/split", "warning", this.file, {
          line: b.group.line,
          column: column.index + 1,
          value: mine,
          args: { field, other: theirs, rows: b.rows, assessment: where(a.group) },
        }),
      );
    }
  }

  /**
   * A column naming the assessment that is blank on some rows and filled on others: the blank rows
   * are an assessment of their own, whose findings ("indicator 1 has no row", unnamed) did not say
   * why. Excel's merged cells keep the first row's value only. Once per column, at the first blank.
   * A tahun or jenis only where it was split off: rows without an instansi, or of one that gives it
   * elsewhere (Kab. B giving none beside Kab. A's is its own assessment whole).
   */
  private sayPartlyBlank(): void {
    const fields = [
      ["instansi", (g: Group) => g.instansi],
      ["tahun", (g: Group) => g.tahunRaw],
      ["jenis", (g: Group) => g.jenisRaw],
    ] as const;
    for (const [field, value] of fields) {
      const col = this.map[field];
      if (!col) continue;
      // a file that gives the cell on every row (a national file's 20 000 assessments) has no blank to
      // find: no set of every instansi made for it, twice (a million rows: ~8 ms, 2.6 MB)
      if (!this.order.some((g) => value(g) === null)) continue;
      const giving = new Set<string | null>();
      for (const g of this.order) if (value(g) !== null) giving.add(g.instansi);
      // of rows that were read as an indicator's: a footer ("Indeks", a level and no indicator) is only its indicator/blank
      const blank = giving.size > 0 && this.order.find((g) => value(g) === null && (g.instansi === null || giving.has(g.instansi)) && this.readAny(g));
      if (!blank) continue;
      this.fileFinding(finding("meta/partly-blank", "warning", this.file, { line: blank.line, column: col.index + 1, value: "", args: { field } }));
    }
  }

  /**
   * The groups that are an assessment: all but the rows that belong to none. A group none of whose
   * rows was read as an indicator's (each refused, or left out by --without-external) is no assessment
   * when it is told from another only by blank instansi/tahun/jenis cells, or when every row of it
   * that was refused reads as a summary row ("Rata-rata" in the instansi column of a national file):
   * an analyst's footer ("Total", "Rata-rata 3,64") under rows that name their assessment. It was an
   * unnamed assessment "missing" all 47 indicators, counted among the assessments. Its rows keep their
   * own findings, as the file's (the file is still invalid); a group with a row read as an
   * indicator's stays, as meta/partly-blank says. A file of nothing else keeps its groups.
   */
  private withoutStrays(order: Group[]): Group[] {
    const unread = order.filter((g) => !this.readAny(g));
    if (unread.length === 0 || unread.length === order.length) return order;
    // a group's identity as grouping tells it, and the cells it leaves blank (bit 0 instansi, 1 tahun, 2 jenis)
    const cells = (g: Group) => [g.instansi, g.tahunRaw, jenisKey(g.jenisRaw)] as const;
    const blanks = (g: Group) => cells(g).reduce((m, c, i) => (c === null ? m | (1 << i) : m), 0);
    const strays = new Set<Group>();
    // the others with a blank cell, by identity (one group each), and which cells they leave blank
    const narrower = new Map<string, Group>();
    const masks = new Set<number>();
    for (const g of unread) {
      if (g.summaryOnly === true) strays.add(g);
      else if (blanks(g) !== 0) {
        narrower.set(JSON.stringify(cells(g)), g);
        masks.add(blanks(g));
      }
    }
    // a group with a cell filled where one of them is blank, and the same cells where it is not
    for (const g of narrower.size > 0 ? order : []) {
      const own = cells(g);
      for (const mask of masks) {
        if ((blanks(g) & mask) === mask) continue; // blank wherever they are: the same, or narrower still
        const key = JSON.stringify(own.map((c, i) => (mask & (1 << i) ? null : c)));
        const stray = narrower.get(key);
        if (!stray) continue;
        strays.add(stray);
        narrower.delete(key);
      }
      if (narrower.size === 0) break;
    }
    return strays.size === 0 ? order : order.filter((g) => !strays.has(g));
  }

  /** Whether any of the group's rows was read as an indicator's (its line is kept in the slab). */
  private readAny(group: Group): boolean {
    for (let p = 0; p < this.framework.indicators.length; p++) if (group.store.lineAt(group.base + p, group.line) !== 0) return true;
    return false;
  }

  /**
   * Another framework whose indicators are exactly those an incomplete assessment names, as many as
   * it counts: rows 1–35 only, read as spbe-2020, are spbe-2018's 35 (its 35 scored as 35.1–35.3).
   * Such a file fits both, so `detectMismatch` never refuses it; its missing rows only ask. Asked of
   * an assessment with missing rows only.
   */
  private fits(group: Group): FindingArgs<"indicator/missing">["fits"] {
    const alternatives = this.options.alternatives;
    if (!alternatives) return null;
    const named: string[] = [];
    this.framework.indicators.forEach((ind, p) => {
      if (group.store.lineAt(group.base + p, group.line) !== 0) named.push(ind.id);
    });
    if (named.length === 0) return null;
    this.otherIds ??= (typeof alternatives === "function" ? alternatives() : alternatives)
      .filter((f) => f.id !== this.framework.id)
      .map((f) => ({ framework: f, coded: f.indicators.some((i) => i.code !== null), ids: new Set(f.indicators.map((i) => i.partOf ?? i.id)) }));
    // not a framework of other years than the assessment's tahun (a 2024 file of rows 1–20 is no Pemdi's)
    const tahun = group.tahun;
    const inYears = (y: Framework["years"]) => tahun === null || y === null || (tahun >= y.from && (y.to === null || tahun <= y.to));
    // a framework whose files write its codes (Pemdi "1.1"…"7.2") only with a fraction refused here that it
    // takes ("2,5"): rows 1–20 alone are no sign of it, but the first rows of a 2020 file filled from the top
    const fraction = group.fraction;
    const takes = (f: Framework) => fraction !== null && parseLevelParts(fraction, f, this.dialect!.decimalComma).ok;
    const fit = this.otherIds.find(
      (o) => o.ids.size === named.length && inYears(o.framework.years) && named.every((id) => o.ids.has(id)) && (!o.coded || takes(o.framework)),
    );
    if (!fit) return null;
    return { framework: fit.framework.id, count: named.length, fraction: fit.coded ? fraction : null };
  }

  /** `several`: the file has other assessments (an unnamed one's findings then say which it is) */
  private assessment(group: Group, fileBroken: boolean, several: boolean): Assessment {
    const framework = this.framework;
    const missing: number[] = [];
    // an indicator without a row, even one a finding has explained, leaves the assessment unscored: "Indikator
    // 36" under an instansi named "Rata-rata" was refused as a summary row's, a finding of the file's, and
    // the assessment went on valid without it, to an internal error when scored
    let absent = false;
    // a "35" without a level and no 35.1–35.3 after it: the finding a "35" with one gets, at its line, not
    // three line-less "35.x not filled in" (its row was dropped without a word)
    const heading = this.partsHeadings.get(group);
    const parts = heading ? (this.parts.get(heading.id) ?? []) : [];
    if (heading && parts.every((ind) => group.store.lineAt(group.base + this.position.get(ind.id)!, group.line) === 0)) {
      this.report(
        group,
        finding("indicator/needs-parts", "error", this.file, {
          line: heading.line,
          column: heading.column,
          value: heading.id,
          args: { id: heading.id, parts: parts.map((ind) => ind.id) },
        }),
      );
      group.explained ??= new Set();
      for (const ind of parts) group.explained.add(ind.id);
    }
    let rows = 0;
    framework.indicators.forEach((ind, p) => {
      if (group.store.lineAt(group.base + p, group.line) !== 0) {
        rows++;
        return;
      }
      absent = true;
      // when the file itself is broken (an unclosed quote swallowed the rest), missing rows are a symptom, not news
      if (!fileBroken && !group.explained?.has(ind.id)) missing.push(p);
    });
    const fits = missing.length > 0 ? this.fits(group) : null;
    // (an exploratory tester) a sheet sorted on one column and renumbered: 45 of 47 rows named another indicator,
    // each a warning, and the index of levels credited to the wrong indicators was printed with exit 0
    const shifted = this.shifted.get(group);
    if (shifted && shifted.count >= misalignedAt(rows)) {
      this.report(
        group,
        finding("indicator/misaligned", "error", this.file, { line: shifted.line, column: this.nameIndex + 1, args: { count: shifted.count, of: rows } }),
      );
    }
    const missingFinding = (positions: readonly number[]) =>
      finding("indicator/missing", "error", this.file, {
        args: {
          ids: positions.map((p) => framework.indicators[p]!.id),
          ranges: ranges(framework, positions),
          framework: framework.id,
          assessment: where(group),
          unnamedFrom: several && where(group) === null ? group.line : null,
          fits,
        },
      });
    if (missing.length > MISSING_ONE_BY_ONE) this.report(group, missingFinding(missing));
    else for (const p of missing) this.report(group, missingFinding([p]));
    if (absent) this.incomplete.push(group);
    // in framework order, whatever order the rows came in
    // (a lean assessment has neither values nor row lines: all share one empty map, not two each)
    let values: ReadonlyMap<string, IndicatorValue> = NO_VALUES;
    if (group.values) {
      const inOrder = new Map<string, IndicatorValue>();
      for (const ind of framework.indicators) {
        const v = group.values.get(ind.id);
        if (v) inOrder.set(ind.id, v);
      }
      values = inOrder;
    }
    let rowLines: ReadonlyMap<string, number> = NO_LINES;
    let levels: LeanLevels | null = null;
    const { store, base } = group;
    const n = framework.indicators.length;
    if (group.values) {
      const lines = new Map<string, number>();
      framework.indicators.forEach((ind, p) => {
        const line = store.lineAt(base + p, group.line);
        if (line !== 0) lines.set(ind.id, line);
      });
      rowLines = lines;
    } else levels = new SlabLevels(store, base, n);
    return {
      source: this.file,
      instansi: group.instansi,
      tahun: group.tahun,
      jenis: group.jenis,
      kategori: group.kategori,
      provinsi: group.provinsi,
      target: group.target,
      targetLine: group.targetLine,
      ...(group.target !== null && this.dialect!.decimalComma ? { targetDecimalComma: true as const } : {}),
      line: group.line,
      framework,
      levels,
      values,
      rowLines,
      findings: group.findings ?? NO_FINDINGS,
      valid: !fileBroken && !group.hasError && !absent,
      ...(this.unlisted.has(group) ? { unlisted: this.unlisted.get(group)! } : {}),
    };
  }
}

/**
 * A level as one 16-bit code: 1 + numer·8 + places for the usual level (up to
 * 8 190 units at up to 7 decimals: "3", "2,75", "4.125"), WIDE for any other,
 * which the slab keeps in a map; 0 where there is none.
 */
const WIDE = 0xffff;
/** the largest numerator a code holds; `levelValue` (scoring) shares a rational per level up to it too */
export const MAX_CODED_NUMER = 8190;

/**
 * A row's line as its distance from its assessment's first row, plus one; FAR for one further away
 * than 32 bits hold (kept in a map). The rows of a file sorted by indicator lie a whole file apart:
 * when that was a map entry per row past 65 534 lines (16 bits), rank of such a million-row file
 * spent a quarter of its time and 40 MB on the map (README, "Kinerja / Performance").
 */
const FAR = 0xffffffff;

/** An instansi's assessments by tahun as written, then by jenis in lower case (null where the file has none). */
type ByYear = Map<string | null, Map<string | null, Group>>;

function addByYear(byYear: ByYear, group: Group): void {
  let byJenis = byYear.get(group.tahunRaw);
  if (!byJenis) {
    byJenis = new Map();
    byYear.set(group.tahunRaw, byJenis);
  }
  byJenis.set(jenisKey(group.jenisRaw), group);
}

/**
 * A jenis as assessments are told apart by it: in any case, and each kind by any of its names
 * ("Penilaian Mandiri" and "mandiri" are one assessment; they were two, each missing the other's rows).
 */
function jenisKey(raw: string | null): string | null {
  if (raw === null) return null;
  return jenisOf(raw) ?? raw.toLowerCase();
}

/**
 * An instansi's name with every run of spaces of any kind as one space: a name pasted from the web
 * carries a no-break space ("Kab\u00a0X") that looks like "Kab X" and split its assessment in two, each
 * missing the other's rows under labels no one could tell apart. Only for a name not seen just
 * before: the rows of one assessment usually come together, and the usual name has nothing to change.
 */
function spacedAsOne(name: string | null): string | null {
  return name !== null && /\s\s|[^\S ]/.test(name) ? name.replace(/\s+/g, " ") : name;
}

/** The per-indicator slots of up to 512 assessments, one after another. */
class SlabStore {
  /**
   * Each indicator's row (see FAR), 0 where none yet: the rows of an assessment are usually
   * together. A byte each until a distance needs more (then two: `widened`; four: `widest`).
   */
  private rows: Uint8Array | Uint16Array | Uint32Array;
  private far: Map<number, number> | null = null;
  /** lean builds: each level as a code (see WIDE); a byte each until a code needs more, as `rows` */
  private codes: Uint8Array | Uint16Array | null;
  private wide: Map<number, { readonly numer: number; readonly places: number }> | null = null;

  constructor(size: number, lean: boolean) {
    this.rows = new Uint8Array(size);
    this.codes = lean ? new Uint8Array(size) : null;
  }

  setLine(slot: number, line: number, first: number): void {
    const distance = line - first + 1;
    if (distance > 0 && distance <= 0xff) this.rows[slot] = distance;
    else if (distance > 0 && distance <= 0xffff) {
      this.rows = widened(this.rows);
      this.rows[slot] = distance;
    } else if (distance > 0 && distance < FAR) {
      this.rows = widest(this.rows);
      this.rows[slot] = distance;
    } else {
      this.rows = widest(this.rows);
      this.rows[slot] = FAR;
      this.far ??= new Map();
      this.far.set(slot, line);
    }
  }

  /** The line of the slot's row (`first`: its assessment's first row), or 0 where there is none yet. */
  lineAt(slot: number, first: number): number {
    const distance = this.rows[slot]!;
    return distance === 0 ? 0 : distance === FAR ? this.far!.get(slot)! : first + distance - 1;
  }

  setLevel(slot: number, numer: number, places: number): void {
    if (places < 8 && numer <= MAX_CODED_NUMER) {
      const code = 1 + numer * 8 + places;
      if (code > 0xff) this.codes = widened(this.codes!);
      this.codes![slot] = code;
    } else {
      this.codes = widened(this.codes!);
      this.codes[slot] = WIDE;
      this.wide ??= new Map();
      this.wide.set(slot, { numer, places });
    }
  }

  numer(slot: number): number {
    const code = this.codes![slot]!;
    return code === 0 ? Number.NaN : code === WIDE ? this.wide!.get(slot)!.numer : (code - 1) >>> 3;
  }

  places(slot: number): number {
    const code = this.codes![slot]!;
    return code === 0 ? 0 : code === WIDE ? this.wide!.get(slot)!.places : (code - 1) & 7;
  }
}

/**
 * A slab's bytes as 16-bit slots, once one value needs them: most national files need a byte per
 * level (a whole level "3" is code 25) and per row (an assessment's rows lie within 255 lines of its
 * first), half of what 16 bits took, held for every assessment until the end of the file.
 */
function widened<T extends Uint16Array | Uint32Array>(slots: Uint8Array | T): T | Uint16Array {
  return slots instanceof Uint8Array ? Uint16Array.from(slots) : slots;
}

/** A slab's rows as 32-bit slots, once one row lies 65 536 lines or more from its assessment's first. */
function widest(slots: Uint8Array | Uint16Array | Uint32Array): Uint32Array {
  return slots instanceof Uint32Array ? slots : Uint32Array.from(slots);
}

/** One lean assessment's levels: its window on the slab. */
class SlabLevels implements LeanLevels {
  constructor(
    private readonly store: SlabStore,
    private readonly base: number,
    readonly length: number,
  ) {}

  numer(position: number): number {
    return this.store.numer(this.base + position);
  }

  places(position: number): number {
    return this.store.places(this.base + position);
  }

  /** As JSON, its own levels (the slab holds 511 other assessments'): `{ numer: [...], places: [...] }`, null for none. */
  toJSON(): { numer: (number | null)[]; places: number[] } {
    const numer: (number | null)[] = [];
    const places: number[] = [];
    for (let i = 0; i < this.length; i++) {
      const n = this.numer(i);
      numer.push(Number.isNaN(n) ? null : n);
      places.push(this.places(i));
    }
    return { numer, places };
  }
}

/**
 * Hands out each assessment's slots in shared arrays: a national file has tens of thousands of
 * assessments, and typed arrays of their own each (memory allocated apart, tracked by the
 * collector, ~100 bytes of object apiece) cost several times what an offset into shared ones does.
 */
class Slab {
  private static readonly GROUPS = 512;
  private store: SlabStore | null = null;
  private used = 0;
  /**
   * Assessments the current store holds: 1, then 8, 64 and 512 from then on. A file holds one
   * assessment far more often than a national file's thousands, and a store of 512 for it was 48 KB
   * kept per file (validate or score over 2 000 files: 96 MB).
   */
  private capacity = 0;

  constructor(
    private readonly n: number,
    private readonly lean: boolean,
  ) {}

  next(): { store: SlabStore; base: number } {
    if (this.store === null || this.used === this.capacity) {
      this.capacity = Math.min(Slab.GROUPS, Math.max(1, this.capacity * 8));
      this.store = new SlabStore(this.n * this.capacity, this.lean);
      this.used = 0;
    }
    return { store: this.store, base: this.n * this.used++ };
  }
}

/** Whether cell `k` (filled, its own trim) only says there is no evidence (`noEvidence`): sliced only when that short. */
function sayingNone(text: string, bounds: Int32Array, k: number): boolean {
  const s = bounds[2 * k]!;
  const e = bounds[2 * k + 1]!;
  return e - s <= NO_EVIDENCE_LONGEST && noEvidence(text.slice(s, e));
}

/** the assessment a missing-indicator finding belongs to, when a file holds several */
function where(group: Group): string | null {
  const parts = [group.instansi, group.tahunRaw, group.jenisRaw].filter((p): p is string => p !== null);
  return parts.length ? parts.join(" / ") : null;
}

/**
 * Finds an indicator by what a cell says: its id as the framework writes it,
 * its code (Pemdi "1.1"), or, where commas are decimal, "35,1" for 35.1 (Excel
 * in the Indonesian locale turns one into the other).
 */
export function indicatorLookup(indicators: readonly Indicator[], decimalComma: boolean): (raw: string) => Indicator | undefined {
  const byKey = new Map<string, Indicator>();
  for (const ind of indicators) {
    byKey.set(ind.id, ind);
    if (ind.code) byKey.set(ind.code, ind);
  }
  return (raw) => {
    const direct = byKey.get(raw);
    if (direct) return direct;
    // "35,1" where commas are decimal (Excel-ID), and "35-1" as official 2018 sheets write the parts of indicator 35
    if (decimalComma && raw.includes(",")) return byKey.get(raw.replace(",", "."));
    if (/^\d+-\d+$/.test(raw)) return byKey.get(raw.replace("-", "."));
    return undefined;
  };
}

/** Two indicator columns that both read as the framework's ids, naming different indicators on `line`. */
export interface IndicatorConflict {
  readonly line: number;
  /** the column the alias order prefers, and its cell on that line */
  readonly first: ColumnMatch;
  readonly firstValue: string;
  readonly second: ColumnMatch;
  readonly secondValue: string;
}

/**
 * A header column that is a second one for its role (same name again, or another name of a role read
 * from one column only) as its column/ambiguous finding, at that column: assessment and cost files alike.
 */
export function ambiguousFinding(
  file: string,
  line: number,
  a: {
    readonly kind: "repeated" | "aliases";
    readonly role: FindingArgs<"column/ambiguous">["role"];
    readonly at: ColumnMatch;
    readonly other: ColumnMatch;
  },
): Finding {
  const args = { kind: a.kind, role: a.role, header: a.at.header, other: a.other.header, otherColumn: a.other.index + 1, otherValue: null };
  return finding("column/ambiguous", "error", file, { line, column: a.at.index + 1, value: a.at.header, args });
}

/** An IndicatorConflict as its finding, at the preferred column's cell (assessment and cost files alike). */
export function conflictFinding(file: string, c: IndicatorConflict): Finding {
  const args = {
    kind: "rows",
    role: "indicator",
    header: c.first.header,
    other: c.second.header,
    otherColumn: c.second.index + 1,
    otherValue: c.secondValue,
  } as const;
  return finding("column/ambiguous", "error", file, { line: c.line, column: c.first.index + 1, value: c.firstValue, args });
}

/**
 * "No" and "Indikator" are both indicator aliases, and many sheets have both: the number in one, the
 * name in the other. A column reads as ids when at least half as many of its cells (in the rows given)
 * are ids or codes of the framework as in the column with most; a name column has none. Of those, the
 * first in the alias order of COLUMN_ALIASES is read, so that its bad cells ("44.") are findings of
 * their own, as long as they name the same indicator wherever both give one. Where two name different
 * indicators on a row, a column counting the rows (a running "No" 1…47 beside a sheet sorted by level)
 * gives way to the other; where neither does, nothing tells which is right: `conflict` is the first
 * such row, and the file is refused (column/ambiguous). The column
 * with most ids was read, so one typo in "Indikator" let the running "No" win: every level on the
 * wrong indicator, 2.79 for 3.08, exit 0.
 */
export function pickIndicatorColumn(
  rows: readonly CsvRecord[],
  framework: Framework,
  dialect: Dialect,
  columns: readonly ColumnMatch[],
): { column: ColumnMatch | undefined; conflict: IndicatorConflict | null } {
  if (columns.length < 2) return { column: columns[0], conflict: null };
  const lookup = indicatorLookup([...framework.indicators, ...framework.excluded], dialect.decimalComma);
  // an id as written, or with decoration ("1.", "Indikator 1"): a column of those is compared too
  const lenient = (raw: string) => lookup(raw) ?? decoratedId(raw, lookup)?.indicator;
  // One pass over the rows, visiting only the candidates a row has cells for: the work is
  // bounded by the file's cell count even when a hostile header repeats "no" 100 000 times.
  const byIndex = columns.map((c, order) => ({ index: c.index, order })).sort((a, b) => a.index - b.index);
  const plain = new Array<number>(columns.length).fill(0);
  const decorated = new Array<number>(columns.length).fill(0);
  for (const row of rows) {
    for (const { index, order } of byIndex) {
      if (index >= row.cells.length) break;
      const cell = row.cells[index]!;
      if (lookup(cell)) plain[order]!++;
      else if (decoratedId(cell, lookup)) decorated[order]!++;
    }
  }
  const holding = (hits: (order: number) => number) => {
    let best = 0;
    for (const c of byIndex) best = Math.max(best, hits(c.order));
    return byIndex.filter((c) => best > 0 && hits(c.order) * 2 >= best);
  };
  // read: the columns of ids as written; compared: those and the columns of decorated ids
  const reading = holding((o) => plain[o]!);
  const compared = holding((o) => plain[o]! + decorated[o]!);
  const conflict = firstConflict(rows, columns, compared, lenient);
  // a running "No" (1, 2, 3 … down the rows, or again from 1 for each instansi) numbers rows, not
  // indicators: where it names other indicators than the other columns (a sheet sorted by level),
  // they are read; the rows' numbers tell nothing of which indicator a row is, and refusing made
  // every sorted sheet delete its "No". Only a column headed as a number (no, no., nomor) gives way:
  // ids in framework order count 1, 2, 3 too, and an "Indikator" in order beside a stale "No" (a
  // sheet sorted back) was read from the "No", a wrong index with exit 0. (Asked only on a conflict.)
  if (conflict) {
    const ids = compared.filter((c) => !(ROW_NUMBER_HEADERS.has(columns[c.order]!.header.trim().toLowerCase()) && runsDown(rows, c.index)));
    if (ids.length > 0 && ids.length < compared.length) {
      const read = ids.filter((c) => plain[c.order]! > 0);
      return { column: columns[first(read.length > 0 ? read : ids)], conflict: firstConflict(rows, columns, ids, lenient) };
    }
  }
  // where no column holds an id as written, the one of decorated ids ("1." beside names), so that its
  // rows are told "write '1' alone" rather than each name "not an indicator"
  const chosen = reading.length > 0 ? reading : compared;
  return { column: chosen.length > 0 ? columns[first(chosen)] : columns[0], conflict };
}

/** A row number's decoration: "1." "1)" "(1)" → "1" (found by a review: a "No" of "1." could never give way). */
const ROW_NUMBER_DECORATION = /^\(?0*(\d+)[.)]?$/;

/** The headers of a column that may number rows rather than indicators (aliases of the indicator role). */
const ROW_NUMBER_HEADERS: ReadonlySet<string> = new Set(["no", "no.", "nomor"]);

/** Of the columns read as ids, the first in the alias order. */
function first(reading: readonly { order: number }[]): number {
  return reading.reduce((a, c) => (c.order < a.order ? c : a)).order;
}

/** The first row on which two of the columns read as ids name different indicators (none unless two are). */
function firstConflict(
  rows: readonly CsvRecord[],
  columns: readonly ColumnMatch[],
  reading: readonly { index: number; order: number }[],
  lookup: (raw: string) => Indicator | undefined,
): IndicatorConflict | null {
  for (const row of reading.length > 1 ? rows : []) {
    let seen: { order: number; indicator: Indicator } | null = null;
    for (const { index, order } of reading) {
      if (index >= row.cells.length) break;
      const indicator = lookup(row.cells[index]!);
      if (!indicator) continue;
      if (!seen) seen = { order, indicator };
      else if (indicator !== seen.indicator) {
        const [a, b] = seen.order < order ? [seen.order, order] : [order, seen.order];
        const cell = (k: number) => row.cells[columns[k]!.index]!;
        return { line: row.line, first: columns[a]!, firstValue: cell(a), second: columns[b]!, secondValue: cell(b) };
      }
    }
  }
  return null;
}

/** Whether a column's filled cells count the rows, 1, 2, 3 …, starting again at 1 where they like (per instansi). */
function runsDown(rows: readonly CsvRecord[], index: number): boolean {
  let last = 0;
  for (const row of rows) {
    // written plain or as Excel's numbered lists write them: "1.", "1)", "(1)", or a text column's "01"
    const cell = row.cells[index]?.trim().replace(ROW_NUMBER_DECORATION, "$1");
    if (cell === undefined || cell === "") continue;
    const n = cell === "1" ? 1 : cell === String(last + 1) ? last + 1 : 0;
    if (n === 0) return false;
    last = n;
  }
  return last > 1;
}

/**
 * A cell kept by a new assessment: the string the assessment before kept, where it wrote the same
 * (a national file's 20 000 assessments share one "2024": a copy each was 24 bytes, held to the end of
 * the file), else a copy of its own (`detach`).
 */
function keptAs(cell: string | null, before: string | null | undefined): string | null {
  return before !== undefined && before === cell ? before : detach(cell);
}

function cellAt(row: CsvRecord, col: ColumnMatch | undefined): string | null {
  if (!col) return null;
  const text = row.cells[col.index];
  return text === undefined || text === "" ? null : text;
}

/** Positions in framework order as runs of ids: "1–10, 12, 40–47" (2018: "34–35.2"; Pemdi with its codes: "4–19 (2.2–6.4), 20 (7.2)"). */
export function ranges(framework: Framework, positions: readonly number[]): string {
  const at = (p: number) => framework.indicators[p]!;
  // neighbours in the framework, and in its numbering where ids are numbers: without Pemdi's external
  // 5–7, indicators 4 and 8 sit side by side, and "4–8" said 5–7 were missing too
  const next = (a: number, b: number) => b === a + 1 && (!/^\d+$/.test(at(a).id) || !/^\d+$/.test(at(b).id) || Number(at(b).id) === Number(at(a).id) + 1);
  const runs: string[] = [];
  for (let i = 0; i < positions.length; ) {
    let j = i;
    while (j + 1 < positions.length && next(positions[j]!, positions[j + 1]!)) j++;
    const [first, last] = [at(positions[i]!), at(positions[j]!)];
    const codes = first.code && last.code ? ` (${j === i ? first.code : `${first.code}–${last.code}`})` : "";
    runs.push(`${j === i ? first.id : `${first.id}–${last.id}`}${codes}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/**
 * Whether a row is a table's header: it has an indicator column and the level column (or the column
 * --columns names), or it is a result table's (instansi, indeks). The table reader takes the first
 * such row of the first few as the header, below a sheet title (`ReadOptions.isHeader`); a builder
 * given a table without it looks for one to say where the header seems to be (`below`).
 */
export function isTableHeader(cells: readonly string[], valueColumn?: string): boolean | "fallback" {
  const value = valueColumn !== undefined ? findColumn(cells, valueColumn) : matchColumns(cells).map.value;
  if ((value !== undefined && hasRole(cells, "indicator")) || isResultHeader(cells)) return true;
  // …or, failing a header of those within reach, a side-by-side file's: its levels under `mandiri` and `evaluasi`
  // ("Nilai Mandiri", "Nilai Evaluasi"), which diff reads through both. A sheet title above one was taken for its
  // header, and the file refused; and a summary block "No, Mandiri, Evaluasi" above a file's real header must
  // not win over it (`ReadOptions.isHeader`)
  return valueColumn === undefined && sideBySideColumns(cells) !== null && hasRole(cells, "indicator") ? "fallback" : false;
}

/** Our own score and diff CSV exports (in either language) and side-by-side files, by their columns. */
function recogniseShape(header: readonly string[], hasLevelColumn: boolean): FindingArgs<"file/not-assessment">["kind"] | null {
  const has = (...names: string[]) => names.some((n) => findColumn(header, n) !== undefined);
  if (isResultHeader(header)) return "result-table";
  if (has("tingkatan", "tier") && has("kerangka", "framework")) {
    if (has("tampilan", "display")) return "score-export";
    if (has("selisih", "delta")) return "diff-export";
  }
  if (!hasLevelColumn && has("mandiri") && has("evaluasi")) return "side-by-side";
  return null;
}
