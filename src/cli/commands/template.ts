import { Command } from "commander";
import { renderTemplate } from "../../report/template.js";
import type { Context } from "../context.js";
import { emit } from "../io.js";
import { resolveFramework } from "../resolve-framework.js";
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
  const framework = resolveFramework(ctx, options.framework);
  emit(ctx, options.output, renderTemplate(framework, { lang: ctx.lang, excel: options.excel === true }));
  return 0;
}
