import { HELP, TEMPLATE_HELP } from "../../messages/cli.js";
import { type Define, outputOption } from "./common.js";
import type { TemplateOptions } from "./template-run.js";

export const templateCommand: Define = (program, run, t) => {
  const cmd = program
    .command("template")
    .description(t(HELP.template))
    .option("--framework <id|path>", t(HELP.framework))
    .option("--excel", t(HELP.templateExcel))
    .option("--instansi <nama>", t(TEMPLATE_HELP.instansi))
    .option("--tahun <yyyy>", t(TEMPLATE_HELP.tahun));
  // for help only (checked by template-run, in the user's language): the word the template writes, one
  // of two (rank's --jenis also takes "resmi", "self": it reads, this writes)
  const jenis = cmd.createOption("--jenis <jenis>", t(TEMPLATE_HELP.jenis));
  jenis.argChoices = ["mandiri", "evaluasi"];
  return outputOption(cmd.addOption(jenis), t).action((options: TemplateOptions, c) =>
    run(c, async (ctx) => (await import("./template-run.js")).runTemplate(ctx, options)),
  );
};
