import { Command, Option } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import type { AssessmentFile } from "../../assessment/build.js";
import { type ExitPolicy, exitCodeFor } from "../../core/exit.js";
import { tally } from "../../core/findings.js";
import { parseDelimiter, readAssessmentFile } from "../assessments.js";
import { type Context, noColor } from "../context.js";
import { cliError } from "../errors.js";
import { expandInputs } from "../inputs.js";
import { emit, parseMaxBytes, refuseOutputOverInput } from "../io.js";
import { frameworkFiles, resolveScoringFramework } from "../resolve-framework.js";
import { type Runner, inputOptions } from "./common.js";
import { LABELS } from "../../report/labels.js";
import { terminalSafe } from "../../report/text.js";

const FORMATS = ["text", "json", "github", "junit", "markdown"] as const;
type Format = (typeof FORMATS)[number];

interface ValidateOptions {
  framework?: string;
  format: Format;
  output?: string;
  delimiter?: string;
  maxBytes?: string;
  withoutExternal?: boolean;
  strict?: boolean;
  maxWarnings?: string;
  stdinName?: string;
}

/**
 * GitHub refuses a step summary over 1 MiB (and drops it whole); a national
 * file set can have tens of thousands of findings. The annotations and the log
 * carry all of them; the summary lists this many.
 */
const STEP_SUMMARY_MAX_FINDINGS = 1000;

export function validateCommand(run: Runner): Command {
  return inputOptions(new Command("validate"))
    .description("periksa berkas penilaian, tampilkan temuan saja / check assessment files, findings only")
    .argument("<input...>", "berkas CSV, direktori, atau pola glob (- untuk stdin) / CSV files, directories or glob patterns (- for stdin)")
    .addOption(new Option("-f, --format <format>", "format keluaran / output format").choices([...FORMATS]).default("text"))
    .option("-o, --output <file>", "tulis ke berkas (atomik) / write to a file (atomically)")
    .option("--strict", "peringatan dihitung sebagai galat / treat warnings as errors")
    .option("--max-warnings <n>", "gagal bila peringatan lebih dari n / fail when there are more than n warnings")
    .option("--stdin-name <path>", "nama stdin dalam temuan / the name stdin ('-') gets in findings")
    .action((inputs: string[], options: ValidateOptions, cmd: Command) => run(cmd, (ctx) => validate(ctx, inputs, options)));
}

async function validate(ctx: Context, inputs: readonly string[], options: ValidateOptions): Promise<number> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  if (options.stdinName !== undefined && options.stdinName.trim() === "") {
    throw cliError("--stdin-name tidak boleh kosong", "--stdin-name must not be empty");
  }
  // before anything is read: against the arguments as given, then against what they expand to
  refuseOutputOverInput(ctx, options.output, [...inputs, ...frameworkFiles(options.framework)]);
  const framework = await resolveScoringFramework(ctx, options.framework, options.withoutExternal);
  const readOptions = { delimiter: parseDelimiter(options.delimiter), maxBytes: parseMaxBytes(options.maxBytes), stdinName: options.stdinName };
  const files = expandInputs(ctx, inputs);
  refuseOutputOverInput(ctx, options.output, files);
  const read: AssessmentFile[] = [];
  for (const file of files) read.push(await readAssessmentFile(ctx, file, framework, readOptions));

  const policy: ExitPolicy = { strict: options.strict, maxWarnings };
  const findings = read.flatMap((f) => f.findings);
  const { lang } = ctx;
  let out: string;
  switch (options.format) {
    case "json":
      out = (await import("../../report/validate.js")).renderValidateJson(read, lang, policy);
      break;
    case "github":
      out = (await import("../../report/validate-github.js")).renderValidateGithub(read, { lang, policy });
      break;
    case "junit":
      out = (await import("../../report/validate-junit.js")).renderValidateJunit(read, framework, { lang, policy });
      break;
    case "markdown":
      out = (await import("../../report/validate-markdown.js")).renderValidateMarkdown(read, { lang, policy });
      break;
    default: {
      const color = options.output === undefined ? ctx.color : noColor;
      out = (await import("../../report/validate.js")).renderValidateText(read, { lang, color });
    }
  }
  // a clean run with a line-per-finding format prints nothing; a document (json, junit, markdown) is always written
  if (out !== "" || options.output !== undefined) emit(ctx, options.output, out);

  const stepSummary = ctx.env.GITHUB_STEP_SUMMARY;
  if (options.format === "github" && stepSummary !== undefined && stepSummary !== "") {
    const { renderValidateMarkdown } = await import("../../report/validate-markdown.js");
    appendStepSummary(ctx, stepSummary, `${renderValidateMarkdown(read, { lang, policy, maxFindings: STEP_SUMMARY_MAX_FINDINGS })}\n`);
  }

  // humans read the summary on stderr; stdout stays the requested output only
  const { errors, warnings } = tally(findings);
  ctx.stderr.write(`${LABELS[lang].summary(read.length, errors, warnings)}\n`);
  const note = (await import("../../report/validate.js")).policyNote(findings, policy, lang);
  if (note !== null) ctx.stderr.write(`${note}\n`);
  return exitCodeFor(findings, policy);
}

function parseMaxWarnings(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) {
    throw cliError(`--max-warnings '${text}' bukan bilangan bulat`, `--max-warnings '${text}' is not a whole number`);
  }
  return Number(text.trim());
}

/**
 * GitHub Actions collects `$GITHUB_STEP_SUMMARY` after the step and shows it on
 * the run's page. The file is shared by every command of the step, so it is
 * appended to, never replaced. A failure to write it is reported but does not
 * change the result: the annotations and the exit code already tell it.
 */
function appendStepSummary(ctx: Context, file: string, markdown: string): void {
  try {
    fs.appendFileSync(path.resolve(ctx.cwd, file), markdown);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const name = terminalSafe(file);
    ctx.stderr.write(
      ctx.lang === "id"
        ? `spbe: ringkasan langkah tidak dapat ditulis ke GITHUB_STEP_SUMMARY '${name}' (${code})\n`
        : `spbe: cannot write the step summary to GITHUB_STEP_SUMMARY '${name}' (${code})\n`,
    );
  }
}
