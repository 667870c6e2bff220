import { type Rational, sub, toDecimal } from "../core/rational.js";
import { CSV_COLUMN as C } from "../messages/labels.js";
import { translator } from "../messages/text.js";
import type { PlanReport } from "../plan/plan.js";
import type { TierScore } from "../scoring/score.js";
import { renderCsv } from "./csv.js";
import type { RenderOptions } from "./options.js";
import { reachedName } from "./plan-sections.js";
import { indexTitle, predikatName } from "./predikat-text.js";

/**
 * `spbe plan --format csv`: one long table for a spreadsheet — a row for the
 * index (before, after, the target and whether the plan reaches it, total
 * steps and cost), one per domain and aspect (before and after), one per raise
 * (from, to, steps, points, cost, owner, the level reached in `keterangan`)
 * and, when the file names owners, one per owner (the raise count in `keterangan`). `tingkatan` (index, domain, aspect, raise, owner) is the
 * same in both languages; values are plain decimals, as in `score`'s CSV.
 */
export function renderPlanCsv(report: PlanReport, { lang, excel }: RenderOptions): string {
  const t = translator(lang);
  const columns = [
    C.file,
    C.instansi,
    C.tahun,
    C.jenis,
    C.framework,
    C.provisional,
    C.tier,
    C.id,
    C.code,
    C.parent,
    C.name,
    C.weight,
    C.from,
    C.to,
    C.steps,
    C.gain,
    C.cost,
    C.owner,
    C.before,
    C.after,
    C.beforeDisplay,
    C.afterDisplay,
    C.label,
    C.target,
    C.targetReached,
  ];
  const head = columns.map((c) => t(c));
  const p = report.plan;
  // no plan, no rows, also when report.before is known: the index row is before and after together,
  // and half a row (after, steps, target blank) would read in a spreadsheet as a plan of nothing
  if (!p) return renderCsv(head, [], { excel });
  const a = p.assessment;
  const fw = a.framework;
  const d = (r: Rational | null) => (r === null ? "" : toDecimal(r));
  const meta = [a.source, a.instansi, a.tahun, a.jenis, fw.id, String(fw.provisional)];
  const blank = (n: number) => new Array<string>(n).fill("");
  const rows: (string | number | null)[][] = [
    [
      ...meta,
      "index",
      "",
      "",
      "",
      indexTitle(fw, lang),
      toDecimal(fw.totalWeight),
      "",
      "",
      p.steps,
      toDecimal(sub(p.after.index.value, p.before.index.value)),
      d(p.cost),
      "",
      toDecimal(p.before.index.value),
      toDecimal(p.after.index.value),
      p.before.index.display,
      p.after.index.display,
      predikatName(p.after, lang),
      p.target ? toDecimal(p.target.value) : "",
      p.reachable === null ? "" : String(p.reachable),
    ],
  ];
  const tier = <T extends { id: string; name: string; weight: Rational }>(
    kind: string,
    before: TierScore<T>,
    after: TierScore<T>,
    parent: string | null,
  ): void => {
    rows.push([
      ...meta,
      kind,
      before.tier.id,
      "",
      parent,
      before.tier.name,
      toDecimal(before.tier.weight),
      ...blank(6),
      toDecimal(before.score.value),
      toDecimal(after.score.value),
      before.score.display,
      after.score.display,
      "",
      "",
      "",
    ]);
  };
  p.before.domains.forEach((b, i) => {
    tier("domain", b, p.after.domains[i]!, "");
  });
  p.before.aspects.forEach((b, i) => {
    tier("aspect", b, p.after.aspects[i]!, b.tier.domain);
  });
  for (const r of p.raises) {
    rows.push([
      ...meta,
      "raise",
      r.indicator.id,
      r.indicator.code ?? "",
      r.indicator.aspect,
      r.indicator.name,
      toDecimal(r.indicator.weight),
      toDecimal(r.from),
      toDecimal(r.to),
      r.steps,
      toDecimal(r.gain),
      d(r.cost),
      r.owner ?? "",
      ...blank(4),
      reachedName(r),
      "",
      "",
    ]);
  }
  // owner rows when the file names owners (pj/opd); a file without them would get one row repeating the total
  for (const o of p.raises.some((r) => r.owner !== null) ? p.owners : []) {
    rows.push([
      ...meta,
      "owner",
      "",
      "",
      "",
      o.owner ?? "",
      "",
      "",
      "",
      o.steps,
      toDecimal(o.gain),
      d(o.cost),
      o.owner ?? "",
      ...blank(4),
      String(o.raises),
      "",
      "",
    ]);
  }
  return renderCsv(head, rows, { excel });
}
