/**
 * What `npm pack` puts in the package (#15): what users need and the built
 * dist/, the bundled national results (data/), nothing else (no sources, tests or fixtures). .ci/run goes further:
 * it installs the tarball globally and runs it; this is the quick check that
 * fails first when `files` or `exports` drift.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

function packedFiles(): string[] {
  // --ignore-scripts: dist/ is already built (test/global-setup.ts); a dry run must not rebuild it under running tests
  const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
}

describe("the package", () => {
  it("packs bin/, the built dist/, the national results, README, LICENSE and package.json, and nothing else", () => {
    const files = packedFiles();
    expect(files.filter((f) => !f.startsWith("dist/"))).toEqual([
      "LICENSE",
      "README.md",
      "bin/package.json",
      "bin/spbe.js",
      "data/nasional/README.md",
      "data/nasional/nasional-2023.csv",
      "data/nasional/nasional-2024.csv",
      "package.json",
    ]);
    for (const f of [
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli/spbe.cjs",
      "dist/cli/THIRD-PARTY-LICENSES.txt",
      "dist/frameworks/data/spbe-2020.json",
      "dist/frameworks/data/pemdi-2026.json",
    ]) {
      expect(files).toContain(f);
    }
    // the CLI is the bundle, its chunks and their code cache (scripts/bundle.mjs): no declarations, no build metadata
    expect(
      files.filter(
        (f) =>
          f.startsWith("dist/cli/") && !/^dist\/cli\/(spbe\.cjs|main-\w+\.cjs|THIRD-PARTY-LICENSES\.txt|chunks\/[\w-]+\.cjs|cache\/code-cache\.bin)$/.test(f),
      ),
    ).toEqual([]);
    expect(files.filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("declares an ESM package whose root export gives types first", () => {
    expect(pkg.type).toBe("module");
    expect(Object.keys(pkg.exports["."])).toEqual(["types", "default"]);
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    // the bundled national results and the manifest, by the package's name (`spbe/data/nasional/nasional-2024.csv`)
    expect(Object.keys(pkg.exports)).toEqual([".", "./data/nasional/*", "./frameworks/*", "./package.json"]);
    expect(pkg.exports["./data/nasional/*"]).toBe("./data/nasional/*");
    // the bundled framework files, to start a variant from in an installed package (src/ is not in it):
    // `spbe/frameworks/spbe-2020.json`
    expect(pkg.exports["./frameworks/*"]).toBe("./dist/frameworks/data/*");
    for (const id of ["spbe-2018", "spbe-2020", "pemdi-2026"]) {
      const read = (dir: string) => JSON.parse(readFileSync(join(ROOT, dir, `${id}.json`), "utf8"));
      expect(read("dist/frameworks/data")).toEqual(read("src/frameworks/data"));
    }
    expect(pkg.bin).toEqual({ spbe: "bin/spbe.js" });
    expect(pkg.engines.node).toBe(">=20");
  });

  it("has the MIT licence it names", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });
});
