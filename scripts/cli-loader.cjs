"use strict";
// dist/cli/spbe.cjs (copied there by scripts/bundle.mjs): loads the bundle's files, main-<hash>.cjs and the
// chunks it requires, with V8's code cache. Compiling the bundle is most of what a short run costs
// beyond Node's own start-up; the cache (dist/cli/cache/code-cache.bin, made at build time by a few
// training runs) holds the compiled code of every function those runs used, so a run deserialises
// instead of parsing and compiling. V8 rejects a cache made by another Node or with other flags, and
// one whose source has another length; it does not compare the source itself. So every file's name
// carries a hash of its contents (a rebuild never meets an old cache), and a cache older than the
// file (the file edited in place after the build: a patch, a sed) is not used. A cache not used means
// the file is compiled as usual: the cache only ever makes a run faster, never different.
// SPBE_CODE_CACHE=0 turns it off. The technique is that of v8-compile-cache, limited to our own files.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

/**
 * Every file's cache in one file: a 4-byte length, a JSON index ({ "<file name>": [offset, length] })
 * and the caches one after another. One read at start instead of a stat and a read per file: a
 * `score` loads twenty-odd files, and those calls were ±4 ms of it.
 */
const BLOB = path.join(__dirname, "cache", "code-cache.bin");
/** set by scripts/bundle.mjs for its training runs only: the cache file to write at exit */
const WRITE = process.env.SPBE_WRITE_CODE_CACHE;
const modules = new Map();
const scripts = [];
const caches = WRITE || process.env.SPBE_CODE_CACHE === "0" ? null : readBlob();

function load(file) {
  const known = modules.get(file);
  if (known) return known.exports;
  const module = { exports: {} };
  modules.set(file, module);
  const source = fs.readFileSync(file, "utf8");
  const name = path.basename(file);
  const cachedData = caches ? freshCache(file, name) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (WRITE) scripts.push({ script, name });
  const dir = path.dirname(file);
  // the bundle's own files through this loader; Node's builtins (all the bundle requires) through Node
  const local = (id) => (id.startsWith(".") ? load(resolveLocal(dir, id)) : require(id));
  try {
    script.runInThisContext()(module.exports, local, module, file, dir);
  } catch (error) {
    // as Node's require does: a module that failed to load is not half-kept for the next require
    modules.delete(file);
    throw error;
  }
  return module.exports;
}

/**
 * `./chunks/x.cjs` from `dir`, worked out once: the bundle's files require each other about seventy
 * times in a run, and as many path.join calls made Node's path normalisation hot enough for V8 to
 * optimise it on a background thread, a compilation (±10 ms here) that the process then waited
 * for at exit.
 */
const resolved = new Map();
function resolveLocal(dir, id) {
  const key = `${dir}\0${id}`;
  let file = resolved.get(key);
  if (file === undefined) {
    file = path.join(dir, id);
    resolved.set(key, file);
  }
  return file;
}

/** The caches by file name and when they were made, or null when there are none (or they cannot be read). */
function readBlob() {
  try {
    const mtimeMs = fs.statSync(BLOB).mtimeMs;
    const blob = fs.readFileSync(BLOB);
    const indexLength = blob.readUInt32LE(0);
    const index = JSON.parse(blob.toString("utf8", 4, 4 + indexLength));
    const data = 4 + indexLength;
    return { mtimeMs, blob, index, data };
  } catch {
    // no cache (SPBE_CODE_CACHE=0 at build) or a damaged one: every file compiled as usual
    return null;
  }
}

/** The file's cache, unless there is none or the file is newer than the caches. */
function freshCache(file, name) {
  const at = caches.index[name];
  if (!at) return undefined;
  try {
    if (fs.statSync(file).mtimeMs > caches.mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  return caches.blob.subarray(caches.data + at[0], caches.data + at[0] + at[1]);
}

if (WRITE) {
  process.on("exit", () => {
    try {
      const index = {};
      const parts = [];
      let offset = 0;
      for (const { script, name } of scripts) {
        const data = script.createCachedData();
        index[name] = [offset, data.length];
        parts.push(data);
        offset += data.length;
      }
      const json = Buffer.from(JSON.stringify(index));
      const head = Buffer.alloc(4);
      head.writeUInt32LE(json.length, 0);
      fs.mkdirSync(path.dirname(WRITE), { recursive: true });
      fs.writeFileSync(WRITE, Buffer.concat([head, json, ...parts]));
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
