import type { Diff, DiffReport, DiffResult, IndicatorDelta, Side } from "../compare/diff.js";
import type { Severity } from "../core/findings.js";
import { toText } from "../core/rational.js";
import type { Framework } from "../frameworks/types.js";
import { findingMessage } from "../messages/findings.js";
import { DIFF_LABEL as D, LABEL } from "../messages/labels.js";
import { type Lang, translator } from "../messages/text.js";
import type { Score } from "../scoring/score.js";
import { distinctFrameworks, frameworkCautions } from "./caveats.js";
import { weightText } from "./labels.js";
import { column, type Section } from "./layout.js";
import { headlineWithNote, indexTitle } from "./predikat-text.js";

/** "+0.56", "-0.12", "0.00": the sign always shown on a difference. */
import { signed } from "./text.js";

export { signed };

/** The indicators worth listing: those that differ, cut to --top. */
export function listedIndicators(diff: Diff, top: number | undefined): { rows: readonly IndicatorDelta[]; differing: number } {
  const differing = diff.indicators.filter((i) => i.delta.n !== 0n);
  return { rows: top === undefined ? differing : differing.slice(0, top), differing: differing.length };
}

/**
 * The tables of a comparison, shared by the table, Markdown and HTML
 * renderers: domains and aspects (a, b, a − b) and the differing indicators
 * cut to --top, with the count before the cut.
 */
export function diffSections(report: DiffReport, lang: Lang): { sections: Section[]; listed: ReturnType<typeof listedIndicators> } {
  const t = translator(lang);
  const { a, b } = report.result!;
  const d = report.result!.diff!;
  const tier = (title: string, tiers: Diff["aspects"] | Diff["domains"]): Section => ({
    title,
    columns: [
      column(t(LABEL.no), "key"),
      column(title, "name"),
      column(t(LABEL.weight), "number"),
      column(a.label, "number"),
      column(b.label, "number"),
      column(t(D.delta), "number"),
    ],
    rows: tiers.map((x) => [x.tier.id, x.tier.name, weightText(x.tier.weight), x.a.display, x.b.display, signed(x.delta.display)]),
  });
  const listed = listedIndicators(d, report.top);
  const sections: Section[] = [];
  if (d.domains.length) sections.push(tier(t(LABEL.domain), d.domains));
  sections.push(tier(t(LABEL.aspect), d.aspects));
  if (listed.rows.length > 0) {
    // Pemdi: the codes users type (1.1–7.2) beside the numbers, as score and plan show them
    const coded = listed.rows.some((i) => i.indicator.code !== null);
    sections.push({
      title: t(LABEL.indicator),
      columns: [
        column(t(LABEL.no), "key"),
        ...(coded ? [column(t(LABEL.code), "key")] : []),
        column(t(LABEL.indicator), "name"),
        column(t(LABEL.weight), "number"),
        column(a.label, "number"),
        column(b.label, "number"),
        column(t(D.delta), "number"),
        column(t(D.impact), "number"),
      ],
      rows: listed.rows.map((i) => [
        i.indicator.id,
        ...(coded ? [i.indicator.code ?? ""] : []),
        i.indicator.name,
        weightText(i.indicator.weight),
        toText(i.a),
        toText(i.b),
        signed(toText(i.delta)),
        signed(i.impact.display),
      ]),
    });
  }
  return { sections, listed };
}

/** One side of a pair that could not be compared: the framework it was read with, its own score when it is valid. */
export interface SideAlone {
  readonly side: Side;
  readonly framework: Framework;
  readonly score: Score | null;
}

/**
 * The sides of a pair that could not be compared (the other side has errors,
 * the frameworks differ, an indicator is one-sided): a valid side still has
 * its index, under its own framework, and the table, Markdown and HTML
 * reports say it, as the JSON does.
 */
export function sidesAlone(result: DiffResult): readonly SideAlone[] {
  return [
    { side: result.a, framework: result.a.assessment.framework, score: result.scores.a },
    { side: result.b, framework: result.b.assessment.framework, score: result.scores.b },
  ];
}

/**
 * "mandiri: a.csv · kerangka spbe-2020 · Indeks SPBE 3.64 — Sangat Baik", or
 * "b.csv · kerangka spbe-2020 · tidak sah: berisi galat (lihat temuan)". Not
 * escaped: each renderer escapes it for its medium.
 */
export function sideAloneLine({ side, framework, score }: SideAlone, lang: Lang): string {
  const t = translator(lang);
  const source = side.assessment.source;
  // two files of one jenis are labelled by their file names: the name said once
  const who = side.label === source ? source : `${side.label}: ${source}`;
  const state = score ? `${indexTitle(framework, lang)} ${headlineWithNote(score, lang)}` : t(D.sideInvalid);
  return [who, t(D.sideFramework, { framework: framework.id }), state].join(" · ");
}

/** What the frameworks of the indices shown say of them (provisional, caveats), each framework once. */
export function sideAloneCautions(sides: readonly SideAlone[], lang: Lang): string[] {
  return frameworkCautions(distinctFrameworks(sides.filter((s) => s.score !== null).map((s) => s.framework)), lang);
}

/**
 * The report's diff/unlike findings (the sides are different instansi or years), for the headline:
 * "peringatan: kedua sisi adalah instansi berbeda (…)" (`label` and `message`), said where the difference is read and not
 * only with the findings at the end. The findings stay as they are; not escaped: each renderer
 * escapes it for its medium.
 */
export function unlikeBanners(report: DiffReport, lang: Lang): readonly { readonly severity: Severity; readonly label: string; readonly message: string }[] {
  const t = translator(lang);
  return report.findings
    .filter((f) => f.code === "diff/unlike")
    .map((f) => ({ severity: f.severity, label: `${t(LABEL[f.severity])}:`, message: findingMessage(f, lang) }));
}
