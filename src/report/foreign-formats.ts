/**
 * Document formats people name an `-o` file after that spbe never writes (a workbook, a PDF, SARIF…):
 * written as the command's default text format under such a name, the file was one its application
 * refuses. A fact table: each extension's kind, and per kind the formats to offer instead, best
 * first (the first one the command writes is offered). An extension not here and not a format's
 * (`.out`, none) is plain output: the command's default format.
 */
export type ForeignKind = "workbook" | "pdf" | "document" | "sarif" | "tsv" | "yaml";

export const FOREIGN_EXTENSIONS: Readonly<Record<string, ForeignKind>> = {
  ".xlsx": "workbook",
  ".xlsm": "workbook",
  ".xlsb": "workbook",
  ".xls": "workbook",
  ".ods": "workbook",
  ".numbers": "workbook",
  ".pdf": "pdf",
  ".docx": "document",
  ".doc": "document",
  ".odt": "document",
  ".rtf": "document",
  ".sarif": "sarif",
  ".tsv": "tsv",
  ".yaml": "yaml",
  ".yml": "yaml",
};

/** How an offer is worded: for Excel (`--excel`), to print, for a word processor, for CI, or just the file. */
export type Offer = "excel" | "print" | "word" | "ci" | "file";

/** What to write instead of each kind, best first: a format and how it is offered. */
export const INSTEAD: Readonly<Record<ForeignKind, readonly (readonly [format: string, offer: Offer])[]>> = {
  workbook: [["csv", "excel"]],
  pdf: [
    ["html", "print"],
    ["markdown", "file"],
  ],
  document: [
    ["html", "word"],
    ["markdown", "file"],
  ],
  sarif: [
    ["github", "ci"],
    ["json", "file"],
  ],
  tsv: [["csv", "file"]],
  yaml: [["json", "file"]],
};

/** The kind of format an output file's extension names that spbe does not write, or undefined. */
export function foreignKind(file: string): ForeignKind | undefined {
  const extension = /\.[A-Za-z0-9]+$/.exec(file)?.[0]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(FOREIGN_EXTENSIONS, extension) ? FOREIGN_EXTENSIONS[extension] : undefined;
}
