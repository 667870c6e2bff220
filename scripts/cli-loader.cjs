"use strict";
// dist/cli/spbe.cjs (copied there by scripts/bundle.mjs): loads the bundle's files, main-<hash>.cjs and the
// chunks it requires, with V8's code cache. Compiling the bundle is most of what a short run costs
// beyond Node's own start-up; the cache (dist/cli/cache/, made at build time by a few training runs)
// holds the compiled code of every function those runs used, so a run deserialises instead of
// parsing and compiling. V8 checks each cache against the source and its own version and flags: a
// cache that does not fit (another Node, a changed file) is rejected and the file compiled as
// usual, so the cache only ever makes a run faster, never different. The technique is that of
// v8-compile-cache, limited to our own files.
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
  let cachedData;
  if (!WRITE) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // no cache for this file: compiled as usual
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (WRITE) scripts.push({ script, name: path.basename(cacheFile) });
  const dir = path.dirname(file);
  // the bundle's own files through this loader; Node's builtins (all the bundle requires) through Node
  const local = (id) => (id.startsWith(".") ? load(path.join(dir, id)) : require(id));
  script.runInThisContext()(module.exports, local, module, file, dir);
  return module.exports;
}

if (WRITE) {
  process.on("exit", () => {
    fs.mkdirSync(WRITE, { recursive: true });
    for (const { script, name } of scripts) fs.writeFileSync(path.join(WRITE, name), script.createCachedData());
  });
}

// main-<hash>.cjs: scripts/bundle.mjs writes the name in. Every file's name carries a hash of its
// contents, so a cache (named after its file) can only ever meet the code it was made from.
const MAIN = "main.cjs";
module.exports = load(path.join(__dirname, MAIN));
