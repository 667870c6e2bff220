import type { AssessmentFile } from "../assessment/build.js";
import type { ExitPolicy } from "../core/exit.js";
import { tally } from "../core/findings.js";
import { LABELS } from "./labels.js";
import { findingsMarkdownTable, markdownTable } from "./markdown.js";
import type { Lang } from "./messages.js";
import { fileSummary, policyNote } from "./validate.js";

/**
 * `spbe validate --format markdown`, also what the CLI appends to
 * `$GITHUB_STEP_SUMMARY` under `--format github`: a per-file table (valid,
 * errors, warnings) and the findings table. Every cell goes through
 * `markdownCell` (via `markdownTable`): file names and raw values are data.
 */
const W = {
  id: {
    title: "spbe validate",
    valid: "Sah",
    errors: "Galat",
    warnings: "Peringatan",
    yes: "✅ sah",
    no: "❌ tidak sah",
    more: (n: number) => `… dan ${n} temuan lagi (lihat log atau jalankan \`spbe validate\` secara lokal).`,
  },
  en: {
    title: "spbe validate",
    valid: "Valid",
    errors: "Errors",
    warnings: "Warnings",
    yes: "✅ valid",
    no: "❌ invalid",
    more: (n: number) => `… and ${n} more finding(s) (see the log, or run \`spbe validate\` locally).`,
  },
} as const;

export interface MarkdownOptions {
  readonly lang: Lang;
  readonly policy: ExitPolicy;
  /** list at most this many findings (GitHub refuses a step summary over 1 MiB); all by default */
  readonly maxFindings?: number | undefined;
}

export function renderValidateMarkdown(files: readonly AssessmentFile[], { lang, policy, maxFindings }: MarkdownOptions): string {
  const w = W[lang];
  const L = LABELS[lang];
  const findings = files.flatMap((f) => f.findings);
  const { errors, warnings } = tally(findings);
  const out = [`## ${w.title}`, "", `**${L.summary(files.length, errors, warnings)}**`, ""];
  const note = policyNote(findings, policy, lang);
  if (note !== null) out.push(`**${note}**`, "");
  out.push(
    markdownTable(
      [L.source, w.valid, w.errors, w.warnings],
      files.map((f) => {
        const s = fileSummary(f, policy);
        return [s.file, s.valid ? w.yes : w.no, String(s.errors), String(s.warnings)];
      }),
      ["left", "left", "right", "right"],
    ),
    "",
  );
  if (findings.length > 0) {
    const shown = maxFindings === undefined ? findings : findings.slice(0, maxFindings);
    out.push(
      `### ${L.findings}`,
      "",
      findingsMarkdownTable(shown, lang),
      "",
    );
    if (shown.length < findings.length) out.push(w.more(findings.length - shown.length), "");
  }
  return out.join("\n");
}
