/**
 * What is said when an `-o` file cannot be written because of where it was to go: loaded on that
 * error path only (cli/write-error.ts), apart from the catalogue every run loads.
 */
export const WRITE_TEXT = {
  /** the reason in "cannot write '<name>': …" when the folder named for the file is not there */
  noFolder: { id: "direktori '{name}' tidak ada", en: "the directory '{name}' does not exist" },
} as const;
