import { type Jenis, jenisOf } from "../assessment/jenis.js";
import { type Finding, isError } from "../core/findings.js";
import { builtinFrameworks } from "../frameworks/builtin.js";
import type { PredikatBasis } from "../frameworks/types.js";
import { RANK_CLI } from "../messages/rank-cli.js";
import type { RankEntry, TargetRow } from "../rank/entry.js";
import { KATEGORI_FILTERS, provinsiKey, provinsiNames, provinsiOfShortForm } from "../rank/names.js";
import { PROVINSI_SINGKATAN } from "../rank/provinsi-singkatan.js";
import type { RendererEntry } from "../report/registry.js";
import { takeEntries } from "../results/input.js";
import { parseDelimiter, stdinNameOf } from "./assessments.js";
import type { Context } from "./context.js";
import { cliError, usageError } from "./errors.js";
import type { Ignoring } from "./ignore.js";
import { expandInputs } from "./inputs.js";
import { parseMaxBytes, refuseOutputOverInput } from "./io.js";
import { asNationalInput, NATIONAL_READING, type NationalInput, nationalInput } from "./national.js";
import { sayFindings } from "./output.js";
import { frameworkFiles, resolveScoringFramework } from "./resolve-framework.js";
import { streamInput } from "./stream.js";
import { perhaps, suggestSimilar } from "./suggest.js";

/** The options of every command that reads inputs for a ranking (rank, trend, score --banding). */
export interface RankingFlags {
  readonly framework?: string | undefined;
  readonly delimiter?: string | undefined;
  readonly maxBytes?: string | undefined;
  readonly withoutExternal?: boolean | undefined;
  readonly nasional?: string | undefined;
  readonly output?: string | undefined;
  readonly stdinName?: string | undefined;
}

export interface RankingInputs {
  readonly entries: readonly RankEntry[];
  /** the user's inputs' findings; the bundled results' faults are said as a note on their rows instead */
  readonly findings: readonly Finding[];
  /** how many inputs were read */
  readonly files: number;
  /** the targets of rows with no index yet (an RPJMD table's years to come), for trend */
  readonly targets: readonly TargetRow[];
}

/** `--nasional 2023,2024` → the bundled inputs. */
export function nationalOption(text: string | undefined): NationalInput[] {
  if (text === undefined) return [];
  const years = text
    .split(",")
    .map((y) => y.trim())
    .filter((y) => y !== "");
  // `--nasional ""` (an unset "$TAHUN" in a script) named no year, and the trend or ranking went on
  // without the national results, exit 0: refused as a year that is not there, with the years that are
  if (years.length === 0) nationalInput(text);
  return years.map((y) => nationalInput(y));
}

/**
 * The inputs of a ranking, read one piece at a time: bundled national results
 * (`nasional-2024`, `--nasional`), result tables and assessment files (files,
 * directories, globs, `-`). No size limit unless --max-bytes says one: a
 * million-row file is streamed, not held.
 */
export async function readRankingInputs(
  ctx: Context,
  args: readonly string[],
  flags: RankingFlags,
  ignoring: Ignoring,
  basis: PredikatBasis | undefined,
): Promise<RankingInputs> {
  const national: NationalInput[] = nationalOption(flags.nasional);
  const paths: string[] = [];
  for (const arg of args) {
    const n = asNationalInput(ctx, arg);
    if (n) national.push(n);
    else paths.push(arg);
  }
  if (paths.length === 0 && national.length === 0) throw usageError(RANK_CLI.noInputs);
  refuseOutputOverInput(ctx, flags.output, [...paths, ...frameworkFiles(flags.framework)]);
  const files = paths.length > 0 ? expandInputs(ctx, paths) : [];
  refuseOutputOverInput(ctx, flags.output, files);
  if (flags.stdinName !== undefined) (await import("./stdin-name.js")).sayUnusedStdinName(ctx, flags.stdinName, files);
  const framework = await resolveScoringFramework(ctx, flags.framework, flags.withoutExternal);
  const stdinName = stdinNameOf(flags);
  const common = {
    framework,
    frameworks: builtinFrameworks(),
    explicit: flags.framework !== undefined,
    delimiter: parseDelimiter(flags.delimiter),
    maxBytes: flags.maxBytes === undefined ? null : parseMaxBytes(flags.maxBytes),
    lean: true,
  };
  const entries: RankEntry[] = [];
  const findings: Finding[] = [];
  const targets: TargetRow[] = [];
  const seen = new Set<string>();
  for (const n of national) {
    if (seen.has(n.name)) continue;
    seen.add(n.name);
    // the bundled files are ours: no --delimiter or --max-bytes of the user's applies to them, nor their
    // --framework: each row is read by its year among the bundled frameworks (a framework file of one's own
    // with spbe-2020's years took the ministry's rows over, and called 324 of them faulty by its own bands)
    const input = await streamInput(ctx, n.name, n.path, { ...common, ...NATIONAL_READING });
    for (const e of takeEntries(input, { source: n.name, user: false, basis }).entries) entries.push(e);
  }
  for (const file of files) {
    const input = await streamInput(ctx, file === "-" ? (stdinName ?? "-") : file, file, common);
    const read = takeEntries(input, { user: true, basis });
    for (const e of read.entries) entries.push(e);
    for (const f of ignoring.findings(read.findings)) findings.push(f);
    // one by one: a spread passes every item as an argument, and a results table of 130 000 rows overflowed the stack
    for (const t of read.targets) targets.push(t);
  }
  return { entries, findings, files: seen.size + files.length, targets };
}

/**
 * Loads the renderer's module before the inputs are read: once a national input has set V8's heap flags
 * (src/cli/heap.ts), V8 refuses the code cache of every file loaded after, and the renderer and its CSV
 * writer were compiled from source (rank 1 M CSV 0.97–0.99 ×). A usual run loads the same files, earlier.
 */
export async function loadRendererFirst<M>(entry: RendererEntry<M>): Promise<void> {
  await (entry.loadPieces ?? entry.load)();
}

/**
 * Inputs of targets alone (an RPJMD table) and no results anywhere: rank said "no rows match" and trend
 * "no instansi with a year", exit 0, of a run with nothing to rank or follow — the results were forgotten.
 * Stopped (exit 2) in the command's words (`how`: what to add), the inputs' warnings said first. Not where
 * an input has an error: that is the run's answer.
 */
export async function refuseTargetsOnly(
  ctx: Context,
  read: RankingInputs,
  how: typeof RANK_CLI.targetsOnly | typeof RANK_CLI.bandingTargetsOnly,
): Promise<void> {
  if (read.entries.length > 0 || read.targets.length === 0 || read.findings.some(isError)) return;
  if (read.findings.length > 0) await sayFindings(ctx, read.findings);
  throw cliError(how, { files: [...new Set(read.targets.map((t) => t.source))].join(", ") });
}

/** `--jenis`: mandiri or evaluasi, by any name a `jenis` cell may give them ("resmi", "self"). */
export function parseJenis(text: string | undefined): Jenis | undefined {
  if (text === undefined) return undefined;
  const jenis = jenisOf(text.trim());
  if (jenis === null) throw usageError(RANK_CLI.badJenis, { value: text });
  return jenis;
}

/**
 * `--kategori`: one of the five, or pemda / pusat; `single`: one of the five only (plan --target-rank
 * ranks within one), and only those are offered when the word is none (they listed the groups, which
 * plan then refused).
 */
export function parseKategori(text: string | undefined, single = false): string | undefined {
  if (text === undefined) return undefined;
  const k = text.trim().toLowerCase();
  const group = Object.hasOwn(KATEGORI_FILTERS, k) ? KATEGORI_FILTERS[k]! : null;
  if (!group) {
    const known = Object.keys(KATEGORI_FILTERS).filter((name) => !single || KATEGORI_FILTERS[name]!.length === 1);
    throw usageError(RANK_CLI.badKategori, { value: text, known: known.join(", ") });
  }
  if (single && group.length > 1) throw usageError(RANK_CLI.targetRankGroup, { value: k, kategori: group.join(", ") });
  return k;
}

/**
 * `--provinsi` as the entries spell it ("jabar", "Prov. Jabar", "Provinsi Jawa Barat" → "Jawa Barat", as the
 * national rows print it), so that every output names the province in full. A province no entry is in
 * (a typo) would rank nobody, or plan for "rank 1 of 1", and say nothing: refused with the names
 * nearest it (exit 2). Inputs without a provinsi column refuse nothing; a short form is spelled out.
 */
export function resolveProvinsi(ctx: Context, entries: readonly RankEntry[], provinsi: string | null | undefined): string | undefined {
  if (provinsi === undefined || provinsi === null) return undefined;
  const known = provinsiNames(entries);
  if (known.size === 0) return provinsiOfShortForm(provinsi) ?? provinsi;
  const typed = provinsiKey(provinsi);
  const name = known.get(typed);
  if (name !== undefined) return name;
  // a part of names ("Jawa", "Sumatera", "Nusa Tenggara"): every province it is part of, not the one nearest in
  // spelling ("Sumatera" suggested Sulawesi Tenggara, "Jawa" Jawa Barat alone)
  const partOf = typed === "" ? [] : [...known].filter(([key]) => ` ${key} `.includes(` ${typed} `)).map(([, n]) => n);
  if (partOf.length > 0) throw cliError(RANK_CLI.noProvinsi, { name: provinsi, similar: perhaps(partOf.sort((a, b) => a.localeCompare(b, "id")))[ctx.lang] });
  // near a name, or near a short form ("Jabr"): the province it stands for
  const near = suggestSimilar(provinsi, [...known.values(), ...Object.keys(PROVINSI_SINGKATAN)]).map((n) =>
    Object.hasOwn(PROVINSI_SINGKATAN, n) ? PROVINSI_SINGKATAN[n]! : n,
  );
  throw cliError(RANK_CLI.noProvinsi, { name: provinsi, similar: perhaps([...new Set(near)])[ctx.lang] });
}
