import type { ResultFile } from "./read.js";

/**
 * A file `validate` checked: assessments by indicator, or a result table. In a module of its own
 * so that code which only asks (cli/ignore.ts, on every command's path) does not load the
 * result-table reader with it.
 */
export const isResultFile = (f: object): f is ResultFile => "kind" in f && f.kind === "results";
