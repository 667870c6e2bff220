import { compare } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";
import { nameWords } from "./headings.js";

/**
 * A legend of the maturity levels, which analysts write under the table of indicators:
 *
 *     Keterangan;;;;;;;
 *     ;;;1;Rintisan;;;
 *     ;;;2;Terkelola;;;
 *
 * or "1 = Rintisan", "1. Rintisan", "Tingkat 1 Rintisan" in one cell. Its rows were read as
 * indicators 1–5 with their levels blank, in an assessment of their own ("without
 * instansi/tahun/jenis": 42 indicators missing, five value/missing). Asked only of a row whose level
 * is blank, as `isHeading` is: a row with a level is always read.
 *
 * Skipped silently, as section headings are: a row is a legend only when everything it holds is
 * what the framework says (a level's number beside that level's own name, or a legend's title), so
 * nothing the analyst wrote is lost. A warning would fail `--strict` for every sheet of a template
 * that carries the legend, for rows that need nothing done. A level in two cells ("1;Rintisan") is
 * a legend's only in a legend: below its title, or below another legend row, blank rows between
 * (`AssessmentBuilder.heading`); alone it may be indicator 1 with its level typed in the name cell,
 * whose finding must keep its line.
 */

/** The level numbers each name names (`nameWords`), by the framework's own names: "rintisan" → {1}. */
export type LevelNames = ReadonlyMap<string, ReadonlySet<number>>;

/** A legend's title on a row of its own: "Keterangan", "Keterangan:", "Keterangan tingkat", "Legenda". */
const TITLE = /^(?:keterangan|legenda|legend)(?:\s+(?:tingkat(?:\s+kematangan)?|level|nilai))?\s*:?$/iu;

/** A level's number alone, as a cell beside its name holds it: "1", "1.", "1:", "Tingkat 1", "Level 1 =". */
const NUMBER = /^(?:(?:tingkat|level)\s*)?(\d{1,2})\s*[.:=)\-\u2013\u2014]?$/iu;

/** A level's number and its name in one cell: "1 = Rintisan", "1. Rintisan", "1 - Rintisan", "1: Rintisan", "Tingkat 1 Rintisan". */
const NUMBERED = /^(?:(?:tingkat|level)\s*)?(\d{1,2})(?:\s*[.:=)\-\u2013\u2014]\s*|\s+)(\S.*)$/iu;

/**
 * The framework's names of its levels, each with the levels it names: every indicator's
 * (`levelNames`: spbe-2020's Rintisan … Optimum for processes and Informasi … Optimum for services,
 * spbe-2018's Informasi … Optimalisasi); and where the framework names its bands instead, one band
 * for each whole level (Pemdi: Merintis … Unggul), the bands' names from the lowest band up, as the
 * levels 1 … 5. A name an indicator also bears is left out: that row is the indicator's.
 */
export function levelNamesOf(framework: Framework): LevelNames {
  const names = new Map<string, Set<number>>();
  const add = (name: string, level: number) => {
    const key = nameWords(name);
    if (key === "") return;
    const levels = names.get(key) ?? new Set<number>();
    names.set(key, levels.add(level));
  };
  for (const i of framework.indicators) for (const [level, name] of i.levelNames) add(name, level);
  const { min, max } = framework.levels;
  const bands = [...framework.bands].sort((a, b) => compare(a.max, b.max));
  if (names.size === 0 && bands.length === max - min + 1 && bands.every((b) => b.label !== null)) {
    for (const [k, band] of bands.entries()) add(band.label!, min + k);
  }
  for (const i of framework.indicators) for (const n of [i.name, ...i.aliases]) names.delete(nameWords(n));
  return names;
}

/** What a legend row is: its title, a level numbered in one cell ("1 = Rintisan"), or in two ("1" beside "Rintisan"). */
export type LegendRow = "title" | "numbered" | "level";

/**
 * Whether a row without a level is a legend's, and which kind: its label cells (`labels`, as
 * `labelColumns` gives them) say a legend's title and nothing else, or a level's number and that
 * level's name and nothing else, in one cell or two; and no other cell of the row holds anything (a
 * note in the catatan column is the analyst's own text, never skipped). A number beside another
 * level's name ("2;Rintisan"), or beside anything else, is no legend: that row keeps its findings.
 * So does one whose instansi, tahun or jenis is filled in, which are label cells too. The caller
 * decides what a two-cell row is by the rows above it: "1;Rintisan" is also what an indicator row
 * with the level typed into the name cell looks like (`AssessmentBuilder.heading`).
 */
export function legendRow(cells: readonly string[], labels: readonly number[], names: LevelNames): LegendRow | null {
  if (names.size === 0) return null;
  const said: string[] = [];
  // the indicator's cell first, then the others left to right: none past the row's last (a hostile header is wide)
  for (let k = 0; k < labels.length; k++) {
    const at = labels[k]!;
    if (k > 0 && at >= cells.length) break;
    const cell = cells[at]?.trim() ?? "";
    if (cell === "") continue;
    if (said.length === 2) return null;
    said.push(cell);
  }
  if (said.length === 0 || filledOf(cells).length !== said.length) return null;
  return kindOf(said, names);
}

/**
 * A legend written anywhere in a row whose indicator cell is blank (under the level column: ";;1;Rintisan",
 * ";;Keterangan:"): the row holds a legend's title alone, a level numbered in one cell, or a level's number
 * and that level's name in two cells, whichever columns they are in. Such a row was "a level with no
 * indicator number", "Keterangan:" called a level, and left the assessment above it unscored.
 */
export function legendInAnyColumn(cells: readonly string[], names: LevelNames): LegendRow | null {
  return names.size === 0 ? null : kindOf(filledOf(cells), names);
}

/** Whether a row whose indicator and level cells are blank is a legend's title and nothing else ("Keterangan" in the instansi column). */
export function legendTitle(cells: readonly string[]): boolean {
  const said = filledOf(cells);
  return said.length === 1 && TITLE.test(said[0]!);
}

/** What the cells a row holds say, one or two of them: a title, a level numbered in one cell, or a level's number and name. */
function kindOf(said: readonly string[], names: LevelNames): LegendRow | null {
  if (said.length === 1) return TITLE.test(said[0]!) ? "title" : numberedLevel(said[0]!, names) ? "numbered" : null;
  if (said.length !== 2) return null;
  return levelNamed(said[0]!, said[1]!, names) || levelNamed(said[1]!, said[0]!, names) ? "level" : null;
}

/** The row's cells that hold anything, trimmed. */
function filledOf(cells: readonly string[]): string[] {
  return cells.map((c) => c.trim()).filter((c) => c !== "");
}

/** "1 = Rintisan": a level's number, and that level's name. */
function numberedLevel(cell: string, names: LevelNames): boolean {
  const m = NUMBERED.exec(cell);
  return m !== null && names.get(nameWords(m[2]!))?.has(Number(m[1])) === true;
}

/** "1" beside "Rintisan": the number of the level `name` names. */
function levelNamed(number: string, name: string, names: LevelNames): boolean {
  const m = NUMBER.exec(number);
  return m !== null && names.get(nameWords(name))?.has(Number(m[1])) === true;
}
