import { createRequire } from "node:module";

/*
 * V8's heap settings for an input of national size, apart from the reader (stream.ts) so that a
 * command that reads whole (score's CSV and JSON of a large file) loads them only when it meets one.
 */

/** Inputs at least this large are of national size (a million rows are 32 MB): V8's heap is kept small for them. */
export const NATIONAL_SIZE = 16 << 20;

let heapKept = false;

/**
 * Tells V8 to keep its heap close to what the run holds, once an input reaches national size:
 * - the young generation at its start size (1 MB semi-spaces). V8 grows it by what survives its
 *   scavenges, and what a national file's assessments keep survives every one: it grew to two
 *   16 MB semi-spaces (2 million rows: peak 154 → 127 MB, in the same time);
 * - the old generation collected when it has grown by a quarter since the last full collection,
 *   not by V8's own factor (up to 4× for a heap this small, which a run that keeps allocating
 *   reaches): peak 2 M rows 110 → 97 MB, 4 M rows 174 → 136 MB, for 0–6 % more time;
 * - each scavenge done by the main thread alone. V8 shares one between threads by the young
 *   generation's size, and a 1 MB one still got a second thread: its hand-off cost more than the copying
 *   it shared (a million rows: 260 scavenges, their pauses 126 → 93 ms; `rank` 2–5 % faster, same peak).
 * (README, "Kinerja / Performance".) The setting is the process's, so it is made here in the CLI,
 * once; node:v8 is loaded only then (for a short run it costs ~3 ms), and V8 no longer takes the
 * code caches made without it, so what still loads compiles as usual. Returns whether it was made now.
 */
export function keepHeapSmall(setFlags: (flags: string) => void = v8Flags): boolean {
  if (heapKept) return false;
  heapKept = true;
  const flags = nationalHeapFlags(process.versions.v8);
  if (flags === null) return false;
  setFlags(flags);
  return true;
}

const NATIONAL_HEAP_FLAGS = "--semi-space-growth-factor=1 --heap-growing-percent=25 --no-parallel-scavenge";
/** V8 11's own values of the same flags (`node --v8-options`) */
const DEFAULT_HEAP_FLAGS = "--semi-space-growth-factor=2 --heap-growing-percent=0 --parallel-scavenge";

/**
 * V8's own heap settings again, where `keepHeapSmall` made them for an input that turned out to be a
 * result table: it keeps every row, and under a young generation held at its start size a table of 17 MB
 * took twice the time of one of 16.6 MB (3,700 scavenges against 200). Made as soon as the header says
 * so; setting the flags only then, instead of before reading, left a national long-form file 8 MB larger
 * (the young generation had grown by then). Only for an input of national size itself: a small table
 * read after a national file left the next national file with V8's settings. Returns whether it was made.
 */
export function restoreHeapDefaults(setFlags: (flags: string) => void = v8Flags): boolean {
  if (!heapKept || nationalHeapFlags(process.versions.v8) === null) return false;
  setFlags(DEFAULT_HEAP_FLAGS);
  // a national long-form input after this table is kept small again
  heapKept = false;
  return true;
}

/**
 * The flags for a V8 known to have them: V8 11 (Node 20, what these machines run). V8 answers a
 * flag it does not know with an error line of its own (V8 11: on stderr, checked by
 * test/rank-cli.test.ts) and ignores it: another V8 keeps its defaults until it is checked here.
 */
export function nationalHeapFlags(v8Version: string): string | null {
  return /^11\./.test(v8Version) ? NATIONAL_HEAP_FLAGS : null;
}

function v8Flags(flags: string): void {
  (createRequire(import.meta.url)("node:v8") as typeof import("node:v8")).setFlagsFromString(flags);
}
