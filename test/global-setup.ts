import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The spawned tests run the built binary: bin/spbe.js loads the bundle
 * (dist/cli/spbe.cjs, scripts/bundle.mjs), and SPBE_TEST_BUNDLE=1 runs the
 * in-process end-to-end tests against it too (test/run-cli.ts). `npm ci`
 * builds it (the prepare script) and CI runs the tests right after, so the
 * build is done once; a developer who edited src/, the bundle script or
 * package.json (its version is inlined) since gets a rebuild here, so a
 * spawned test never runs yesterday's code.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

function builtAt(file: string): number {
  try {
    return statSync(join(ROOT, file)).mtimeMs;
  } catch {
    return 0;
  }
}

export default function setup(): void {
  const sources = Math.max(newest(join(ROOT, "src")), builtAt("scripts/bundle.mjs"), builtAt("package.json"));
  if (Math.min(builtAt("dist/index.js"), builtAt("dist/cli/spbe.cjs")) >= sources) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
  execFileSync(process.execPath, [join(ROOT, "scripts/bundle.mjs")], { stdio: "inherit" });
}
