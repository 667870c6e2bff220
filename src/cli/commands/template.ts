import { Command } from "commander";
import { renderTemplate } from "../../report/template.js";
import type { Context } from "../context.js";
import { emit, refuseOutputOverInput } from "../io.js";
import { frameworkFiles, resolveFramework } from "../resolve-framework.js";
import { type Runner, commonOptions } from "./common.js";

interface TemplateOptions {
  framework?: string;
  excel?: boolean;
  output?: string;
}

export function templateCommand(run: Runner): Command {
  return commonOptions(new Command("template"))
    .description("CSV kosong berisi semua indikator, siap diisi / a blank CSV with every indicator, ready to fill")
    .option("--framework <id|path>", "kerangka (bawaan spbe-2020) / framework (default spbe-2020)")
    .option("--excel", "untuk Excel lokal Indonesia: pemisah ';', BOM, CRLF / for Excel in the Indonesian locale")
    .option("-o, --output <file>", "tulis ke berkas (atomik) / write to a file (atomically)")
    .action((options: TemplateOptions, cmd: Command) => run(cmd, (ctx) => template(ctx, options)));
}

async function template(ctx: Context, options: TemplateOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, frameworkFiles(options.framework));
  const framework = await resolveFramework(ctx, options.framework);
  if (framework.provisional) {
    // the template itself is data to fill in, so the caveat goes to stderr rather than into the CSV
    for (const c of framework.caveats) ctx.stderr.write(`spbe: ${c[ctx.lang]}\n`);
  }
  emit(ctx, options.output, renderTemplate(framework, { lang: ctx.lang, excel: options.excel === true }));
  return 0;
}
