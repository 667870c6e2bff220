import { LABEL } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { ScoredAssessment, ScoreReport } from "../scoring/report.js";
import { describeDialect } from "./labels.js";
import { linePieces } from "./line-pieces.js";
import type { RenderOptions } from "./options.js";
import { basisNote, headline, indexTitle } from "./predikat-text.js";
import { scoreSections } from "./score-sections.js";
import { standingText } from "./standing.js";
import { drawTable } from "./table.js";
import { terminalSafe } from "./text.js";

/**
 * Human output of `spbe score`: one block per assessment, a blank line between. The findings go to
 * stderr. Made in pieces as they are asked for (`linePieces`, a block a "line"): a national file's
 * twenty thousand blocks made one string of 260 MB, and the run 2.3 GB.
 */
export function scoreTablePieces(report: ScoreReport, options: RenderOptions): Iterable<string> {
  return linePieces(blocks(report, options), BLOCKS_PER_PIECE);
}

/** An assessment's block is ~12 KB (spbe-2020's 47 indicators): eight a piece, ~100 KB. */
const BLOCKS_PER_PIECE = 8;

function* blocks(report: ScoreReport, options: RenderOptions): Generator<string> {
  const t = translator(options.lang);
  let any = false;
  for (const f of report.files) {
    if (f.assessments.length === 0) {
      // a file that gave no assessment still says how it was read: a wrong --delimiter shows there
      if (any) yield "";
      any = true;
      yield `${t(LABEL.source)}: ${terminalSafe(f.file)}`;
      if (f.read) yield `${t(LABEL.read)}: ${describeDialect(f.dialect, options.lang)}`;
      yield options.color.red(t(LABEL.noAssessments));
      continue;
    }
    for (const a of f.assessments) {
      if (any) yield "";
      any = true;
      yield assessmentBlock(a, options);
    }
  }
  if (!any) yield t(LABEL.noAssessments);
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
  const standing = scored.standing === undefined ? null : standingText(scored.standing, lang);
  if (standing) lines.push(terminalSafe(standing));
  for (const section of scoreSections(score, lang)) {
    lines.push("", color.bold(section.title), drawTable(section, width));
    if (section.note) lines.push(section.note);
  }
  return lines.join("\n");
}
