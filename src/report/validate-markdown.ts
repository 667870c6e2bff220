import { tally } from "../core/findings.js";
import { CLI } from "../messages/cli.js";
import { LABEL, VALIDATE_LABEL as V } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import { column } from "./layout.js";
import { findingsMarkdownTable, markdownTable } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { ignoredBy } from "./setting.js";
import { markdownCell } from "./text.js";
import { fileSummary, policyNotes, type ValidateReport } from "./validate.js";

/**
 * `spbe validate --format markdown`, also what the CLI appends to
 * `$GITHUB_STEP_SUMMARY` under `--format github`: a per-file table (valid,
 * errors, warnings) and the findings table. Every cell goes through
 * `markdownCell` (via `markdownTable`): file names and raw values are data.
 */
export function renderValidateMarkdown(report: ValidateReport, { lang }: RenderOptions): string {
  const t = translator(lang);
  const { files, policy, maxFindings } = report;
  const findings = files.flatMap((f) => f.findings);
  const { errors, warnings } = tally(findings);
  // the ignored findings as stderr says them: a step summary never hides that warnings were set aside
  // (the codes escaped: the asterisks of "evidence/*,meta/*" made italics of the bold line)
  const ignored =
    report.ignored && report.ignored.count > 0
      ? t(CLI.ignoredSuffix, { count: report.ignored.count, by: markdownCell(ignoredBy(lang, report.ignored.codes, report.ignored.from)) })
      : "";
  const out = [`## ${t(V.title)}`, "", `**${t(LABEL.summary, { files: files.length, errors, warnings })}${ignored}**`, ""];
  // (a config's name is in them: escaped as the line above is)
  for (const note of policyNotes(findings, policy, lang)) out.push(`**${markdownCell(note)}**`, "");
  out.push(
    markdownTable({
      columns: [column(t(LABEL.source), "key"), column(t(V.valid), "label"), column(t(V.errors), "number"), column(t(V.warnings), "number")],
      rows: files.map((f) => {
        const s = fileSummary(f, policy);
        return [s.file, t(s.valid ? V.yes : V.no), String(s.errors), String(s.warnings)];
      }),
    }),
    "",
  );
  if (findings.length > 0) {
    const shown = maxFindings === undefined ? findings : findings.slice(0, maxFindings);
    out.push(`### ${t(LABEL.findings)}`, "", findingsMarkdownTable(shown, lang), "");
    if (shown.length < findings.length) out.push(t(V.more, { count: findings.length - shown.length }), "");
  }
  return out.join("\n");
}
