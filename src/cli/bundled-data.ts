import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the package's bundled national results are (`data/nasional`), found from this file
 * upwards (the sources, the library build and the CLI bundle sit at different depths). Apart from
 * `national.ts` so that `io.ts` can refuse to write over them without importing what imports it.
 */
let cached: string | null | undefined;

export function nationalDir(): string | null {
  cached ??= findNationalDir();
  return cached;
}

function findNationalDir(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, "data", "nasional");
    if (fs.existsSync(path.join(candidate, "README.md"))) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}

/** The bundled result files (`nasional-2024.csv` …), full paths; none where the folder is not found. */
export function bundledNationalFiles(): string[] {
  const dir = nationalDir();
  if (!dir) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^nasional-\d{4}\.csv$/.test(f))
    .map((f) => path.join(dir, f));
}
