import type { Framework, Indicator } from "../frameworks/types.js";
import type { CsvRecord } from "../io/csv.js";

/**
 * Section headings above a domain's or an aspect's rows, told apart from indicator rows without a
 * level. Asked only of a row whose level is blank: a row with a level is always read.
 */
export interface Headings {
  /**
   * The aspect numbers a row is a heading by in a file naming its indicators by their codes (Pemdi
   * "1;Tata Kelola dan Manajemen;" above "1,1"), with or without a dot after them: there a bare "1" is
   * no indicator's row. Null elsewhere: where ids are written plain, "1" is indicator 1, blank level and all.
   */
  readonly numbers: ReadonlySet<string> | null;
  /** the names below, made at the first row without a level that asks: a complete sheet never does */
  readonly names: () => SectionNames;
}

interface SectionNames {
  /** the domains' and aspects' names and other spellings (`nameKey`), less any an indicator also bears */
  readonly sections: ReadonlySet<string>;
  /** an indicator's names (`nameKey`): a row naming one is that indicator's, whatever its id cell says */
  readonly indicators: ReadonlySet<string>;
}

/** A name in any case and spacing: "DOMAIN  Tata Kelola SPBE" is "domain tata kelola spbe". */
const nameKey = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

/** What may stand before a domain's or aspect's name: "Domain", "Aspek", a number or roman numeral, a mark ("Domain 1:", "Aspek 1 -", "I."). */
const LEAD = /^(?:(?:domain|aspek)\s*(?:(?:\d+|[ivx]+)(?![\p{L}\p{N}]))?|(?:\d+|[ivx]+)(?![\p{L}\p{N}]))\s*[.:)\-\u2013\u2014]?\s*/iu;

/** An id cell a heading's number may sit in, beside its name: "1", "1.", "I", "II.", "Domain 2", "Aspek 1". */
const NUMBER = /^(?:(?:domain|aspek)\s*)?(?:\d+|[ivx]+)\.?$/iu;

/**
 * What the rows say headings by: the domains' and aspects' names always; the aspect numbers too where
 * some row of `rows` names an indicator by its code ("1.1", "1,1").
 */
export function headingsOf(
  rows: readonly CsvRecord[],
  column: number | undefined,
  framework: Framework,
  lookup: (raw: string) => Indicator | undefined,
): Headings {
  // made lazily: building these sets on every file cost `score` ~60 pages of memory (±0.7 ms) at start-up
  let names: SectionNames | undefined;
  return { numbers: aspectNumbers(rows, column, framework, lookup), names: () => (names ??= sectionNames(framework)) };
}

function sectionNames(framework: Framework): SectionNames {
  const indicators = new Set(framework.indicators.flatMap((i) => [i.name, ...i.aliases].map(nameKey)));
  // Pemdi's aspect 4 is named as its indicator 4.2 is: such a name says nothing of which the row is
  const sections = new Set(
    [...framework.domains, ...framework.aspects].flatMap((t) => [t.name, ...t.aliases].map(nameKey)).filter((n) => n !== "" && !indicators.has(n)),
  );
  return { sections, indicators };
}

function aspectNumbers(
  rows: readonly CsvRecord[],
  column: number | undefined,
  framework: Framework,
  lookup: (raw: string) => Indicator | undefined,
): ReadonlySet<string> | null {
  if (column === undefined || !framework.indicators.some((i) => i.code !== null)) return null;
  for (const row of rows) {
    const cell = row.cells[column];
    const indicator = cell ? lookup(cell) : undefined;
    if (indicator && indicator.code !== null && cell !== indicator.id) return new Set(framework.aspects.map((a) => a.id));
  }
  return null;
}

/** Whether `text` names a domain or aspect, with or without its lead ("Domain 1: Kebijakan Internal SPBE"). */
function namesSection(text: string, names: ReadonlySet<string>): boolean {
  return names.has(nameKey(text)) || names.has(nameKey(text.replace(LEAD, "")));
}

/**
 * Whether a row without a level (`id`: its indicator cell, not blank) is a section heading: an
 * aspect's number in a file of codes ("1", "1."), or a domain's or aspect's name, in the indicator
 * cell ("Domain 1: Kebijakan Internal SPBE", "I. Kebijakan Internal SPBE") or in a label cell
 * (`labels`, as `labelColumns` gives them) beside a number in the indicator cell ("1", "I", "Aspek 1").
 * Never a row whose label is an indicator's name: that row is the indicator's, its blank level a finding.
 */
export function isHeading(row: CsvRecord, id: string, labels: readonly number[], h: Headings): boolean {
  // "1." as the number's heading is written as often as "1": only "1" was skipped, "1." was "not an indicator"
  if (h.numbers?.has(id.endsWith(".") ? id.slice(0, -1) : id)) return true;
  const { sections, indicators } = h.names();
  if (sections.size === 0) return false;
  const inId = namesSection(id, sections);
  if (!inId && !NUMBER.test(id)) return false;
  let named = inId;
  const cells = row.cells;
  // the indicator's cell first, then the others left to right: none past the row's last (a hostile header is wide)
  for (let k = 1; k < labels.length && labels[k]! < cells.length; k++) {
    const cell = cells[labels[k]!]!;
    if (cell === "") continue;
    if (indicators.has(nameKey(cell))) return false;
    named ||= namesSection(cell, sections);
  }
  return named;
}
