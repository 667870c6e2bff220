import { template } from "../../report/template.js";
import type { Context } from "../context.js";
import { refuseOutputOverInput } from "../io.js";
import { emitOutput, refuseOtherExtension } from "../output.js";
import { frameworkFiles, resolveFramework } from "../resolve-framework.js";

export interface TemplateOptions {
  framework?: string;
  excel?: boolean;
  output?: string;
}

export async function runTemplate(ctx: Context, options: TemplateOptions): Promise<number> {
  refuseOutputOverInput(ctx, options.output, frameworkFiles(options.framework));
  await refuseOtherExtension(ctx, "template", options.output, ".csv");
  const framework = await resolveFramework(ctx, options.framework);
  if (framework.provisional) {
    // the template itself is data to fill in, so the caveat goes to stderr rather than into the CSV
    for (const c of framework.caveats) ctx.stderr.write(`spbe: ${c[ctx.lang]}\n`);
  }
  await emitOutput(ctx, options.output, template(framework, { lang: ctx.lang, excel: options.excel }));
  return 0;
}
