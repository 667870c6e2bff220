import { stripControls } from "../core/control.js";

/**
 * Escaping for each output medium. Everything that came from an input file
 * (instansi, notes, raw values, even names in a user's framework file) passes
 * through one of these before it reaches a terminal, a spreadsheet or a page.
 */

/** Removes C0/C1 control characters (ESC, BEL, CR, …) so a file cannot move the cursor or recolour a terminal; newlines and tabs become spaces. */
export function terminalSafe(text: string): string {
  return stripControls(text.replace(/[\t\n]/g, " "));
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** = + - @ tab CR: what a spreadsheet may take for the start of a formula */
const formulaStart = (c: number): boolean => c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;

/**
 * OWASP CSV-injection guidance: a cell starting with = + - @ tab or CR is
 * prefixed with ' so spreadsheets show it as text. Plain numbers ("-0.25") stay
 * numbers. Control characters are removed first: CSV goes to stdout, often a
 * terminal, where ESC would move the cursor or recolour it.
 */
export function csvSafe(text: string): string {
  // a quoted cell may hold a tab or a line break; nothing else a CSV cell never needs
  const clean = stripControls(text, "\t\n");
  return formulaStart(clean.charCodeAt(0)) && !NUMBER.test(clean) ? `'${clean}` : clean;
}

/** A Markdown table cell: pipes and backslashes escaped, line breaks flattened, HTML-significant characters escaped. */
export function markdownCell(text: string): string {
  return terminalSafe(text)
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([*_`[\]])/g, "\\$1");
}

/** A change as people read it: "+0.27", "-0.05", "0.00". */
export const signed = (display: string): string => (display.startsWith("-") || display === "0.00" || display === "0" ? display : `+${display}`);
