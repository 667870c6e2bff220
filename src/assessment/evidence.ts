import { wordsKey } from "../core/words-key.js";

/**
 * What people write in the evidence (bukti) column for "none": a dash, dots, a zero, "tidak ada",
 * "belum ada", "N/A". Such a cell counted as evidence, so a level 3 or higher with "-" beside it passed
 * `validate --strict` without evidence/missing (an exploratory tester). Matched as a whole cell, in any
 * case and spacing; anything longer is someone's evidence, however thin.
 */
const NO_EVIDENCE: ReadonlySet<string> = new Set([
  "-",
  "--",
  "---",
  "\u2013",
  "\u2014",
  ".",
  "..",
  "...",
  "\u2026",
  "?",
  "0",
  "n/a",
  "na",
  "n.a.",
  "none",
  "nil",
  "nihil",
  "kosong",
  "tidak ada",
  "belum ada",
  "tidak",
  "belum",
  "tbd",
  "tba",
]);

/** The longest cell `noEvidence` asks about ("belum ada" with spaces to spare): a longer cell is never sliced to be asked. */
export const NO_EVIDENCE_LONGEST = 16;

/** Whether an evidence cell (trimmed, not blank) only says there is none. */
export const noEvidence = (cell: string): boolean => cell.length <= NO_EVIDENCE_LONGEST && NO_EVIDENCE.has(wordsKey(cell));
