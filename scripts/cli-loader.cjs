"use strict";
// dist/cli/spbe.cjs (copied there by scripts/bundle.mjs): loads the bundle's modules, main-<hash>.cjs's
// and those they require, from the few files that hold them (scripts/bundle.mjs, `writePacks`), with
// V8's code cache. Compiling the bundle is most of what a short run costs
// beyond Node's own start-up; the cache (dist/cli/cache/code-cache.bin, made at build time by a few
// training runs, scripts/code-cache-training.cjs) holds the compiled code of the functions those runs used
// (for the files score and validate load, of theirs alone: see the checkpoint below), so a run
// deserialises instead of parsing and compiling. V8 rejects a cache made by another Node or with other flags, and
// one whose source has another length; it does not compare the source itself. So the blob keeps a copy
// of each file as it was compiled, and a cache is used only for a file byte for byte that copy (not for
// one edited in place after the build: a patch, a sed of the same length). File times cannot tell: an
// installer writes the package's files in its own order, at its own time, and a cache "older than its
// file" turned the cache off in every installed copy (~17 ms a run). Every file's name also carries a
// hash of its contents, so a rebuild never meets an old cache. A cache not used means the file is
// compiled as usual: the cache only ever makes a run faster, never different.
// SPBE_CODE_CACHE=0 turns it off. The technique is that of v8-compile-cache, limited to our own files.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

/**
 * Every file's cache in one file: a 4-byte length, a JSON index ({ "<file name under dist/cli>": [offset,
 * length, source offset, source length] }) and the caches and sources one after another. One open at start instead of a stat and an open per file (a
 * `score` loaded twenty-odd files before they were packed, and those calls were ±4 ms of it); each cache is then read on its
 * own, when its file loads, so that a run copies into memory only the caches of the files it uses
 * (for `score`, two thirds of the blob): on these VMs every fresh page of memory costs ~12 µs, and
 * reading the blob whole cost a run ±2 ms (README, "Kinerja / Performance").
 */
const BLOB = path.join(__dirname, "cache", "code-cache.bin");
/** set by scripts/bundle.mjs for its training runs only: the cache file to write at exit */
const WRITE = process.env.SPBE_WRITE_CODE_CACHE;
/** SPBE_CODE_CACHE=report: says on stderr, for every file loaded, whether its cache was used */
const REPORT = process.env.SPBE_CODE_CACHE === "report";
/** modules by name, as they are required */
const modules = new Map();
/** the bodies of the modules of each file compiled, by the file's name */
const files = new Map();
const scripts = [];
/**
 * Module name → the file holding it, for the modules that share a file (scripts/bundle.mjs writes
 * these in: `writePacks`); any other module is alone in a file of its own name.
 */
const PACKED = {};
const caches = WRITE || process.env.SPBE_CODE_CACHE === "0" ? null : readBlob();

/**
 * The module's exports, its body run on first require. A module is known by its name under this
 * folder ("chunks/chunk-X.cjs"); its body is in the file PACKED names, or else alone in a file of
 * its own name (scripts/bundle.mjs, `writePacks`).
 */
function load(name) {
  const known = modules.get(name);
  if (known) return known.exports;
  const module = { exports: {} };
  modules.set(name, module);
  // joined as text: path.join normalises, and in this loop it would grow hot (see `resolveLocal`)
  const file = `${__dirname}${path.sep}${name}`;
  const dir = path.dirname(file);
  const from = path.posix.dirname(name);
  // the bundle's own modules through this loader; Node's builtins (all the bundle requires) through Node
  const local = (id) => (id.startsWith(".") ? load(resolveLocal(from, id)) : require(id));
  try {
    bodyOf(name)(module.exports, local, module, file, dir);
    module.exports = settled(module.exports);
  } catch (error) {
    // as Node's require does: a module that failed to load is not half-kept for the next require
    modules.delete(name);
    throw error;
  }
  return module.exports;
}

/**
 * A module's exports as plain values, once its body has run. esbuild's CommonJS chunks export
 * through getters (`__toCommonJS`: for each name a getter that reads another getter, by a key one
 * function looks up for every name), so that every call into another chunk went through two
 * getters and a lookup V8 cannot make fast: the rational arithmetic a million times over on a
 * national file (score 1 M rows 8 %, rank 4 % of the run; README, "Kinerja / Performance"). Once a
 * body has run its exports do not change (no module exports a `let`, and nothing assigns to an
 * export later). A module in a cycle may still be unable to answer for another that has not run yet
 * (a getter that throws, or says undefined): it keeps its getters, which answer later. The object is
 * the one later requires get; a module that took the getters' object in a cycle keeps that one.
 */
function settled(exports) {
  const values = {};
  try {
    for (const key of Object.getOwnPropertyNames(exports)) {
      const value = exports[key];
      if (value === undefined) return exports;
      // `__esModule` is not enumerable: kept so, as esbuild made it
      if (Object.getOwnPropertyDescriptor(exports, key).enumerable) values[key] = value;
      else Object.defineProperty(values, key, { value });
    }
  } catch {
    return exports;
  }
  return values;
}

/** The module's body, from its file: compiled (with its cache) when the first of its modules is required. */
function bodyOf(name) {
  const fileName = Object.hasOwn(PACKED, name) ? PACKED[name] : name;
  let bodies = files.get(fileName);
  if (!bodies) {
    const file = path.join(__dirname, fileName);
    const source = readSource(file);
    const cachedData = caches ? cacheFor(fileName, source) : undefined;
    const script = new vm.Script(source.toString("utf8"), { filename: file, cachedData });
    if (WRITE) scripts.push({ script, name: fileName, source: Buffer.from(source) });
    // for the test that holds every file of a run to its cache (test/binary.test.ts): a cache that
    // stops being used only makes runs slower, which no other test would notice
    if (REPORT) process.stderr.write(`spbe-code-cache ${fileName} ${!cachedData ? "none" : script.cachedDataRejected ? "rejected" : "used"}\n`);
    bodies = script.runInThisContext();
    files.set(fileName, bodies);
  }
  if (!Object.hasOwn(bodies, name)) throw new Error(`${fileName} does not hold ${name}: the bundle is damaged (reinstall spbe)`);
  return bodies[name];
}

/**
 * `chunks/x.cjs` from `from` (a module's folder under this one), worked out once: the bundle's
 * modules require each other about seventy times in a run, and as many path.join calls made Node's
 * path normalisation hot enough for V8 to optimise it on a background thread, a compilation (±10
 * ms here) that the process then waited for at exit.
 */
const resolved = new Map();
function resolveLocal(from, id) {
  const key = `${from}\0${id}`;
  let name = resolved.get(key);
  if (name === undefined) {
    name = path.posix.join(from, id);
    resolved.set(key, name);
  }
  return name;
}

/** The open blob and its index, or null when there is none (or it cannot be read). */
function readBlob() {
  let fd = null;
  try {
    // left open for the process's life: caches are read from it as their files load
    fd = fs.openSync(BLOB, "r");
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    const indexLength = head.readUInt32LE(0);
    const json = Buffer.alloc(indexLength);
    if (fs.readSync(fd, json, 0, indexLength, 4) !== indexLength) throw new Error("short index");
    return { fd, index: JSON.parse(json.toString("utf8")), data: 4 + indexLength };
  } catch {
    // no cache (SPBE_CODE_CACHE=0 at build) or a damaged one: every file compiled as usual
    if (fd !== null) fs.closeSync(fd);
    return null;
  }
}

/**
 * Buffers every file, its copy and its cache are read into in turn, grown as needed: V8 reads a cache
 * only while `new vm.Script` deserialises it, and a buffer of its own for each (a file's cache is
 * 100–300 KB, past malloc's threshold: fresh pages every time) was ±80 pages of memory a `score`
 * touched (README, "Kinerja").
 */
const scratch = { source: null, copy: null, cache: null };

/** `length` bytes of `scratch[kind]`, grown to hold them. */
function room(kind, length) {
  if (scratch[kind] === null || scratch[kind].length < length) scratch[kind] = Buffer.allocUnsafeSlow(Math.max(length, 160 * 1024));
  return scratch[kind].subarray(0, length);
}

/** The file's bytes (in `scratch.source`: good until the next file). */
function readSource(file) {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = room("source", size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's cache (in `scratch.cache`: good until the next), unless there is none, `source` is not the copy it was made from, or it cannot be read whole. */
function cacheFor(name, source) {
  const at = caches.index[name];
  if (!at || at[3] !== source.length) return undefined;
  try {
    const copy = room("copy", at[3]);
    if (fs.readSync(caches.fd, copy, 0, at[3], caches.data + at[2]) !== at[3] || !copy.equals(source)) return undefined;
    const data = room("cache", at[1]);
    return fs.readSync(caches.fd, data, 0, at[1], caches.data + at[0]) === at[1] ? data : undefined;
  } catch {
    return undefined;
  }
}

if (WRITE) {
  // The caches of the files loaded so far, made at the training's checkpoint (scripts/code-cache-training.cjs)
  // from the runs before it, not at exit: a file's cache holds every function compiled in it by then, and the
  // files every score loads would otherwise carry the code the other commands' runs compiled in them, for a
  // score to deserialise and never run. The files loaded after it get their cache at exit.
  const made = new Map();
  globalThis[Symbol.for("spbe.codeCacheCheckpoint")] = () => {
    for (const { script, name } of scripts) if (!made.has(name)) made.set(name, script.createCachedData());
  };
  process.on("exit", () => {
    try {
      const index = {};
      const parts = [];
      let offset = 0;
      for (const { script, name, source } of scripts) {
        const data = made.get(name) ?? script.createCachedData();
        index[name] = [offset, data.length, offset + data.length, source.length];
        parts.push(data, source);
        offset += data.length + source.length;
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

// the entry module, main-<hash>.cjs: scripts/bundle.mjs writes the name in. Every file's name carries
// a hash of its contents, so a cache (named after its file) can only ever meet the code it was made from.
const MAIN = "main.cjs";
module.exports = load(MAIN);
