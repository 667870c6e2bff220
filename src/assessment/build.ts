import { type Finding, FindingSink, finding, isError, MAX_FINDINGS_PER_CODE, sortFindings } from "../core/findings.js";
import { compare, fromInt, type Rational } from "../core/rational.js";
import type { Framework, Indicator } from "../frameworks/types.js";
import type { CsvRecord } from "../io/csv.js";
import type { Table } from "../io/table.js";
import { type ColumnMap, type ColumnMatch, candidates, findColumn, matchColumns } from "./columns.js";
import { parseLevel } from "./value.js";

type Jenis = "mandiri" | "evaluasi";

export interface IndicatorValue {
  readonly indicator: Indicator;
  readonly value: Rational;
  readonly raw: string;
  readonly line: number;
  readonly evidence: string | null;
  readonly note: string | null;
  readonly owner: string | null;
}

/** One instansi's assessment for one year and one kind, read from (part of) one file. */
export interface Assessment {
  readonly source: string;
  readonly instansi: string | null;
  readonly tahun: number | null;
  /** "mandiri" or "evaluasi" when recognised, else the text as written, else null */
  readonly jenis: string | null;
  readonly framework: Framework;
  /** by indicator id, in framework order */
  readonly values: ReadonlyMap<string, IndicatorValue>;
  /** the line of each indicator's row, valid value or not: which indicators the file names at all */
  readonly rowLines: ReadonlyMap<string, number>;
  /** findings about this assessment's rows (file-wide ones live on the file result) */
  readonly findings: readonly Finding[];
  /** true when neither it nor its file has an error: only then is it scored */
  readonly valid: boolean;
}

export interface AssessmentFile {
  readonly file: string;
  /** the framework the file was read against (every assessment in it has the same) */
  readonly framework: Framework;
  readonly table: Table;
  readonly assessments: readonly Assessment[];
  /** every finding of the file, file-wide and per assessment, in line order */
  readonly findings: readonly Finding[];
}

export interface BuildOptions {
  /** read values from this column (header name) instead of the value column, for side-by-side diff files */
  readonly valueColumn?: string | undefined;
}

const JENIS: Readonly<Record<string, Jenis>> = {
  mandiri: "mandiri",
  "penilaian mandiri": "mandiri",
  self: "mandiri",
  "self-assessment": "mandiri",
  evaluasi: "evaluasi",
  resmi: "evaluasi",
  official: "evaluasi",
};

interface Group {
  readonly instansi: string | null;
  readonly tahunRaw: string | null;
  readonly jenisRaw: string | null;
  readonly rows: CsvRecord[];
}

/** Rows → validated assessments, one per distinct (instansi, tahun, jenis). Never throws. */
export function buildAssessments(table: Table, framework: Framework, options: BuildOptions = {}): AssessmentFile {
  const { file } = table;
  // every finding of the file passes through one sink, so a hostile file cannot make millions of them
  const sink = new FindingSink(MAX_FINDINGS_PER_CODE, table.omittedFindings);
  let fileBroken = table.omittedFindings.anyError;
  const fileFinding = (f: Finding) => {
    if (isError(f)) fileBroken = true;
    sink.add(f);
  };
  table.findings.forEach(fileFinding);
  if (framework.provisional) fileFinding(finding("framework/provisional", "warning", file, { args: { framework: framework.id } }));

  const result = (assessments: Assessment[]): AssessmentFile => {
    const findings = sortFindings(sink.kept);
    const { count, anyError } = sink.omitted;
    if (count > 0) {
      findings.push(finding("file/too-many-findings", anyError ? "error" : "warning", file, { args: { omitted: count, max: MAX_FINDINGS_PER_CODE } }));
    }
    return { file, framework, table, assessments, findings };
  };
  if (!table.header) return result([]);

  const headerLine = table.header.line;
  const matched = matchColumns(table.header.cells);
  const indicatorColumn = pickIndicatorColumn(table, framework, candidates(table.header.cells, "indicator"));
  const map: ColumnMap = { ...matched.map, ...(indicatorColumn ? { indicator: indicatorColumn } : {}) };
  for (const col of matched.ambiguous) {
    fileFinding(finding("column/ambiguous", "error", file, { line: headerLine, column: col.index + 1, value: col.header }));
  }
  let valueColumn: ColumnMatch | undefined = map.value;
  if (options.valueColumn !== undefined) valueColumn = findColumn(table.header.cells, options.valueColumn);
  if (!map.indicator) {
    fileFinding(finding("column/missing", "error", file, { line: headerLine, args: { role: "indicator" } }));
  }
  if (!valueColumn) {
    fileFinding(
      finding("column/missing", "error", file, {
        line: headerLine,
        args: options.valueColumn !== undefined ? { role: "named", name: options.valueColumn } : { role: "value" },
      }),
    );
  }
  if (!map.indicator || !valueColumn || table.rows.length === 0) return result([]);

  const groups = groupRows(table.rows, map);
  const reader = new RowReader(table, framework, map, map.indicator, valueColumn, sink);
  return result(groups.map((g) => reader.assessment(g, fileBroken)));
}

/**
 * Finds an indicator by what a cell says: its id as the framework writes it,
 * its code (Pemdi "1.1"), or, where commas are decimal, "35,1" for 35.1 (Excel
 * in the Indonesian locale turns one into the other).
 */
function indicatorLookup(indicators: readonly Indicator[], decimalComma: boolean): (raw: string) => Indicator | undefined {
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

/**
 * "No" and "Indikator" are both indicator aliases, and many sheets have both:
 * the number in one, the name in the other. Among the candidate columns the one
 * whose cells most often are ids or codes of the framework wins; on a tie, the
 * alias order of COLUMN_ALIASES decides.
 */
function pickIndicatorColumn(table: Table, framework: Framework, columns: readonly ColumnMatch[]): ColumnMatch | undefined {
  if (columns.length < 2) return columns[0];
  const lookup = indicatorLookup([...framework.indicators, ...framework.excluded], table.dialect.decimalComma);
  // One pass over the rows, visiting only the candidates a row has cells for: the work is
  // bounded by the file's cell count even when a hostile header repeats "no" 100 000 times.
  const byIndex = columns.map((c, order) => ({ index: c.index, order })).sort((a, b) => a.index - b.index);
  const hits = new Array<number>(columns.length).fill(0);
  for (const row of table.rows) {
    for (const { index, order } of byIndex) {
      if (index >= row.cells.length) break;
      if (lookup(row.cells[index]!)) hits[order]!++;
    }
  }
  let best = 0;
  for (let i = 1; i < columns.length; i++) if (hits[i]! > hits[best]!) best = i;
  return columns[best];
}

function cellAt(row: CsvRecord, col: ColumnMatch | undefined): string | null {
  if (!col) return null;
  const text = row.cells[col.index];
  return text === undefined || text === "" ? null : text;
}

function groupRows(rows: readonly CsvRecord[], map: ColumnMap): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const instansi = cellAt(row, map.instansi);
    const tahunRaw = cellAt(row, map.tahun);
    const jenisRaw = cellAt(row, map.jenis);
    const key = JSON.stringify([instansi, tahunRaw, jenisRaw?.toLowerCase() ?? null]);
    let group = groups.get(key);
    if (!group) {
      group = { instansi, tahunRaw, jenisRaw, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** Reads one group's rows against the framework; holds what every row needs. */
class RowReader {
  private readonly lookup: (raw: string) => Indicator | undefined;
  private readonly lookupExcluded: (raw: string) => Indicator | undefined;

  constructor(
    private readonly table: Table,
    private readonly framework: Framework,
    private readonly map: ColumnMap,
    private readonly indicatorColumn: ColumnMatch,
    private readonly valueColumn: ColumnMatch,
    private readonly sink: FindingSink,
  ) {
    this.lookup = indicatorLookup(framework.indicators, table.dialect.decimalComma);
    this.lookupExcluded = indicatorLookup(framework.excluded, table.dialect.decimalComma);
  }

  assessment(group: Group, fileBroken: boolean): Assessment {
    const { file, dialect } = this.table;
    // this assessment's kept findings; validity is decided on every finding, kept or not
    const findings: Finding[] = [];
    let hasError = false;
    const report = (f: Finding) => {
      if (isError(f)) hasError = true;
      if (this.sink.add(f)) findings.push(f);
    };
    const found = new Map<string, IndicatorValue>();
    const firstLine = new Map<string, number>();
    /** indicators whose absence a finding has already explained (the parts of a bare "35") */
    const explained = new Set<string>();
    const col = (c: ColumnMatch) => c.index + 1;
    const firstRow = group.rows[0]!;

    const tahun = group.tahunRaw === null ? null : /^\d{4}$/.test(group.tahunRaw) ? Number(group.tahunRaw) : null;
    if (group.tahunRaw !== null && tahun === null) {
      report(finding("meta/invalid", "warning", file, { line: firstRow.line, column: col(this.map.tahun!), value: group.tahunRaw, args: { field: "tahun" } }));
    }
    const years = this.framework.years;
    if (tahun !== null && years && (tahun < years.from || (years.to !== null && tahun > years.to))) {
      report(
        finding("meta/year-mismatch", "warning", file, {
          line: firstRow.line,
          column: col(this.map.tahun!),
          value: group.tahunRaw,
          args: { framework: this.framework.id, from: years.from, to: years.to },
        }),
      );
    }
    const jenis = group.jenisRaw === null ? null : (JENIS[group.jenisRaw.toLowerCase()] ?? null);
    if (group.jenisRaw !== null && jenis === null) {
      report(finding("meta/invalid", "warning", file, { line: firstRow.line, column: col(this.map.jenis!), value: group.jenisRaw, args: { field: "jenis" } }));
    }

    for (const row of group.rows) {
      const idRaw = cellAt(row, this.indicatorColumn);
      const valueRaw = cellAt(row, this.valueColumn);
      if (idRaw === null && valueRaw === null) continue; // a section heading or spacer row
      if (idRaw === null) {
        report(finding("indicator/blank", "error", file, { line: row.line, column: col(this.indicatorColumn), value: "" }));
        continue;
      }
      const indicator = this.lookup(idRaw);
      if (!indicator && this.lookupExcluded(idRaw)) continue; // left out of this scoring on purpose (--without-external)
      const parts = indicator ? [] : this.framework.indicators.filter((i) => i.partOf === idRaw);
      if (parts.length > 0) {
        // a bare "35" on a 2018 sheet: one finding that explains the parts, instead of "unknown" and three "missing"
        report(
          finding("indicator/needs-parts", "error", file, {
            line: row.line,
            column: col(this.indicatorColumn),
            value: idRaw,
            args: { id: idRaw, parts: parts.map((p) => p.id) },
          }),
        );
        for (const p of parts) explained.add(p.id);
        continue;
      }
      if (!indicator) {
        report(
          finding("indicator/unknown", "error", file, {
            line: row.line,
            column: col(this.indicatorColumn),
            value: idRaw,
            args: { framework: this.framework.id },
          }),
        );
        continue;
      }
      const seenAt = firstLine.get(indicator.id);
      if (seenAt !== undefined) {
        report(
          finding("indicator/duplicate", "error", file, {
            line: row.line,
            column: col(this.indicatorColumn),
            value: idRaw,
            args: { id: indicator.id, first: seenAt },
          }),
        );
        continue;
      }
      firstLine.set(indicator.id, row.line);
      const parsed = parseLevel(valueRaw ?? "", this.framework, dialect.decimalComma);
      if (!parsed.ok) {
        const { min, max } = this.framework.levels;
        // a blank external indicator usually means the national index has not been published yet
        const external = parsed.code === "value/missing" ? indicator.externalSource : null;
        report(
          finding(parsed.code, "error", file, {
            line: row.line,
            column: col(this.valueColumn),
            value: valueRaw ?? "",
            args: { id: indicator.id, min, max, external },
          }),
        );
        continue;
      }
      const evidence = cellAt(row, this.map.evidence);
      if (this.map.evidence && evidence === null && compare(parsed.value, fromInt(3)) >= 0) {
        report(finding("evidence/missing", "warning", file, { line: row.line, column: col(this.map.evidence), value: "", args: { id: indicator.id } }));
      }
      found.set(indicator.id, {
        indicator,
        value: parsed.value,
        raw: valueRaw!,
        line: row.line,
        evidence,
        note: cellAt(row, this.map.note),
        owner: cellAt(row, this.map.owner),
      });
    }

    const values = new Map<string, IndicatorValue>();
    for (const ind of this.framework.indicators) {
      const v = found.get(ind.id);
      if (v) values.set(ind.id, v);
      // when the file itself is broken (an unclosed quote swallowed the rest), missing rows are a symptom, not news
      else if (!firstLine.has(ind.id) && !explained.has(ind.id) && !fileBroken) {
        report(finding("indicator/missing", "error", file, { args: { id: ind.id, framework: this.framework.id, assessment: this.where(group) } }));
      }
    }
    return {
      source: file,
      instansi: group.instansi,
      tahun,
      jenis: jenis ?? group.jenisRaw,
      framework: this.framework,
      values,
      rowLines: firstLine,
      findings,
      valid: !fileBroken && !hasError,
    };
  }

  /** the assessment a missing-indicator finding belongs to, when a file holds several */
  private where(group: Group): string | null {
    const parts = [group.instansi, group.tahunRaw, group.jenisRaw].filter((p): p is string => p !== null);
    return parts.length ? parts.join(" / ") : null;
  }
}
