import { Command, Option } from "commander";
import { type AssessmentFile, buildAssessments } from "../../assessment/build.js";
import { type DiffResult, compareAssessments, exceedsThreshold } from "../../compare/diff.js";
import { type SidesResult, sidesFromColumns, sidesFromJenis, sidesFromTwoFiles } from "../../compare/sides.js";
import { exitCodeFor } from "../../core/exit.js";
import type { Finding } from "../../core/findings.js";
import { parseDecimal } from "../../core/rational.js";
import { findColumn } from "../../assessment/columns.js";
import { renderFindingLines } from "../../report/human.js";
import { parseDelimiter, readAssessmentFile, readInputTable, refuseRepeatedStdin } from "../assessments.js";
import { type Context, noColor } from "../context.js";
import { cliError } from "../errors.js";
import { emit, parseMaxBytes, refuseOutputOverInput } from "../io.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { type Runner, inputOptions } from "./common.js";

interface DiffOptions {
  framework?: string;
  frameworkB?: string;
  columns?: string;
  format: "table" | "json" | "csv" | "markdown";
  output?: string;
  top?: string;
  excel?: boolean;
  failAbove?: string;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
}

export function diffCommand(run: Runner): Command {
  return inputOptions(new Command("diff"))
    .description("jelaskan selisih dua penilaian (mandiri vs evaluasi) per indikator / explain the gap between two assessments")
    .argument("<a>", "penilaian a (biasanya mandiri), atau satu berkas berisi keduanya / assessment a, or one file holding both")
    .argument("[b]", "penilaian b (biasanya evaluasi) / assessment b (usually the official evaluasi)")
    .option("--framework-b <id|path>", "kerangka untuk b bila berbeda (akan ditolak sebagai tidak sebanding) / framework of b")
    .option("--columns <a,b>", "dua kolom nilai dalam satu berkas (bawaan: mandiri,evaluasi) / two value columns in one file")
    .addOption(new Option("-f, --format <format>", "format keluaran / output format").choices(["table", "json", "csv", "markdown"]).default("table"))
    .option("-o, --output <file>", "tulis ke berkas (atomik) / write to a file (atomically)")
    .option("--excel", "CSV untuk Excel lokal Indonesia: ';', koma desimal, BOM, CRLF / CSV for Excel in the Indonesian locale")
    .option("--top <n>", "batasi daftar indikator pada keluaran manusia / limit the indicator list in human output")
    .option("--fail-above <x>", "keluar 1 bila |selisih indeks| > x / exit 1 when |index difference| > x")
    .action((a: string, b: string | undefined, options: DiffOptions, cmd: Command) => run(cmd, (ctx) => diff(ctx, a, b, options)));
}

function parseNonNegative(text: string | undefined, flag: string, integer: boolean) {
  if (text === undefined) return undefined;
  const ok = integer ? /^\d{1,6}$/.test(text) : /^\d{1,2}(?:[.,]\d{1,4})?$/.test(text);
  if (!ok) throw cliError(`${flag} '${text}' bukan angka yang sah`, `${flag} '${text}' is not a valid number`);
  return text;
}

async function diff(ctx: Context, fileA: string, fileB: string | undefined, options: DiffOptions): Promise<number> {
  const inputs = fileB === undefined ? [fileA] : [fileA, fileB];
  refuseRepeatedStdin(inputs);
  refuseOutputOverInput(ctx, options.output, [...inputs, ...frameworkFiles(options.framework, options.frameworkB)]);
  const top = parseNonNegative(options.top, "--top", true);
  const failAbove = parseNonNegative(options.failAbove, "--fail-above", false);
  if (fileB !== undefined && options.columns !== undefined) {
    throw cliError("--columns hanya untuk satu berkas berisi dua kolom nilai", "--columns is for one file with two value columns");
  }
  const columns = options.columns?.split(",").map((c) => c.trim());
  if (columns && (columns.length !== 2 || columns.some((c) => c === ""))) {
    throw cliError(`--columns '${options.columns}' harus dua nama kolom, mis. mandiri,evaluasi`, `--columns '${options.columns}' must be two column names, e.g. mandiri,evaluasi`);
  }
  const frameworkA = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  const frameworkB = options.frameworkB === undefined ? frameworkA : await resolveScoringFramework(ctx, options.frameworkB, options.withoutExternal);
  const readOptions = { delimiter: parseDelimiter(options.delimiter), maxBytes: parseMaxBytes(options.maxBytes) };

  const read: AssessmentFile[] = [];
  let sides: SidesResult;
  if (fileB !== undefined) {
    read.push(await readAssessmentFile(ctx, fileA, frameworkA, readOptions));
    read.push(await readAssessmentFile(ctx, fileB, frameworkB, readOptions));
    sides = sidesFromTwoFiles(read[0]!, read[1]!);
  } else {
    // one file, read once (it may be stdin), then taken apart by value columns or by jenis
    const table = await readInputTable(ctx, fileA, readOptions);
    const header = table.header?.cells ?? [];
    const pair = columns ?? (findColumn(header, "mandiri") && findColumn(header, "evaluasi") ? ["mandiri", "evaluasi"] : undefined);
    if (pair) {
      const [ca, cb] = [pair[0]!, pair[1]!];
      const a = buildAssessments(table, frameworkA, { valueColumn: ca });
      const b = buildAssessments(table, frameworkA, { valueColumn: cb });
      read.push(a, b);
      sides = sidesFromColumns(a, b, [ca, cb]);
    } else {
      const both = buildAssessments(table, frameworkA);
      read.push(both);
      sides = sidesFromJenis(both);
    }
  }

  const result: DiffResult | null = sides.ok ? compareAssessments(sides.a, sides.b) : null;
  const findings = unique([...read.flatMap((f) => f.findings), ...(sides.ok ? [] : sides.findings), ...(result?.findings ?? [])]);
  const topN = top === undefined ? undefined : Number(top);
  const { lang } = ctx;

  let out: string;
  let findingsToStderr = true;
  switch (options.format) {
    case "json":
      out = (await import("../../report/diff-json.js")).renderDiffJson(result, findings, lang);
      findingsToStderr = false;
      break;
    case "csv":
      out = (await import("../../report/diff-csv.js")).renderDiffCsv(result, lang, { excel: options.excel === true });
      break;
    case "markdown":
      out = (await import("../../report/diff-human.js")).renderDiffMarkdown(result, lang, topN);
      break;
    default:
      out = (await import("../../report/diff-human.js")).renderDiffTable(result, { lang, color: options.output === undefined ? ctx.color : noColor }, topN);
  }
  emit(ctx, options.output, out);
  if (findingsToStderr && findings.length > 0) ctx.stderr.write(`${renderFindingLines(findings, { lang, color: ctx.errColor })}\n`);

  let code = exitCodeFor(findings);
  if (failAbove !== undefined && result?.diff && exceedsThreshold(result.diff, parseDecimal(failAbove.replace(",", "."))!)) {
    const shown = result.diff.index.display.replace(/^-/, "");
    ctx.stderr.write(
      lang === "id"
        ? `spbe: selisih indeks ${shown} melebihi --fail-above ${failAbove}\n`
        : `spbe: index difference ${shown} is above --fail-above ${failAbove}\n`,
    );
    code = 1;
  }
  return code;
}

/** Drops exact repeats (a side-by-side file is built twice from one table, so its file-wide findings come twice). */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.code, f.file, f.line, f.column, f.value, f.args]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
