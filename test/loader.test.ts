import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The bundle's loader (scripts/cli-loader.cjs, dist/cli/spbe.cjs once built) over a hand-made set of
 * files: which module bodies run, and when. Each body notes its name in `globalThis.ran` as it runs.
 */
function bundle(): string {
  const dir = mkdtempSync(join(tmpdir(), "spbe-loader-"));
  mkdirSync(join(dir, "chunks"));
  const body = (name: string, code: string) =>
    `${JSON.stringify(name)}:function(exports,require,module,__filename,__dirname){(globalThis.ran ??= []).push(${JSON.stringify(name)});${code}\n}`;
  const file = (path: string, modules: string[]) => writeFileSync(join(dir, path), `({${modules.join(",\n")}})\n`);
  // the entry and a module it imports share one file; two lazily required modules share another; one is alone
  file("main-T.cjs", [
    body("main-T.cjs", `const a = require("./chunks/a.cjs"); exports.a = a.name; exports.later = (id) => require(id);`),
    body("chunks/a.cjs", `exports.name = "a";`),
  ]);
  file("chunks/pack-B.cjs", [
    body("chunks/b.cjs", `exports.c = () => require("./c.cjs").name; exports.same = () => require("../chunks/./b.cjs") === module.exports;`),
    body("chunks/c.cjs", `exports.name = "c";`),
    body(
      "chunks/flaky.cjs",
      `globalThis.tries = (globalThis.tries ?? 0) + 1; if (globalThis.tries === 1) throw new Error("first load fails"); exports.ok = true;`,
    ),
  ]);
  file("chunks/d.cjs", [body("chunks/d.cjs", `exports.name = "d";`)]);
  // as esbuild's CommonJS chunks export (`__toCommonJS`): a getter per name, and `__esModule` not enumerable;
  // e and f require each other, and f re-exports e's `late`, which e sets only after requiring f
  const esbuildExports = (names: string) =>
    `module.exports = Object.defineProperty({}, "__esModule", { value: true }); for (const [k, get] of Object.entries(${names})) Object.defineProperty(module.exports, k, { get, enumerable: true });`;
  file("chunks/e.cjs", [
    body("chunks/e.cjs", `${esbuildExports(`{ name: () => "e", late: () => late, viaF: () => f.late }`)} const f = require("./f.cjs"); var late = "set";`),
  ]);
  file("chunks/f.cjs", [body("chunks/f.cjs", `${esbuildExports(`{ late: () => e.late }`)} const e = require("./e.cjs");`)]);
  const packed = {
    "main-T.cjs": "main-T.cjs",
    "chunks/a.cjs": "main-T.cjs",
    "chunks/b.cjs": "chunks/pack-B.cjs",
    "chunks/c.cjs": "chunks/pack-B.cjs",
    "chunks/flaky.cjs": "chunks/pack-B.cjs",
  };
  const loader = readFileSync(fileURLToPath(new URL("../scripts/cli-loader.cjs", import.meta.url)), "utf8")
    .replace('const MAIN = "main.cjs";', 'const MAIN = "main-T.cjs";')
    .replace("const PACKED = {};", `const PACKED = ${JSON.stringify(packed)};`);
  writeFileSync(join(dir, "spbe.cjs"), loader);
  return dir;
}

/** Runs `script` after requiring the loader (as `m`), with the loader's per-file report; its stdout as JSON, and the files it compiled. */
function run(dir: string, script: string): { out: unknown; compiled: string[] } {
  const r = spawnSync(process.execPath, ["-e", `const m = require(${JSON.stringify(join(dir, "spbe.cjs"))});\n${script}`], {
    encoding: "utf8",
    env: { ...process.env, SPBE_CODE_CACHE: "report" },
  });
  expect(r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("spbe-code-cache "))).toEqual([]);
  expect(r.status).toBe(0);
  return {
    out: JSON.parse(r.stdout),
    compiled: r.stderr
      .split("\n")
      .filter((l) => l.startsWith("spbe-code-cache "))
      .map((l) => l.split(" ")[1]!),
  };
}

describe("the bundle's loader (scripts/cli-loader.cjs)", () => {
  it("compiles a file when the first of its modules is required, and runs each module's body only when it is", () => {
    const dir = bundle();
    const { out, compiled } = run(
      dir,
      `const before = [...globalThis.ran];
       const b = m.later("./chunks/b.cjs");
       const afterB = [...globalThis.ran];
       const c = b.c();
       console.log(JSON.stringify({ a: m.a, before, afterB, c, ran: globalThis.ran, same: b.same() }));`,
    );
    expect(out).toEqual({
      a: "a",
      before: ["main-T.cjs", "chunks/a.cjs"],
      // c and flaky share b's file: compiled with it, not run
      afterB: ["main-T.cjs", "chunks/a.cjs", "chunks/b.cjs"],
      c: "c",
      ran: ["main-T.cjs", "chunks/a.cjs", "chunks/b.cjs", "chunks/c.cjs"],
      same: true,
    });
    // each file once; d (alone in its own file) never
    expect(compiled).toEqual(["main-T.cjs", "chunks/pack-B.cjs"]);
  });

  it("runs a module that failed on its first load again on the next require, as Node's require does; a module alone in its file loads by its own name", () => {
    const dir = bundle();
    const { out, compiled } = run(
      dir,
      `let first = null;
       try { m.later("./chunks/flaky.cjs"); } catch (e) { first = e.message; }
       const second = m.later("./chunks/flaky.cjs").ok;
       console.log(JSON.stringify({ first, second, tries: globalThis.tries, d: m.later("./chunks/d.cjs").name }));`,
    );
    expect(out).toEqual({ first: "first load fails", second: true, tries: 2, d: "d" });
    expect(compiled).toEqual(["main-T.cjs", "chunks/pack-B.cjs", "chunks/d.cjs"]);
  });

  // esbuild's exports are getters over getters, slow to call through a million times: once a body has run,
  // its exports are values; a module whose getters cannot answer yet (in a cycle) keeps them
  it("settles a module's getters into values once its body has run, unless one cannot answer yet", () => {
    const dir = bundle();
    const { out } = run(
      dir,
      `const e = m.later("./chunks/e.cjs");
       const f = m.later("./chunks/f.cjs");
       const own = (o, k) => Object.getOwnPropertyDescriptor(o, k);
       console.log(JSON.stringify({
         e: { name: own(e, "name"), late: own(e, "late"), viaF: e.viaF, esModule: own(e, "__esModule") },
         f: { getter: typeof own(f, "late").get, late: f.late },
       }));`,
    );
    expect(out).toEqual({
      e: {
        name: { value: "e", writable: true, enumerable: true, configurable: true },
        late: { value: "set", writable: true, enumerable: true, configurable: true },
        viaF: "set",
        esModule: { value: true, writable: false, enumerable: false, configurable: false },
      },
      // f ran inside e's body, before e set `late`: its getter said undefined then, and is kept, so says "set" now
      f: { getter: "function", late: "set" },
    });
  });
});
