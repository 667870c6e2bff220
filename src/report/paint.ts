/**
 * The styles the human formats (table, text) use. A chalk instance is such a
 * painter; `plain` paints nothing. Renderers take this rather than chalk
 * itself, so that a run whose output is no colour terminal (JSON, CSV, files,
 * CI logs: nearly every run) never loads chalk: its styles are built when it
 * loads, a millisecond of a `spbe score` (README, "Kinerja / Performance").
 */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const same = (text: string): string => text;

/** Styles nothing: JSON, CSV, files, and any terminal without colour. */
export const plain: Paint = Object.freeze({ red: same, yellow: same, green: same, bold: same, dim: same });

/** Chalk at a colour level (0 = none: then `plain`, and chalk is not loaded). */
export async function paintAt(level: 0 | 1 | 2 | 3): Promise<Paint> {
  if (level === 0) return plain;
  const { Chalk } = await import("chalk");
  return new Chalk({ level });
}
