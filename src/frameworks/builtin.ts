import { deepFreeze } from "../core/freeze.js";
import { buildFramework } from "./build.js";
import pemdi2026 from "./data/pemdi-2026.json" with { type: "json" };
import spbe2018 from "./data/spbe-2018.json" with { type: "json" };
import spbe2020 from "./data/spbe-2020.json" with { type: "json" };
import type { FrameworkFile } from "./schema.js";
import type { Framework } from "./types.js";

/**
 * The bundled frameworks, in the order `spbe framework` lists them; the first
 * is the default. At run time they skip the zod schema (importing zod is about
 * a third of start-up) and the rules (`verified`: sums, ids and bands in exact
 * arithmetic). That they satisfy both is a test (test/frameworks.test.ts),
 * which is where the cast below, and `verified`, are earned.
 */
const FILES = [spbe2020, spbe2018, pemdi2026] as unknown as readonly FrameworkFile[];

export const DEFAULT_FRAMEWORK_ID = "spbe-2020";

const built = new Map<string, Framework>();

/** Whether the bundled frameworks are frozen as they are built: in the library, not in the CLI (`shareFrozen`). */
let frozen = false;
let all: readonly Framework[] | undefined;

/**
 * Freezes what the library shares between calls (core/freeze.ts): the bundled frameworks, those built and
 * those built from now on, and their list. The library's entry (src/index.ts) calls it once, for its
 * callers. The CLI is a closed program that changes none of it, and does not pay for it: deep-freezing
 * spbe-2020 cost ±1 ms of the ~13 ms a 47-row `score` takes beyond Node's own start-up.
 */
export function shareFrozen(): void {
  frozen = true;
  for (const framework of built.values()) deepFreeze(framework);
  if (all) Object.freeze(all);
}

/** A bundled framework that breaks a rule is a bug, not a user error. Each is built when first asked for. */
function build(file: FrameworkFile): Framework {
  let framework = built.get(file.id);
  if (!framework) {
    const result = buildFramework(file, { verified: true });
    if (!result.ok) throw new Error(`bundled framework is invalid: ${JSON.stringify(result.problems)}`);
    // shared by every call in the process: in the library, frozen, so that no caller can change it for the others
    framework = frozen ? deepFreeze(result.framework) : result.framework;
    built.set(file.id, framework);
  }
  return framework;
}

export function builtinFrameworks(): readonly Framework[] {
  all ??= frozen ? Object.freeze(FILES.map(build)) : FILES.map(build);
  return all;
}

/** The bundled file of an id as its JSON value, for telling a copy of it from a file that only takes its id. */
export function bundledFile(id: string): unknown {
  return FILES.find((f) => f.id === id);
}

/** The framework is one of the bundled regulations (not a file of one's own, whatever its id). */
export const isBundled = (framework: Framework): boolean => builtinFramework(framework.id) === framework;

export function builtinFramework(id: string): Framework | undefined {
  // in any case, as the CLI reads --framework ("SPBE-2020" was undefined here, a default framework to readAssessments)
  const wanted = typeof id === "string" ? id.toLowerCase() : id;
  const file = FILES.find((f) => f.id === wanted);
  return file ? build(file) : undefined;
}
