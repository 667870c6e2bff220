import { decideExit } from "../../core/exit.js";
import { RANK_CLI } from "../../messages/rank-cli.js";
import { rank } from "../../rank/rank.js";
import type { Context } from "../context.js";
import { cliError, usageError } from "../errors.js";
import { parseIgnore } from "../ignore.js";
import { chooseRenderer, type OutputOptions, writeReport } from "../output.js";
import { loadRendererFirst, parseJenis, parseKategori, type RankingFlags, readRankingInputs, refuseTargetsOnly, resolveProvinsi } from "../ranking.js";
import { parseYear } from "../year.js";
import { parseBasis, parseTop } from "./common.js";

export interface RankOptions extends OutputOptions, RankingFlags {
  tahun?: string;
  kategori?: string;
  provinsi?: string;
  by?: string;
  top?: string;
  allowMixed?: boolean;
  jenis?: string;
  predikatBasis?: string;
  ignore?: string;
}

export async function runRank(ctx: Context, inputs: readonly string[], options: RankOptions): Promise<number> {
  const entry = await chooseRenderer(ctx, "rank", options);
  const basis = parseBasis(options.predikatBasis);
  const tahun = parseYear("--tahun", options.tahun);
  const kategori = parseKategori(options.kategori);
  const top = parseTop(options.top);
  const jenis = parseJenis(options.jenis);
  // in any case, as --kategori Kabupaten is read
  const by = options.by?.trim().toLowerCase();
  if (by !== undefined && by !== "kategori" && by !== "provinsi") throw usageError(RANK_CLI.badBy, { value: options.by! });
  const ignoring = parseIgnore(options.ignore, ctx.configured("ignore"));
  await loadRendererFirst(entry);
  const read = await readRankingInputs(ctx, inputs, options, ignoring, basis);
  await refuseTargetsOnly(ctx, read, RANK_CLI.targetsOnly);

  const years = [...new Set(read.entries.map((e) => e.tahun).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (tahun !== undefined && !years.includes(tahun) && years.length > 0) {
    throw cliError(RANK_CLI.noYear, { year: tahun, years: years.join(", ") });
  }
  const provinsi = resolveProvinsi(ctx, read.entries, options.provinsi);
  const report = rank(read.entries, {
    tahun,
    kategori,
    provinsi,
    by: by as "kategori" | "provinsi" | undefined,
    top,
    allowMixed: options.allowMixed,
    jenis,
  });
  // --ignore holds for what rank and trend say themselves too (rank/duplicate, rank/jenis-left-out), not only for what reading said
  const findings = [...read.findings, ...ignoring.findings(report.findings)];
  const full = { ...report, findings };
  await writeReport(ctx, entry, options, full, findings);
  const rows = report.groups.reduce((n, g) => n + g.total, 0);
  ctx.stderr.write(`spbe: ${ctx.t(RANK_CLI.rankSummary, { rows, files: read.files, tahun: report.tahun ?? "–" })}${ignoring.suffix(ctx)}\n`);
  return decideExit(findings).code;
}
