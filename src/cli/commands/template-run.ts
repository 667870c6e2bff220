import { finding } from "../../core/findings.js";
import { withinYears } from "../../frameworks/types.js";
import { CLI } from "../../messages/cli.js";
import { RANK_CLI } from "../../messages/rank-cli.js";
import { template } from "../../report/template.js";
import type { Context } from "../context.js";
import { usageError } from "../errors.js";
import { refuseOutputOverInput } from "../io.js";
import { emitOutput, refuseOtherExtension } from "../output.js";
import { frameworkFiles, resolveFramework } from "../resolve-framework.js";
import { parseYear } from "../year.js";

export interface TemplateOptions {
  framework?: string;
  excel?: boolean;
  output?: string;
  instansi?: string;
  tahun?: string;
  jenis?: string;
}

export async function runTemplate(ctx: Context, options: TemplateOptions): Promise<number> {
  // a year as rank reads one; the jenis as the template writes it, one of the two words (in any case)
  const tahun = parseYear("--tahun", options.tahun);
  const jenis = options.jenis?.trim().toLowerCase();
  if (jenis !== undefined && jenis !== "mandiri" && jenis !== "evaluasi") throw usageError(RANK_CLI.badJenis, { value: options.jenis! });
  const instansi = options.instansi?.trim();
  if (instansi === "") throw usageError(CLI.blankInstansi);
  refuseOutputOverInput(ctx, options.output, frameworkFiles(options.framework));
  await refuseOtherExtension(ctx, "template", options.output, ".csv");
  const framework = await resolveFramework(ctx, options.framework);
  if (framework.provisional) {
    // the template itself is data to fill in, so the caveat goes to stderr rather than into the CSV
    for (const c of framework.caveats) ctx.stderr.write(`spbe: ${c[ctx.lang]}\n`);
  }
  // a year the framework does not apply to: every filled-in copy would warn meta/year-mismatch; said once
  // now, on stderr, as the reader words it (the template is still written: a year to come is a choice)
  const years = framework.years;
  if (tahun !== undefined && years && !withinYears(years, tahun)) {
    const args = { framework: framework.id, from: years.from, to: years.to };
    const { findingMessage } = await import("../../messages/findings.js");
    ctx.stderr.write(`spbe: ${findingMessage(finding("meta/year-mismatch", "warning", "", { value: String(tahun), args }), ctx.lang)}\n`);
  }
  await emitOutput(ctx, options.output, template(framework, { lang: ctx.lang, excel: options.excel, instansi, tahun, jenis }));
  return 0;
}
