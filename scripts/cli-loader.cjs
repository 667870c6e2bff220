"use strict";
// dist/cli/spbe.cjs (copied there by scripts/bundle.mjs): loads the bundle's files, main-<hash>.cjs and the
// chunks it requires, with V8's code cache. Compiling the bundle is most of what a short run costs
// beyond Node's own start-up; the cache (dist/cli/cache/, made at build time by a few training runs)
// holds the compiled code of every function those runs used, so a run deserialises instead of
// parsing and compiling. V8 rejects a cache made by another Node or with other flags, and one whose
// source has another length; it does not compare the source itself. So every file's name carries a
// hash of its contents (a rebuild never meets an old cache), and a cache older than its file (the
// file edited in place after the build: a patch, a sed) is not used. A cache not used means the file
// is compiled as usual: the cache only ever makes a run faster, never different. SPBE_CODE_CACHE=0
// turns it off. The technique is that of v8-compile-cache, limited to our own files.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const CACHE = path.join(__dirname, "cache");
/** set by scripts/bundle.mjs for its training runs only: where to write the caches at exit */
const WRITE = process.env.SPBE_WRITE_CODE_CACHE;
const modules = new Map();
const scripts = [];

function load(file) {
  const known = modules.get(file);
  if (known) return known.exports;
  const module = { exports: {} };
  modules.set(file, module);
  const source = fs.readFileSync(file, "utf8");
  const cacheFile = path.join(CACHE, `${path.basename(file)}.v8`);
  const cachedData = WRITE || process.env.SPBE_CODE_CACHE === "0" ? undefined : freshCache(file, cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (WRITE) scripts.push({ script, name: path.basename(cacheFile) });
  const dir = path.dirname(file);
  // the bundle's own files through this loader; Node's builtins (all the bundle requires) through Node
  const local = (id) => (id.startsWith(".") ? load(path.join(dir, id)) : require(id));
  try {
    script.runInThisContext()(module.exports, local, module, file, dir);
  } catch (error) {
    // as Node's require does: a module that failed to load is not half-kept for the next require
    modules.delete(file);
    throw error;
  }
  return module.exports;
}

/** The file's cache, unless there is none or it is older than the file. */
function freshCache(file, cacheFile) {
  try {
    if (fs.statSync(cacheFile).mtimeMs < fs.statSync(file).mtimeMs) return undefined;
    return fs.readFileSync(cacheFile);
  } catch {
    // no cache for this file: compiled as usual
    return undefined;
  }
}

if (WRITE) {
  process.on("exit", () => {
    try {
      fs.mkdirSync(WRITE, { recursive: true });
      for (const { script, name } of scripts) fs.writeFileSync(path.join(WRITE, name), script.createCachedData());
    } catch (error) {
      process.exitCode = 1;
      process.stderr.write(`spbe: code cache not written: ${error.message}\n`);
    }
  });
}

// main-<hash>.cjs: scripts/bundle.mjs writes the name in. Every file's name carries a hash of its
// contents, so a cache (named after its file) can only ever meet the code it was made from.
const MAIN = "main.cjs";
module.exports = load(path.join(__dirname, MAIN));
