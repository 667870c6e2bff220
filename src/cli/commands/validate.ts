import { Command, Option } from "commander";
import type { AssessmentFile } from "../../assessment/build.js";
import { exitCodeFor } from "../../core/exit.js";
import { parseDelimiter, readAssessmentFile } from "../assessments.js";
import type { Context } from "../context.js";
import { cliError } from "../errors.js";
import { emit, parseMaxBytes, refuseOutputOverInput } from "../io.js";
import { resolveFramework } from "../resolve-framework.js";
import { type Runner, inputOptions } from "./common.js";
import { LABELS } from "../../report/labels.js";

interface ValidateOptions {
  framework?: string;
  format: "text" | "json";
  output?: string;
  delimiter?: string;
  maxBytes?: string;
  strict?: boolean;
  maxWarnings?: string;
}

export function validateCommand(run: Runner): Command {
  return inputOptions(new Command("validate"))
    .description("periksa berkas penilaian, tampilkan temuan saja / check assessment files, findings only")
    .argument("<file...>", "berkas CSV (- untuk stdin) / CSV files (- for stdin)")
    .addOption(new Option("-f, --format <format>", "format keluaran / output format").choices(["text", "json"]).default("text"))
    .option("-o, --output <file>", "tulis ke berkas (atomik) / write to a file (atomically)")
    .option("--strict", "peringatan dihitung sebagai galat / treat warnings as errors")
    .option("--max-warnings <n>", "gagal bila peringatan lebih dari n / fail when there are more than n warnings")
    .action((files: string[], options: ValidateOptions, cmd: Command) => run(cmd, (ctx) => validate(ctx, files, options)));
}

async function validate(ctx: Context, files: readonly string[], options: ValidateOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, files);
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !/^\d+$/.test(options.maxWarnings ?? "")) {
    throw cliError(`--max-warnings '${options.maxWarnings}' bukan bilangan bulat`, `--max-warnings '${options.maxWarnings}' is not a whole number`);
  }
  const framework = resolveFramework(ctx, options.framework);
  const readOptions = { delimiter: parseDelimiter(options.delimiter), maxBytes: parseMaxBytes(options.maxBytes) };
  const read: AssessmentFile[] = [];
  for (const file of files) read.push(await readAssessmentFile(ctx, file, framework, readOptions));
  const policy = { strict: options.strict, maxWarnings };
  const findings = read.flatMap((f) => f.findings);
  const { lang } = ctx;
  const render = await import("../../report/validate.js");
  const out = options.format === "json" ? render.renderValidateJson(read, lang, policy) : render.renderValidateText(read, { lang, color: ctx.color });
  if (out !== "") emit(ctx, options.output, out);
  const errors = findings.filter((f) => f.severity === "error").length;
  ctx.stderr.write(`${LABELS[lang].summary(read.length, errors, findings.length - errors)}\n`);
  return exitCodeFor(findings, policy);
}
