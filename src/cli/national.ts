import * as path from "node:path";
import { builtinFramework, builtinFrameworks, DEFAULT_FRAMEWORK_ID } from "../frameworks/builtin.js";
import { RANK_CLI } from "../messages/rank-cli.js";
import { bundledNationalFiles, nationalDir } from "./bundled-data.js";
import type { Context } from "./context.js";
import { cliError } from "./errors.js";
import { statOrNull, systemPath } from "./io.js";

/**
 * The ministry's national results, bundled as data (`data/nasional/`, with
 * their provenance in its README): `nasional-2024` on the command line, or
 * `--nasional 2024`. Adding a year is adding `nasional-YYYY.csv` there. The
 * folder is found by walking up from this module, which sits at a different
 * depth in `src/`, `dist/` and a bundle.
 */
export const NATIONAL_NAME = /^nasional-(\d{4})$/i;

/** The years there are national results for, oldest first. */
export function nationalYears(): number[] {
  return bundledNationalFiles()
    .map((f) => /nasional-(\d{4})\.csv$/.exec(f)![1]!)
    .map(Number)
    .sort((a, b) => a - b);
}

export interface NationalInput {
  /** what findings and the `source` of each row say: "nasional-2024" */
  readonly name: string;
  readonly path: string;
  readonly year: number;
}

/** `--nasional 2024` or the input name `nasional-2024`; an unknown year stops the run with the years there are. */
export function nationalInput(year: string | number): NationalInput {
  const text = String(year).trim();
  const years = nationalYears();
  if (!/^\d{4}$/.test(text) || !years.includes(Number(text))) {
    throw cliError(RANK_CLI.noNational, { year: text, years: years.join(", ") || "–" });
  }
  return { name: `nasional-${text}`, path: path.join(nationalDir()!, `nasional-${text}.csv`), year: Number(text) };
}

/** An argument that names the bundled results rather than a file: `nasional-2024`, unless a file of that name is there. */
export function asNationalInput(ctx: Context, arg: string): NationalInput | null {
  const m = NATIONAL_NAME.exec(arg);
  if (!m || statOrNull(systemPath(ctx.cwd, arg), arg)) return null;
  return nationalInput(m[1]!);
}

/**
 * How the bundled national results are read, whatever the user's options say: by the bundled frameworks
 * alone (each row by its year), in their own dialect, whole.
 */
export const NATIONAL_READING = {
  framework: builtinFramework(DEFAULT_FRAMEWORK_ID)!,
  frameworks: builtinFrameworks(),
  explicit: false,
  delimiter: undefined,
  maxBytes: null,
} as const;
