import pemdi2026 from "./data/pemdi-2026.json" with { type: "json" };
import spbe2018 from "./data/spbe-2018.json" with { type: "json" };
import spbe2020 from "./data/spbe-2020.json" with { type: "json" };
import { parseFramework } from "./load.js";
import type { Framework } from "./types.js";

/** The bundled frameworks, in the order `spbe framework` lists them; the first is the default. */
const FILES: readonly unknown[] = [spbe2020, spbe2018, pemdi2026];

export const DEFAULT_FRAMEWORK_ID = "spbe-2020";

let cache: readonly Framework[] | undefined;

/** Bundled frameworks go through the same validation as user files; a failure here is a bug. */
export function builtinFrameworks(): readonly Framework[] {
  cache ??= FILES.map((file) => {
    const result = parseFramework(file);
    if (!result.ok) throw new Error(`bundled framework is invalid: ${JSON.stringify(result.problems)}`);
    return result.framework;
  });
  return cache;
}

export function builtinFramework(id: string): Framework | undefined {
  return builtinFrameworks().find((f) => f.id === id);
}
