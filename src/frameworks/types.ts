import { type Rational, sum } from "../core/rational.js";
import type { Text } from "../messages/text.js";

/**
 * A framework after loading: flat, exact and cross-linked, so scoring never has
 * to walk the nested file format. `domains` is empty for a framework without a
 * domain tier (Pemdi 2026); then every aspect's `domain` is null.
 */
export interface Framework {
  readonly id: string;
  readonly title: string;
  readonly indexName: string;
  readonly regulation: string;
  readonly years: { readonly from: number; readonly to: number | null } | null;
  /** true when weights or bands come from unofficial copies: every output says so */
  readonly provisional: boolean;
  /** caveats from the reference, shown by `spbe framework <id>`, in both languages */
  readonly notes: readonly Text[];
  readonly sources: readonly string[];
  /** caveats every output using this framework repeats (unverified bands, provisional weights) */
  readonly caveats: readonly { readonly id: string; readonly en: string }[];
  readonly levels: { readonly min: number; readonly max: number; readonly integerOnly: boolean };
  readonly bands: readonly Band[];
  /** which index the predikat is read from, by evaluation year (see `scoring/predikat.ts`) */
  readonly predikatBasis: PredikatBasisRules;
  readonly domains: readonly Domain[];
  readonly aspects: readonly Aspect[];
  readonly indicators: readonly Indicator[];
  /**
   * Indicators left out of this scoring (see `withoutExternal`): rows naming
   * them are accepted and ignored. Empty for a framework as published.
   */
  readonly excluded: readonly Indicator[];
  /** Σ of the scored indicators' weights: 100 as published, less when indicators are excluded */
  readonly totalWeight: Rational;
}

/** Whether `year` is one of the years a framework applies to (`Framework.years`: from, to or open). */
export const withinYears = (years: NonNullable<Framework["years"]>, year: number): boolean => year >= years.from && (years.to === null || year <= years.to);

/** How many indicators the regulation counts (2018: 35, though 37 items are scored). */
export function regulationIndicatorCount(f: Framework): number {
  return new Set(f.indicators.map((i) => i.partOf ?? i.id)).size;
}

export type PredikatBasis = "exact" | "displayed";

export interface PredikatBasisRules {
  readonly default: PredikatBasis;
  /** the default is an assumption (no evidence for those years) */
  readonly assumed: boolean;
  readonly defaultNote: Text;
  /** evaluation year → the basis the ministry used, with its evidence */
  readonly years: ReadonlyMap<number, { readonly basis: PredikatBasis; readonly source: Text }>;
}

/** For a framework file without `predikatBasis`: the ministry's latest practice, marked as assumed. */
export const DEFAULT_PREDIKAT_BASIS: PredikatBasisRules = {
  default: "exact",
  assumed: true,
  defaultNote: {
    id: "Tanpa aturan di berkas kerangka: predikat dari indeks tepat (praktik terakhir kementerian).",
    en: "No rule in the framework file: predikat from the exact index (the ministry's latest practice).",
  },
  years: new Map(),
};

export interface Band {
  readonly predikat: string;
  /** inclusive lower edge; null for the lowest band */
  readonly min: Rational | null;
  /** exclusive upper edge, inclusive for the top band (= levels.max) */
  readonly max: Rational;
  /** the band's own maturity name where the regulation gives one (Pemdi: Unggul … Merintis) */
  readonly label: string | null;
}

export interface Domain {
  readonly id: string;
  readonly name: string;
  /** other spellings (older names, short forms in table headings), for matching */
  readonly aliases: readonly string[];
  readonly weight: Rational;
}

export interface Aspect {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly weight: Rational;
  readonly domain: string | null;
}

export interface Indicator {
  readonly id: string;
  /** alternative code users may write instead of the id (Pemdi: "1.1" … "7.2") */
  readonly code: string | null;
  /** the regulation's indicator this scored item belongs to (2018: "35" for 35.1–35.3), else null */
  readonly partOf: string | null;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly weight: Rational;
  readonly aspect: string;
  readonly domain: string | null;
  /** names of levels by level number; empty when the framework gives none */
  readonly levelNames: ReadonlyMap<number, string>;
  /** level numbers whose name the reference marks unverified */
  readonly unverifiedLevelNames: ReadonlySet<number>;
  /** what each level requires, quoted from the regulation; empty when the framework gives none */
  readonly levelCriteria: ReadonlyMap<number, string>;
  /** where the criteria are quoted from ("PermenPANRB No. 59 Tahun 2020, Lampiran, Tabel 1 …"), or null */
  readonly levelCriteriaSource: string | null;
  /** national index that supplies the value (Pemdi 5, 6, 7, 18), or null */
  readonly externalSource: string | null;
}

/** An indicator as a message names it: its id, and the code users type beside it (Pemdi "20 (7.2)"). */
export const idWithCode = (i: { readonly id: string; readonly code: string | null }): string => (i.code ? `${i.id} (${i.code})` : i.id);

/**
 * The framework without the indicators whose values come from other national
 * indices (Pemdi 2026: 5, 6, 7 and 18 from SDI, SJIG, EPSS and the
 * interoperability index), which often arrive after the self-assessment.
 * Aspects and domains keep the weights of their remaining indicators and the
 * index is Σ(w·v)/Σw over those, so it answers "where do we stand on what we
 * control?". It is not the official index, and says so in every output.
 * Null for a framework without external indicators; a RangeError for one whose
 * every indicator is external (a framework file may be so): nothing is left to score.
 */
export function withoutExternal(f: Framework): Framework | null {
  frameworkArgument(f, "withoutExternal");
  const excluded = f.indicators.filter((i) => i.externalSource !== null);
  if (excluded.length === 0) return null;
  const indicators = f.indicators.filter((i) => i.externalSource === null);
  if (indicators.length === 0) throw new RangeError(`withoutExternal: every indicator of ${f.id} is external; nothing is left to score`);
  const weightOf = (pick: (i: Indicator) => boolean) => sum(indicators.filter(pick).map((i) => i.weight));
  const ids = excluded.map(idWithCode).join(", ");
  return {
    ...f,
    caveats: [
      ...f.caveats,
      {
        id: `Dihitung tanpa indikator eksternal ${ids}; bobot dinormalkan ulang atas indikator lainnya. Ini bukan indeks resmi.`,
        en: `Computed without the external indicators ${ids}; weights renormalised over the others. This is not the official index.`,
      },
    ],
    domains: f.domains.filter((d) => indicators.some((i) => i.domain === d.id)).map((d) => ({ ...d, weight: weightOf((i) => i.domain === d.id) })),
    aspects: f.aspects.filter((a) => indicators.some((i) => i.aspect === a.id)).map((a) => ({ ...a, weight: weightOf((i) => i.aspect === a.id) })),
    indicators,
    excluded: [...f.excluded, ...excluded],
    totalWeight: sum(indicators.map((i) => i.weight)),
  };
}

/**
 * A library caller's `framework` option, checked before it is used: a bundled id where a Framework
 * belongs ("spbe-2018", as `loadFramework` takes it) failed deep in the builder, "reading 'map'".
 * Undefined is the default framework's, unless `required`: said as such, not "reading 'indicators'".
 * `as`: how the caller passed it, for a framework taken as an argument (`template(framework)`).
 */
export function frameworkOption(framework: unknown, what: string, required = false, as = "options.framework"): void {
  if (framework === undefined && required) throw new TypeError(`${what}: ${as} is required: builtinFramework("spbe-2020"), say`);
  if (framework === undefined) return;
  if (typeof framework === "object" && framework !== null && Array.isArray((framework as Partial<Framework>).indicators)) return;
  const hint = typeof framework === "string" ? `: pass builtinFramework(${JSON.stringify(framework)}), or loadFramework(…).framework` : "";
  throw new TypeError(`${what}: ${as} must be a Framework, not ${framework === null ? "null" : typeof framework}${hint}`);
}

/** A framework a function takes as its argument (`template`, `parseTarget`, `withoutExternal`): checked as `frameworkOption`. */
export function frameworkArgument(framework: unknown, what: string): void {
  frameworkOption(framework, what, true, "the framework");
}
