import { ambiguousFinding, conflictFinding, indicatorLookup, pickIndicatorColumn } from "../assessment/build.js";
import { type ColumnMatch, candidates, MAX_AMBIGUOUS, matchColumns } from "../assessment/columns.js";
import { parseLevel } from "../assessment/value.js";
import { type Finding, finding } from "../core/findings.js";
import { add, compare, div, equals, isInteger, parseDecimal, type Rational, toText } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";
import { bytesOf, delimiterOption, type TextOrBytes } from "../io/bytes.js";
import type { CsvRecord } from "../io/csv.js";
import { readTable } from "../io/table.js";

/**
 * `spbe plan --cost <file>`: what raising an indicator costs, read as strictly
 * as an assessment file and with the same reader (encoding, delimiter sniffing,
 * decimal comma where commas do not separate columns). Two shapes:
 *
 * - `indikator,biaya` — every step on the indicator costs `biaya`;
 * - `indikator,dari,ke,biaya` — one step from level `dari` to level `ke` costs
 *   `biaya`; `ke` must be the next level after `dari` (dari + 1, or + --step).
 *
 * Costs are exact decimals ≥ 0 in any unit (rupiah, person-days): never
 * thousands separators, since "50.000" is fifty thousand to an Indonesian
 * reader and fifty to a parser, so a number that looks grouped is refused
 * rather than guessed. Every problem is a finding with its line, column and
 * value; a cost file with an error plans nothing.
 */
export type CostTable = (
  | { readonly kind: "indicator"; readonly file: string; readonly perStep: ReadonlyMap<string, Rational> }
  /** by indicator id, then by the step's `dari` level (toText) */
  | { readonly kind: "level"; readonly file: string; readonly perStep: ReadonlyMap<string, ReadonlyMap<string, Rational>> }
) & {
  /** the unit the cost header names in parentheses ("Biaya (juta Rp)": "juta Rp"), shown beside costs; never used in arithmetic */
  readonly unit: string | null;
};

export interface CostInput {
  /** the CSV, as text or bytes (decoded as assessment files are) */
  readonly input: TextOrBytes;
  /** the name findings carry; "biaya.csv" when not given */
  readonly file?: string | undefined;
  /** force a delimiter instead of sniffing it */
  readonly delimiter?: "," | ";" | "\t" | "|" | undefined;
}

export interface CostRead {
  /** null when the file has an error: nothing is planned from costs that are not all known */
  readonly costs: CostTable | null;
  readonly findings: readonly Finding[];
}

/** The header names of a cost file's columns (the indicator's are an assessment's); its missing-column message names them all. */
export const COST_ALIASES = {
  cost: ["biaya", "cost", "anggaran", "budget"],
  from: ["dari", "from"],
  to: ["ke", "to"],
} as const;

/** "Biaya (juta Rp)": a header, then a unit in one pair of parentheses at its end (nothing after it) */
const WITH_UNIT = /^(.*?)\s*\(([^()]*)\)$/;

/** A column that could be a role's, left to right; `unit` only for the cost column ("Biaya (juta Rp)"). */
interface Candidate {
  readonly match: ColumnMatch;
  readonly unit: string | null;
}

/**
 * The columns a role could be read from: a header that is one of its names, or, for the cost column,
 * one of them followed by a unit in parentheses, as Excel sheets head a money column ("Biaya (juta Rp)",
 * "Cost (USD)"). Only the name and its unit: "Biaya tambahan", "Biaya (Rp) 2024" or "Biaya ()" are not
 * a cost column.
 */
function candidatesOf(cells: readonly string[], names: readonly string[], withUnit: boolean): Candidate[] {
  const found: Candidate[] = [];
  cells.forEach((header, index) => {
    const name = header.trim().toLowerCase();
    if (names.includes(name)) found.push({ match: { index, header }, unit: null });
    else if (withUnit) {
      const m = WITH_UNIT.exec(header.trim());
      const unit = m?.[2]?.trim() ?? "";
      if (m && unit !== "" && names.includes(m[1]!.toLowerCase())) found.push({ match: { index, header }, unit });
    }
  });
  return found;
}

/**
 * Every column after the first that could also be the role's is column/ambiguous, as two level columns
 * are in an assessment: "biaya" beside "anggaran", "Biaya (Rp)" beside "biaya", two "dari". The first
 * of them was read silently, and a sheet's budget column planned as if it were the cost.
 */
function ambiguities(file: string, line: number, role: "cost" | "from" | "to", found: readonly Candidate[]): Finding[] {
  const [first, ...rest] = found;
  if (!first) return [];
  const other = first.match;
  return rest.slice(0, MAX_AMBIGUOUS).map(({ match: at }) => {
    const kind = at.header.trim().toLowerCase() === other.header.trim().toLowerCase() ? "repeated" : "aliases";
    return ambiguousFinding(file, line, { kind, role, at, other });
  });
}

const COST = /^(?:0|[1-9]\d{0,14})(?:[.,]\d{1,6})?$/;
/** "50.000", "1.250.000", "2,500": thousands separators, or a decimal a reader would take for them */
const GROUPED = /^[1-9]\d{0,2}(?:[.,]\d{3})+$/;

/** A cost as written: an exact decimal ≥ 0 (decimal comma only where commas do not separate columns), or why not. */
export function parseCost(raw: string, decimalComma: boolean): { ok: true; value: Rational } | { ok: false; grouped: boolean } {
  if (GROUPED.test(raw)) return { ok: false, grouped: true };
  if (!COST.test(raw) || (!decimalComma && raw.includes(","))) return { ok: false, grouped: false };
  // at most 15 significant digits: the JSON output writes a cost as a number, and a double holds
  // 15 of them exactly (123456789012345.678901 came out as 1851851835185185.2 in a total); a sum
  // may pass 15, and is exact in JSON's costDisplay
  if (raw.replace(/[.,]/, "").replace(/^0+/, "").length > MAX_SIGNIFICANT) return { ok: false, grouped: false };
  return { ok: true, value: parseDecimal(raw.replace(",", "."))! };
}

const MAX_SIGNIFICANT = 15;

/**
 * The cells after `at` that are the rest of a number split at its thousands separators: as many
 * three-digit groups as the row has cells too many, or fewer where the rest of the surplus is empty
 * cells at the end (a trailing delimiter). Empty when they are not such groups.
 */
function spilled(row: readonly string[], at: number, surplus: number): string[] {
  for (let k = surplus; k > 0; k--) {
    const groups = row.slice(at + 1, at + 1 + k);
    const trailing = row.slice(row.length - (surplus - k));
    if (groups.every((c) => /^\d{3}(?:\.\d+)?$/.test(c)) && (surplus === k || trailing.every((c) => c === ""))) return groups;
  }
  return [];
}

/**
 * Reads a cost file against the framework. `grid` is the size of one step
 * (1, or --step for fractional frameworks): a `dari,ke` row must be one step.
 */
export function readCosts(source: CostInput, framework: Framework, grid: Rational): CostRead {
  const file = source.file ?? "biaya.csv";
  // text or bytes however held, as an assessment's (an ArrayBuffer was read as an empty file)
  const bytes = bytesOf(source.input, "plan: costs.input");
  delimiterOption(source.delimiter, "plan: costs");
  const table = readTable(bytes, { file, delimiter: source.delimiter });
  const findings: Finding[] = [...table.findings];
  const fail = (): CostRead => ({ costs: null, findings });
  if (!table.header || findings.some((f) => f.severity === "error")) return fail();

  const header = table.header;
  const cells = header.cells;
  const found = cells.slice(0, 12);
  const missing = (name: "indikator" | "biaya" | "dari" | "ke") =>
    findings.push(finding("cost/column-missing", "error", file, { line: header.line, args: { column: name, found } }));
  const decimalComma = table.dialect.decimalComma;
  // the same indicator name twice ("No;Indikator;No") is ambiguous, as in an assessment file; two
  // different names are told apart by what their rows hold (pickIndicatorColumn)
  const repeatedId = matchColumns(cells).ambiguous.filter((a) => a.role === "indicator");
  const costs = candidatesOf(cells, COST_ALIASES.cost, true);
  const froms = candidatesOf(cells, COST_ALIASES.from, false);
  const tos = candidatesOf(cells, COST_ALIASES.to, false);
  const ambiguous = [
    ...repeatedId.map((a) => ambiguousFinding(file, header.line, a)),
    ...ambiguities(file, header.line, "from", froms),
    ...ambiguities(file, header.line, "to", tos),
    ...ambiguities(file, header.line, "cost", costs),
  ];
  // left to right, as the header is read
  findings.push(...ambiguous.sort((a, b) => a.column! - b.column!));
  const { column: idColumn, conflict } = pickIndicatorColumn(table.rows.slice(0, 2000), framework, table.dialect, candidates(cells, "indicator"));
  // two columns of ids that name different indicators on a row: either would price the wrong ones
  if (conflict && repeatedId.length === 0) findings.push(conflictFinding(file, conflict));
  const costColumn = costs[0]?.match;
  const fromColumn = froms[0]?.match;
  const toColumn = tos[0]?.match;
  if (!idColumn) missing("indikator");
  if (!costColumn) missing("biaya");
  if (fromColumn && !toColumn) missing("ke");
  if (toColumn && !fromColumn) missing("dari");
  if (!idColumn || !costColumn || (fromColumn === undefined) !== (toColumn === undefined)) return fail();
  if (findings.some((f) => f.severity === "error")) return fail();

  const lookup = indicatorLookup(framework.indicators, decimalComma);
  const lookupExcluded = indicatorLookup(framework.excluded, decimalComma);
  const perLevel = fromColumn !== undefined;
  const perStep = new Map<string, Rational>();
  const perLevelStep = new Map<string, Map<string, Rational>>();
  /** the line each indicator (or indicator and step) was first priced on */
  const firstLine = new Map<string, number>();
  const cell = (row: CsvRecord, c: { index: number }) => row.cells[c.index] ?? "";
  const at = (row: CsvRecord, c: { index: number }, value: string) => ({ line: row.line, column: c.index + 1, value });

  for (const row of table.rows) {
    const rawId = cell(row, idColumn);
    const rawCost = cell(row, costColumn);
    const rawFrom = perLevel ? cell(row, fromColumn) : "";
    const rawTo = perLevel ? cell(row, toColumn!) : "";
    // a blank row (Excel's ";;;" at the end of a sheet) says nothing
    if (rawId === "" && rawCost === "" && rawFrom === "" && rawTo === "") continue;
    const indicator = lookup(rawId);
    if (!indicator) {
      // the excluded indicators (--without-external) are accepted and ignored, as in assessment files
      if (!lookupExcluded(rawId))
        findings.push(finding("cost/indicator-unknown", "error", file, { ...at(row, idColumn, rawId), args: { framework: framework.id } }));
      continue;
    }
    const { id, code } = indicator;
    // "2,500,000" unquoted in a comma file is three cells, "2", "500" and "000": the cost would be read as
    // 2 (with a ragged-row warning), and the columns after it shifted. Refused as the thousands separator
    // it is: as many cells of three digits after the cost as the row has cells too many (a trailing
    // delimiter's empty cells aside)
    const spill = spilled(row.cells, costColumn.index, row.cells.length - cells.length);
    if (spill.length > 0 && /^\d{1,3}$/.test(rawCost)) {
      const whole = [rawCost, ...spill].join(table.dialect.delimiter);
      findings.push(finding("cost/invalid", "error", file, { ...at(row, costColumn, whole), args: { field: "biaya", id, code, grouped: true } }));
      continue;
    }
    const cost = parseCost(rawCost, decimalComma);
    if (!cost.ok) {
      findings.push(finding("cost/invalid", "error", file, { ...at(row, costColumn, rawCost), args: { field: "biaya", id, code, grouped: cost.grouped } }));
    }
    if (!perLevel) {
      const first = firstLine.get(id);
      if (first !== undefined) findings.push(finding("cost/duplicate", "error", file, { ...at(row, idColumn, rawId), args: { id, code, step: null, first } }));
      else firstLine.set(id, row.line);
      if (cost.ok) perStep.set(id, cost.value);
      continue;
    }
    const level = (raw: string, field: "dari" | "ke", c: { index: number }) => {
      const parsed = parseLevel(raw, framework, decimalComma);
      if (parsed.ok) return parsed.value;
      const { min, max } = framework.levels;
      findings.push(finding("cost/invalid", "error", file, { ...at(row, c, raw), args: { field, id, code, min, max } }));
      return null;
    };
    const from = level(rawFrom, "dari", fromColumn);
    const to = level(rawTo, "ke", toColumn!);
    if (from === null || to === null) continue;
    // one step of the planner's ladder: from a level on the grid to the next one
    const onGrid = isInteger(div(from, grid));
    if (!onGrid || !equals(to, add(from, grid)) || compare(to, from) <= 0) {
      findings.push(
        finding("cost/not-a-step", "error", file, {
          ...at(row, toColumn!, rawTo),
          args: { id, code, from: toText(from), to: toText(to), step: toText(grid) },
        }),
      );
      continue;
    }
    const key = `${id}\u0000${toText(from)}`;
    const step = `${toText(from)}→${toText(to)}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      findings.push(finding("cost/duplicate", "error", file, { ...at(row, idColumn, rawId), args: { id, code, step, first } }));
      continue;
    }
    firstLine.set(key, row.line);
    if (cost.ok) {
      const steps = perLevelStep.get(id) ?? new Map<string, Rational>();
      steps.set(toText(from), cost.value);
      perLevelStep.set(id, steps);
    }
  }
  if (findings.some((f) => f.severity === "error")) return fail();
  const unit = costs[0]!.unit;
  return { costs: perLevel ? { kind: "level", file, perStep: perLevelStep, unit } : { kind: "indicator", file, perStep, unit }, findings };
}
