/**
 * What is said when an `-o` file cannot be written because of where it was to go: loaded on that
 * error path only (cli/write-error.ts), apart from the catalogue every run loads.
 */
export const WRITE_TEXT = {
  /** the reason in "cannot write '<name>': …" when the folder named for the file is not there */
  noFolder: { id: "direktori '{name}' tidak ada", en: "the directory '{name}' does not exist" },
  /** …when the folder lets the file be written but takes no new file, which an atomic write makes first */
  noNewFiles: {
    id: "direktori '{name}' tidak mengizinkan berkas baru: -o menulis berkas sementara di sana lalu menggantikan berkas tujuan dengannya (tulis ke direktori lain, atau dengan > langsung ke berkasnya)",
    en: "the directory '{name}' does not allow new files: -o writes a temporary file there and renames it over the target (write to another directory, or with > straight into the file)",
  },
} as const;
