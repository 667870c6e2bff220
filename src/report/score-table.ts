import { LABEL } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { ScoredAssessment, ScoreReport } from "../scoring/report.js";
import { describeDialect } from "./labels.js";
import type { RenderOptions } from "./options.js";
import { basisNote, headline, indexTitle } from "./predikat-text.js";
import { scoreSections } from "./score-sections.js";
import { standingText } from "./standing.js";
import { drawTable } from "./table.js";
import { terminalSafe } from "./text.js";

/** Human output of `spbe score`: one block per assessment. The findings go to stderr. */
export function renderScoreTable(report: ScoreReport, options: RenderOptions): string {
  const t = translator(options.lang);
  // a file that gave no assessment still says how it was read: a wrong --delimiter shows there
  const blocks = report.files.flatMap((f) =>
    f.assessments.length > 0
      ? f.assessments.map((a) => assessmentBlock(a, options))
      : [
          [
            `${t(LABEL.source)}: ${terminalSafe(f.file)}`,
            ...(f.read ? [`${t(LABEL.read)}: ${describeDialect(f.dialect, options.lang)}`] : []),
            options.color.red(t(LABEL.noAssessments)),
          ].join("\n"),
        ],
  );
  if (blocks.length === 0) return `${t(LABEL.noAssessments)}\n`;
  return `${blocks.join("\n\n")}\n`;
}

function assessmentBlock(scored: ScoredAssessment, { lang, color, width }: RenderOptions): string {
  const t = translator(lang);
  const { assessment, score, target } = scored;
  const fw = assessment.framework;
  const meta = [
    `${t(LABEL.source)}: ${terminalSafe(assessment.source)}`,
    assessment.instansi !== null ? `${t(LABEL.instansi)}: ${terminalSafe(assessment.instansi)}` : null,
    assessment.tahun !== null ? `${t(LABEL.tahun)}: ${assessment.tahun}` : null,
    assessment.jenis !== null ? `${t(LABEL.jenis)}: ${terminalSafe(assessment.jenis)}` : null,
  ].filter((p) => p !== null);
  const lines = [
    color.bold(meta.join(" · ")),
    `${t(LABEL.framework)}: ${fw.id} (${fw.regulation})${fw.provisional ? ` — ${color.yellow(t(LABEL.provisional))}` : ""}`,
    `${t(LABEL.read)}: ${describeDialect(scored.dialect, lang)}`,
    ...fw.caveats.map((c) => color.yellow(`${t(LABEL.caveat)}: ${c[lang]}`)),
  ];
  if (!score) {
    lines.push("", color.red(t(LABEL.notScored)));
    return lines.join("\n");
  }
  lines.push("", color.bold(`${indexTitle(fw, lang)}: ${headline(score, lang)}`));
  const note = basisNote(score, lang);
  if (note) lines.push(color.yellow(`(${note})`));
  if (target) {
    const status = target.reached ? color.green(t(LABEL.targetReached)) : color.yellow(t(LABEL.targetGap, { gap: target.gap.display }));
    lines.push(t(LABEL.targetLine, { target: target.target.display, predikat: target.band.predikat, status }));
  }
  const standing = standingText(scored, lang);
  if (standing) lines.push(terminalSafe(standing));
  for (const section of scoreSections(score, lang)) {
    lines.push("", color.bold(section.title), drawTable(section, width));
    if (section.note) lines.push(section.note);
  }
  return lines.join("\n");
}
