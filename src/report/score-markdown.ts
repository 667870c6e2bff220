import { LABEL } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { ScoreReport } from "../scoring/report.js";
import { assessmentTitle, describeDialect } from "./labels.js";
import { joinedPieces } from "./line-pieces.js";
import { findingsMarkdownSection, markdownTable } from "./markdown.js";
import type { RenderOptions } from "./options.js";
import { basisNote, headline, indexTitle } from "./predikat-text.js";
import { scoreSections } from "./score-sections.js";
import { standingText } from "./standing.js";
import { markdownCell } from "./text.js";

/**
 * `spbe score --format markdown`: for a wiki page, an issue or a GitHub step summary; the findings are
 * part of it. Made in pieces as they are asked for (`joinedPieces`), an assessment's lines at a time,
 * as the table is: a national file's document was one string of a quarter of a gigabyte.
 */
export function scoreMarkdownPieces(report: ScoreReport, options: RenderOptions): Iterable<string> {
  return joinedPieces(lines(report, options));
}

function* lines(report: ScoreReport, { lang }: RenderOptions): Generator<string> {
  const t = translator(lang);
  for (const scored of report.assessments) {
    const out: string[] = [];
    const { assessment: a, score, target, dialect } = scored;
    out.push(`## ${markdownCell(assessmentTitle(a))}`, "");
    out.push(`- ${t(LABEL.source)}: ${markdownCell(a.source)}`);
    // a user's framework file names the index, the regulation, the caveats and the predikat: input, escaped
    out.push(
      `- ${t(LABEL.framework)}: ${markdownCell(a.framework.id)} (${markdownCell(a.framework.regulation)})${a.framework.provisional ? ` — **${t(LABEL.provisional)}**` : ""}`,
    );
    out.push(`- ${t(LABEL.read)}: ${describeDialect(dialect, lang)}`);
    for (const c of a.framework.caveats) out.push(`- ${t(LABEL.caveat)}: ${markdownCell(c[lang])}`);
    out.push("");
    if (!score) {
      out.push(`**${t(LABEL.notScored)}**`, "");
      yield* out;
      continue;
    }
    out.push(`**${markdownCell(indexTitle(a.framework, lang))}: ${markdownCell(headline(score, lang))}**`, "");
    const note = basisNote(score, lang);
    if (note) out.push(`_(${markdownCell(note)})_`, "");
    if (target) {
      const status = target.reached ? t(LABEL.targetReached) : t(LABEL.targetGap, { gap: target.gap.display });
      out.push(markdownCell(t(LABEL.targetLine, { target: target.target.display, predikat: target.band.predikat, status })), "");
    }
    const standing = scored.standing === undefined ? null : standingText(scored.standing, lang);
    if (standing) out.push(markdownCell(standing), "");
    for (const section of scoreSections(score, lang)) {
      out.push(`### ${markdownCell(section.title)}`, "", markdownTable(section), "");
      if (section.note) out.push(markdownCell(section.note), "");
    }
    yield* out;
  }
  yield* findingsMarkdownSection(report.findings, lang);
}
