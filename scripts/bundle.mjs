#!/usr/bin/env node
// The CLI for distribution: src/cli/main.ts and everything it imports, dependencies included, as
// one entry (dist/cli/main-<hash>.cjs, which dist/cli/spbe.cjs loads for bin/spbe.js) plus chunks for what loads lazily (each
// command's body, each renderer, zod for framework files and the config schema), so a run reads
// only the code it uses. The library (dist/index.js and its .d.ts) stays tsc's output, ESM. What
// each step below buys is measured by `npm run bench` (README, "Kinerja / Performance").
//
// The bundle is CommonJS (.cjs files; bin/package.json makes the launcher CommonJS too):
// a CommonJS entry never starts Node's ES module loader, which on Node 20 costs more than all of
// commander (its own modules, fs/promises and readline, a facade per builtin): 1.10 × `node -e 0`
// for commander and the program's definitions loaded as CommonJS, 1.27 × as ESM, measured here.
// esbuild splits only ESM, so the split is made in ESM and each output file is then rewritten to
// CommonJS, its imports (static and dynamic) becoming require() of the sibling files.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = process.env.SPBE_BUNDLE_OUT ?? join(ROOT, "dist/cli");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const BUILTIN = new RegExp(`^(node:)?(${builtinModules.map((m) => m.replace(/[/]/g, "\\/")).join("|")})$`);

/**
 * Builtins Node has not loaded by the time our code runs, of which the bundle takes only functions:
 * required on the first call rather than when the importing module loads. node:module (for
 * createRequire, which a run calls only to load node:tty or node:v8) cost every start ±0.2 ms to
 * compile. Importing another name from one of them fails the build: add it here if it is a function.
 */
const LAZY_BUILTINS = { "node:module": ["createRequire"] };

/**
 * Our own modules, by path under src/, that a usual run never calls into, and of which the bundle's
 * importers take only functions: each importer gets functions that require the module (a file of its
 * own, as a lazily imported module is) on their first call, so the run that does not call them never
 * reads, compiles nor evaluates it. The finding catalogue (34 KB; every message of every code, for a
 * run that has findings) and the standing words of `--banding` (10 KB) were a sixth of what a 47-row
 * `score --format json` loaded: −1.5 ms of its start, measured (README, Kinerja). The source keeps
 * its plain static imports (vitest, tsc and the library see the modules as they are); only the
 * bundle defers them. Importing a name not listed fails the build; `lazyStub` says how the require
 * is made synchronous.
 */
const LAZY_MODULES = {
  "src/messages/findings.ts": ["findingMessage"],
  "src/report/standing.ts": ["names", "standingJson", "standingLine", "standingText"],
};
/** the marker `lazyStub` writes, and `syncRequires` turns into a require of the module's file */
const SYNC_REQUIRE = "__spbeSyncRequire";

/** @type {import("esbuild").Plugin} */
const startup = {
  name: "spbe-startup",
  setup(b) {
    // Node's modules through require, not `import`: each ESM import of a builtin builds a facade
    // module with every export copied (about 1 ms each here; require: nothing measurable)
    b.onResolve({ filter: BUILTIN, namespace: "file" }, (args) =>
      args.kind === "import-statement" ? { path: args.path.replace(/^(node:)?/, "node:"), namespace: "builtin" } : undefined,
    );
    // as an ES module with the builtin's own export names, so that esbuild binds `fs.statSync` to one
    // of them, instead of a CommonJS wrapper whose interop copies every export at start-up
    b.onLoad({ filter: /.*/, namespace: "builtin" }, async (args) => {
      const lazy = LAZY_BUILTINS[args.path];
      if (lazy) {
        const lines = lazy.map((n) => `export const ${n} = (...args) => require(${JSON.stringify(args.path)}).${n}(...args);`);
        return { contents: `${lines.join("\n")}\n`, loader: "js" };
      }
      const names = Object.keys(await import(args.path)).filter((n) => n !== "default" && /^[A-Za-z_$][\w$]*$/.test(n));
      const lines = names.map((n) => `export const ${n} = /* @__PURE__ */ (() => m.${n})();`);
      return { contents: `const m = require(${JSON.stringify(args.path)});\nexport default m;\n${lines.join("\n")}\n`, loader: "js" };
    });
    // our lazily loaded modules (LAZY_MODULES): their importers get the stub, and the stub alone the module
    b.onResolve({ filter: /^\.\.?\/.*\.js$/, namespace: "file" }, (args) => {
      if (args.kind !== "import-statement") return undefined;
      const target = relative(ROOT, resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts")))
        .split(sep)
        .join("/");
      return Object.hasOwn(LAZY_MODULES, target) ? { path: target, namespace: "lazy-module" } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: "lazy-module" }, (args) => ({ contents: lazyStub(args.path), loader: "js", resolveDir: ROOT }));
    // commander requires child_process for executable subcommands, which spbe has none of: loaded
    // only if ever used (its modules are among the most expensive of Node's to load)
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "lazy-child-process", namespace: "stub" } : undefined,
    );
    b.onLoad({ filter: /^lazy-child-process$/, namespace: "stub" }, () => ({
      contents: `module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };`,
      loader: "js",
    }));
    // chalk's default instances detect colour through node:tty and node:os; spbe never uses them
    // (it builds `new Chalk({ level })` from its own decision: src/cli/context.ts)
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: "supports-color", namespace: "stub" }));
    b.onLoad({ filter: /^supports-color$/, namespace: "stub" }, () => ({
      contents: "export default { stdout: false, stderr: false };",
      loader: "js",
    }));
  },
};

const ENTRY = join(ROOT, "src/cli/main.ts");
/**
 * The stand-in an importer of a LAZY_MODULES module gets: its functions, each loading the module on
 * its first call. esbuild splits only dynamic imports, so the stub imports the module dynamically (a
 * file of its own, which no pack holds: `writePacks` follows static imports) inside a marker;
 * `syncRequires` then makes that a plain require() of the file, synchronous in the CommonJS bundle
 * (scripts/cli-loader.cjs), so the functions stay synchronous, as the source's are.
 */
function lazyStub(path) {
  const lines = LAZY_MODULES[path].map((n) => `export const ${n} = (...args) => load().${n}(...args);`);
  return `let loaded;\nconst load = () => (loaded ??= ${SYNC_REQUIRE}(() => import(${JSON.stringify(`./${path}`)})));\n${lines.join("\n")}\n`;
}

/** An output's ESM text with the stubs' dynamic imports (`lazyStub`) made require() of the same file. */
function syncRequires(text, file) {
  const made = text.replace(new RegExp(`${SYNC_REQUIRE}\\(\\s*\\(\\)\\s*=>\\s*import\\(\\s*("[^"]+")\\s*\\)\\s*\\)`, "g"), "require($1)");
  if (made.includes(SYNC_REQUIRE)) throw new Error(`scripts/bundle.mjs: a lazy module's import in ${file} was not made a require (lazyStub)`);
  return made;
}

/**
 * What `import.meta.url` becomes: a getter, worked out on first use from CommonJS's __filename (only
 * bundled-data.ts's national folder and a fallback or two ask it; pathToFileURL at every module's
 * load was ±0.15 ms of every start).
 */
const MODULE_URL = "__spbeModule.url";
const options = {
  entryPoints: { main: ENTRY },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  entryNames: "[name]-[hash]",
  chunkNames: "chunks/[name]-[hash]",
  // .cjs: what the file is, without Node looking up a package.json to learn it at each require
  outExtension: { ".js": ".cjs" },
  // `spbe --version` without looking for package.json at run time (src/cli/main.ts); the module's
  // own URL (src/cli/national.ts finds the bundled data from it) from CommonJS's __filename
  define: { SPBE_VERSION: JSON.stringify(version), "import.meta.url": MODULE_URL },
  // whitespace and syntax, not names: a bug's stack trace (SPBE_DEBUG=1) stays readable
  minifySyntax: true,
  minifyWhitespace: true,
  ...JSON.parse(process.env.SPBE_BUNDLE_EXTRA ?? "{}"),
  metafile: true,
  logLevel: "warning",
};

/**
 * esbuild puts code that the entry and a lazily imported module share into a chunk of its own
 * for each combination of importers: a dozen small files loaded at every start, each one more
 * asynchronous read, resolve and link. A first pass finds what the entry imports statically; in
 * the second, each lazily imported module outside that set also imports the entry, so all of it is
 * shared by every chunk alike and lands in one file. At run time those imports are no-ops: the
 * entry is always loaded first.
 */
const probe = await build({ ...options, plugins: [startup], write: false });
const staticSet = new Set();
const visit = (file) => {
  if (staticSet.has(file)) return;
  staticSet.add(file);
  for (const i of probe.metafile.inputs[file]?.imports ?? []) if (i.kind === "import-statement" && !i.external) visit(i.path);
};
visit("src/cli/main.ts");
const lazy = new Set();
for (const input of Object.values(probe.metafile.inputs)) {
  for (const i of input.imports) if (i.kind === "dynamic-import" && !staticSet.has(i.path)) lazy.add(join(ROOT, i.path));
}
/** @type {import("esbuild").Plugin} */
const oneSharedChunk = {
  name: "spbe-one-shared-chunk",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!lazy.has(args.path)) return undefined;
      return { contents: `${readFileSync(args.path, "utf8")}\nimport ${JSON.stringify(ENTRY)};\n`, loader: "ts" };
    });
  },
};
rmSync(OUT, { recursive: true, force: true });
const result = await build({ ...options, plugins: [startup, oneSharedChunk], write: false });
/** each output module's CommonJS code, by its name under OUT ("chunks/chunk-X.cjs") */
const code = new Map();
for (const file of result.outputFiles) {
  if (!file.path.endsWith(".cjs")) continue;
  // require() where the split wrote import: the CommonJS inside (commander, string-width) and the
  // builtins (see `startup`) already call the real one
  const cjs = await transform(syncRequires(file.text, file.path), {
    format: "cjs",
    platform: "node",
    target: "node20",
    supported: { "dynamic-import": false },
    minifySyntax: true,
    minifyWhitespace: true,
    logLevel: "warning",
  });
  const url = cjs.code.includes(MODULE_URL) ? `var __spbeModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };\n` : "";
  code.set(moduleName(file.path), `"use strict";\n${url}${cjs.code}`);
}
const packed = writePacks(result.metafile, code);
// the entry users load (bin/spbe.js, the tests, .ci/run): the loader of main-<hash>.cjs and its chunks with
// V8's code cache, and the cache itself from a few training runs (scripts/cli-loader.cjs says why)
const main = moduleName(Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === "src/cli/main.ts")[0]);
const loader = readFileSync(join(ROOT, "scripts/cli-loader.cjs"), "utf8")
  .replace('const MAIN = "main.cjs";', `const MAIN = ${JSON.stringify(main)};`)
  .replace("const PACKED = {};", `const PACKED = ${JSON.stringify(packed)};`);
if (!loader.includes(`const MAIN = ${JSON.stringify(main)};`) || !loader.includes(JSON.stringify(packed))) {
  throw new Error("scripts/cli-loader.cjs: no MAIN or PACKED to fill in");
}
writeFileSync(join(OUT, "spbe.cjs"), loader);
if (process.env.SPBE_CODE_CACHE !== "0") {
  const training = spawnSync(process.execPath, [join(ROOT, "scripts/code-cache-training.cjs")], {
    cwd: ROOT,
    env: { ...process.env, SPBE_WRITE_CODE_CACHE: join(OUT, "cache", "code-cache.bin") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (training.status !== 0) throw new Error(`code cache training failed (exit ${training.status})`);
}
// what went where, for anyone asking why a module loads (not packed into the package)
writeFileSync(join(OUT, "meta.json"), JSON.stringify(result.metafile));

// the bundle carries the code of its dependencies, so it carries their licences too
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m && !packages.has(m[1])) packages.set(m[1], JSON.parse(readFileSync(join(ROOT, m[1], "package.json"), "utf8")));
}
const notices = [...packages]
  .sort(([, a], [, b]) => a.name.localeCompare(b.name))
  .map(([dir, pkg]) => {
    const file = ["LICENSE", "LICENSE.md", "license", "LICENSE.txt", "license.md"].map((f) => join(ROOT, dir, f)).find(existsSync);
    const text = file ? readFileSync(file, "utf8").trim() : `${pkg.license} (no licence file in the package)`;
    return `${pkg.name}@${pkg.version} (${pkg.license})\n\n${text}\n`;
  });
writeFileSync(
  join(OUT, "THIRD-PARTY-LICENSES.txt"),
  `spbe's bundled CLI (dist/cli) includes code from these packages:\n\n${notices.join(`\n${"-".repeat(72)}\n\n`)}`,
);

/** An output's name under OUT, "/"-separated: "main-X.cjs", "chunks/chunk-Y.cjs" (the loader's module names). */
function moduleName(file) {
  return relative(OUT, resolve(ROOT, file)).split(sep).join("/");
}

/**
 * Writes the modules into files, and returns which modules share a file with others ({ module: file }).
 * Each file the loader reads costs a run a read, a stat, a compilation or a cache's deserialisation,
 * and fresh memory for each: a 47-row `score` loaded 23 files, and three files instead of them
 * saved it ±1.5–2 ms (README, "Kinerja / Performance"). So the modules every run loads (the entry and what it imports) share
 * main-<hash>.cjs; those a `score --format json` run loads beyond them (score-run, the json renderer
 * and their imports) share chunks/pack-<n>-<hash>.cjs, the table's and csv's beyond those files of
 * their own, and so do `validate`'s beyond all of them: in each group as few files as V8's largest
 * regular object allows: a source past it (128 KiB) is allocated
 * apart, in fresh pages (test/binary.test.ts holds every file a score run loads under it). Every
 * other module is a file of its own, under its own name. A file is one expression, an object of
 * its modules' bodies by name, each the function Node would wrap a CommonJS file in; the loader
 * compiles the file when one of its modules is first required, and runs each body when it is.
 * Every name carries a hash of its contents, as esbuild's own do (the code cache relies on it).
 */
function writePacks(metafile, code) {
  const outputs = new Map(Object.entries(metafile.outputs).map(([file, o]) => [moduleName(file), o]));
  const entryOf = (input) => [...outputs].find(([, o]) => o.entryPoint === input)?.[0];
  /** the module and every module it imports statically, depth first, in the order they load */
  const closure = (name, into = new Set()) => {
    if (into.has(name)) return into;
    into.add(name);
    for (const i of outputs.get(name).imports) if (i.kind === "import-statement" && !i.external) closure(moduleName(i.path), into);
    return into;
  };
  const core = closure(entryOf("src/cli/main.ts"));
  /** what `inputs` import beyond the modules already `taken`, which it takes */
  const beyond = (inputs, taken) => {
    const modules = [];
    for (const input of inputs) {
      const name = entryOf(input);
      if (!name) throw new Error(`scripts/bundle.mjs: no output for ${input} to pack`);
      for (const m of closure(name)) {
        if (taken.has(m)) continue;
        modules.push(m);
        taken.add(m);
      }
    }
    return modules;
  };
  const taken = new Set(core);
  // score --format json's files hold nothing of the other formats'; the table's own modules
  // (the box drawer, string-width and its words) and the csv renderer's (which shares those words) start files of
  // their own: a table or csv run loads the json run's files and those
  const groups = [
    beyond(["src/cli/commands/score-run.ts", "src/report/score-json.ts"], taken),
    beyond(["src/report/score-table.ts", "src/report/score-csv.ts"], taken),
    // what CI runs on every push: validate, beyond what it shares with score
    beyond(["src/cli/commands/validate-run.ts", "src/report/validate.ts"], taken),
  ];
  const body = (m) => `${JSON.stringify(m)}:function(exports,require,module,__filename,__dirname){${code.get(m)}\n}`;
  // as test/binary.test.ts counts it (the code is ASCII: esbuild escapes the rest)
  const LIMIT = 128 * 1024 - 256;
  const packs = [{ file: "main", modules: [...core] }];
  for (const group of groups) {
    let current = null;
    let size = 0;
    for (const m of group) {
      const bytes = body(m).length + 2;
      if (!current || size + bytes > LIMIT) {
        current = { file: `chunks/pack-${packs.length}`, modules: [] };
        packs.push(current);
        size = 4;
      }
      current.modules.push(m);
      size += bytes;
    }
  }
  const inPack = new Set(packs.flatMap((p) => p.modules));
  for (const m of code.keys()) if (!inPack.has(m)) packs.push({ file: m, modules: [m] });
  const packed = {};
  for (const pack of packs) {
    const text = `({${pack.modules.map(body).join(",\n")}})\n`;
    // a module alone keeps esbuild's name (its hash already names its contents), and the loader finds it by it
    const alone = pack.file === pack.modules[0];
    const file = alone ? pack.file : `${pack.file}-${createHash("sha256").update(text).digest("hex").slice(0, 8).toUpperCase()}.cjs`;
    mkdirSync(dirname(join(OUT, file)), { recursive: true });
    writeFileSync(join(OUT, file), text);
    if (!alone) for (const m of pack.modules) packed[m] = file;
  }
  return packed;
}
