import { compare, equals, fromInt, parseDecimal, parseRational, type Rational, rational, sign, sum, toText } from "../core/rational.js";
import { FRAMEWORK_PROBLEM as P } from "../messages/frameworks.js";
import { both, inBoth, say, type Text } from "../messages/text.js";
import type { AspectFile, FrameworkFile } from "./schema.js";
import { type Aspect, type Band, DEFAULT_PREDIKAT_BASIS, type Domain, type Framework, type Indicator, type PredikatBasisRules } from "./types.js";

/** An id and where the file gives it. */
interface IdAt {
  readonly id: string;
  readonly path: string;
}
/**
 * From a framework file already in the schema's shape to the exact, flat
 * model, applying the rules a schema cannot express. No zod here: the bundled
 * frameworks come straight through this (their schema validity is a test),
 * so an ordinary run never loads the schema library.
 */

/** One problem in a framework file, located by its JSON path (e.g. `domains[1].aspects[0].weight`). */
export interface FrameworkProblem {
  readonly path: string;
  /** the same sentence in both languages; JSON paths and values stay as written */
  readonly message: Text;
  /** where it is in the file (1-based), when the framework was given as text and the path is in it */
  readonly line?: number;
  readonly column?: number;
}

/**
 * A framework, or every problem of the first stage that failed: the `text` (size,
 * nesting, JSON syntax, an unknown id), the `schema` (shape and field types), or the
 * `rules` (weights summing at every tier, contiguous bands, unique ids), which are
 * checked only once the schema holds.
 */
export type FrameworkResult =
  | { readonly ok: true; readonly framework: Framework }
  | { readonly ok: false; readonly stage: "text" | "schema" | "rules"; readonly problems: readonly FrameworkProblem[] };

/** Far above any real framework (the bundled ones are ~20 KB); also the CLI's limit on the file. */
export const MAX_FRAMEWORK_CHARS = 2_000_000;

/**
 * The text of a framework file's bytes: UTF-16 by its BOM (Windows PowerShell 5's `>` and Notepad's
 * "Unicode" save it so, as they save CSV files), else UTF-8; the BOM is dropped.
 */
export function frameworkText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

/** Weights are decimals of up to 6 places ("2.75") or fractions up to /100 ("20/6"): every denominator divides one bounded number. */
const MAX_DECIMALS = 6;
const MAX_DENOMINATOR = 100n;
const simpleDenominator = (d: bigint): boolean => d <= MAX_DENOMINATOR || 10n ** BigInt(MAX_DECIMALS) % d === 0n;

export interface BuildFrameworkOptions {
  /**
   * The file's rules are known to hold: the bundled frameworks, which the suite builds with every
   * rule checked (test/frameworks.test.ts) and ships unchanged. Their sums, ids and bands are then
   * not checked again at every start-up (±1 ms of a `spbe score`, README "Kinerja / Performance");
   * the model built is the same.
   */
  readonly verified?: boolean | undefined;
}

export function buildFramework(file: FrameworkFile, options: BuildFrameworkOptions = {}): FrameworkResult {
  return new FrameworkBuilder(file, options.verified === true).build();
}

/** Applies the rules the schema cannot express, collecting every problem rather than stopping at the first. */
class FrameworkBuilder {
  private readonly problems: FrameworkProblem[] = [];
  private readonly domains: Domain[] = [];
  private readonly aspects: Aspect[] = [];
  private readonly indicators: Indicator[] = [];
  /** where each id (and code) is in the file, for a duplicate's problem: "domains[1].aspects[0].indicators[1].id" */
  private readonly idPaths = { domains: [] as IdAt[], aspects: [] as IdAt[], indicators: [] as IdAt[] };

  constructor(
    private readonly file: FrameworkFile,
    private readonly verified: boolean,
  ) {}

  build(): FrameworkResult {
    const f = this.file;
    if (f.levels.min >= f.levels.max) this.problem("levels", both(P.minNotBelowMax));
    if (f.years && f.years.to !== null && f.years.to < f.years.from) this.problem("years", both(P.toBeforeFrom));

    if (f.domains) {
      f.domains.forEach((d, di) => {
        const weight = this.weight(d.weight, `domains[${di}].weight`);
        this.domains.push({ id: d.id, name: d.name, aliases: d.aliases ?? [], weight });
        this.idPaths.domains.push({ id: d.id, path: `domains[${di}].id` });
        const aspectWeights = d.aspects.map((a, ai) => this.aspect(a, `domains[${di}].aspects[${ai}]`, d.id));
        this.sumsTo(aspectWeights, weight, `domains[${di}].aspects`, () => both(P.sumDomain, { id: d.id }));
      });
      this.sumsToHundred(
        this.domains.map((d) => d.weight),
        "domains",
      );
    } else {
      f.aspects!.forEach((a, ai) => {
        this.aspect(a, `aspects[${ai}]`, null);
      });
    }
    this.sumsToHundred(
      this.aspects.map((a) => a.weight),
      f.domains ? "domains[*].aspects" : "aspects",
    );
    this.sumsToHundred(
      this.indicators.map((i) => i.weight),
      "indicators",
    );
    // each duplicate said where it is (it was said at "domains", "aspects", "indicators", line 1:1)
    this.uniqueAt(this.idPaths.domains, both(P.domainId));
    this.uniqueAt(this.idPaths.aspects, both(P.aspectId));
    this.uniqueAt(this.idPaths.indicators, both(P.indicatorId));
    this.partsOfOne();
    const bands = this.bands();

    if (this.problems.length > 0) return { ok: false, stage: "rules", problems: this.problems };
    return {
      ok: true,
      framework: {
        id: f.id,
        title: f.title,
        indexName: f.indexName,
        regulation: f.regulation,
        years: f.years ?? null,
        provisional: f.provisional ?? false,
        notes: (f.notes ?? []).map(localize),
        sources: f.sources ?? [],
        caveats: f.caveats ?? [],
        levels: f.levels,
        bands,
        predikatBasis: predikatBasisRules(f),
        domains: this.domains,
        aspects: this.aspects,
        indicators: this.indicators,
        excluded: [],
        totalWeight: fromInt(100),
      },
    };
  }

  private aspect(a: AspectFile, path: string, domain: string | null): Rational {
    const weight = this.weight(a.weight, `${path}.weight`);
    this.aspects.push({ id: a.id, name: a.name, aliases: a.aliases ?? [], weight, domain });
    this.idPaths.aspects.push({ id: a.id, path: `${path}.id` });
    const names = new Map<number, string>();
    const unverified = new Set<number>();
    const criteria = new Map<number, string>();
    let criteriaSource: string | null = null;
    if (a.levelNames !== undefined) {
      const set = this.file.levelNames?.[a.levelNames];
      if (!set || !Object.hasOwn(this.file.levelNames ?? {}, a.levelNames)) {
        this.problem(`${path}.levelNames`, both(P.noLevelNameSet, { name: a.levelNames }));
      } else {
        // a set is checked where it is first used: the aspects that share it would each say it again
        const first = !this.levelNamesChecked.has(a.levelNames);
        this.levelNamesChecked.add(a.levelNames);
        for (const [level, name] of Object.entries(set.names)) {
          const n = Number(level);
          if (first && (n < this.file.levels.min || n > this.file.levels.max)) {
            this.problem(`levelNames.${a.levelNames}.names.${level}`, both(P.levelOutside));
          }
          names.set(n, name);
        }
        for (const level of set.unverified ?? []) unverified.add(Number(level));
        for (const [level, text] of Object.entries(set.criteria ?? {})) {
          if (first && !names.has(Number(level))) this.problem(`levelNames.${a.levelNames}.criteria.${level}`, both(P.criteriaWithoutName));
          criteria.set(Number(level), text);
        }
        criteriaSource = set.source ?? null;
      }
    }
    const weights = a.indicators.map((ind, ii) => {
      const w = this.weight(ind.weight, `${path}.indicators[${ii}].weight`);
      this.idPaths.indicators.push({ id: ind.id, path: `${path}.indicators[${ii}].id` });
      if (ind.code) this.idPaths.indicators.push({ id: ind.code, path: `${path}.indicators[${ii}].code` });
      if (ind.partOf) this.partPaths.push({ partOf: ind.partOf, aspect: a.id, path: `${path}.indicators[${ii}].partOf` });
      this.indicators.push({
        id: ind.id,
        code: ind.code ?? null,
        partOf: ind.partOf ?? null,
        name: ind.name,
        aliases: ind.aliases ?? [],
        weight: w,
        aspect: a.id,
        domain,
        levelNames: names,
        unverifiedLevelNames: unverified,
        levelCriteria: criteria,
        levelCriteriaSource: criteriaSource,
        externalSource: ind.externalSource ?? null,
      });
      return w;
    });
    this.sumsTo(weights, weight, `${path}.indicators`, () => both(P.sumAspect, { id: a.id }));
    return weight;
  }

  /**
   * Stand-ins for weights that could not be read (each its own object): the build goes on to find
   * every other problem, but a sum over one says nothing the user wrote ("weights sum to 63" of
   * weights that come to 62 and one unreadable), so `sumsTo` skips it.
   */
  private readonly unreadable = new WeakSet<Rational>();
  /** each indicator's partOf, its aspect and where it is written (`partsOfOne`) */
  private readonly partPaths: { readonly partOf: string; readonly aspect: string; readonly path: string }[] = [];

  /**
   * `partOf` names the regulation's indicator that parts make up (spbe-2018's 35, of 35.1–35.3): not an
   * indicator scored itself (a part of a part, or of indicator 7, passed as "valid", and the summary
   * counted indicators wrong), and with every part in one aspect.
   */
  private partsOfOne(): void {
    if (this.verified) return;
    const scored = new Set(this.indicators.flatMap((i) => (i.code ? [i.id, i.code] : [i.id])));
    const aspects = new Map<string, string[]>();
    for (const { partOf, aspect, path } of this.partPaths) {
      if (scored.has(partOf)) this.problem(path, both(P.partOfIndicator, { value: partOf }));
      const seen = aspects.get(partOf) ?? [];
      if (seen.length > 0 && !seen.includes(aspect)) this.problem(path, both(P.partOfAspects, { value: partOf, aspects: [...seen, aspect].join(", ") }));
      if (!seen.includes(aspect)) aspects.set(partOf, [...seen, aspect]);
    }
  }

  /** the level-name sets already checked (see `aspect`) */
  private readonly levelNamesChecked = new Set<string>();

  private standIn(): Rational {
    const one = rational(1n);
    this.unreadable.add(one);
    return one;
  }

  private weight(raw: string | number, path: string): Rational {
    const value = parseRational(String(raw).trim());
    if (!value) {
      const shown = String(raw).slice(0, 40);
      this.problem(path, both(P.notExact, { value: shown }));
      return this.standIn();
    }
    if (sign(value) <= 0 || compare(value, fromInt(100)) > 0) {
      this.problem(path, both(P.weightRange, { value: toText(value) }));
    }
    if (!simpleDenominator(value.d)) {
      // thousands of weights like "1/982451653" make every sum's denominator thousands of
      // digits long and loading would take hours; real weights are never that fine
      const shown = String(raw).slice(0, 40);
      this.problem(path, both(P.tooFine, { value: shown, decimals: MAX_DECIMALS, denominator: String(MAX_DENOMINATOR) }));
      return this.standIn();
    }
    return value;
  }

  /**
   * Weights that must add up to `expected`: a domain's or an aspect's own weight (`what` names it,
   * worded only when the sum is wrong), or, with `what` null, 100 for a whole tier (every domain,
   * aspect or indicator), said once.
   */
  private sumsTo(parts: readonly Rational[], expected: Rational, path: string, what: (() => Text) | null): void {
    if (this.verified) return;
    if (this.unreadable.has(expected) || parts.some((p) => this.unreadable.has(p))) return;
    const total = sum(parts);
    if (equals(total, expected)) return;
    const shown = toText(total);
    const named = what?.();
    this.problem(
      path,
      named === undefined ? both(P.sumHundred, { total: shown }) : inBoth((l) => say(l, P.sum, { total: shown, expected: toText(expected), what: named[l] })),
    );
  }

  /** A whole tier (every domain, aspect or indicator) must come to 100. */
  private sumsToHundred(parts: readonly Rational[], path: string): void {
    this.sumsTo(parts, fromInt(100), path, null);
  }

  private uniqueAt(ids: readonly IdAt[], what: Text): void {
    if (this.verified) return;
    const seen = new Set<string>();
    for (const { id, path } of ids) {
      if (seen.has(id))
        this.problem(
          path,
          inBoth((l) => say(l, P.usedTwice, { what: what[l], value: id })),
        );
      seen.add(id);
    }
  }

  /** Each id once, as `key` tells them apart (by default as written). */
  private unique(ids: readonly string[], path: string, what: Text, key: (id: string) => string = (id) => id): void {
    if (this.verified) return;
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(key(id)))
        this.problem(
          path,
          inBoth((l) => say(l, P.usedTwice, { what: what[l], value: id })),
        );
      seen.add(key(id));
    }
  }

  /** Bands run from the highest down, each ending where the one above begins. */
  private bands(): Band[] {
    const { levels } = this.file;
    const bands: Band[] = [];
    this.file.bands.forEach((b, i) => {
      const path = `bands[${i}]`;
      // a JSON number (5, 4.2) is read by its decimal text, as a weight is
      const max = parseDecimal(String(b.max));
      const min = b.min === null ? null : parseDecimal(String(b.min));
      if (!max) this.problem(`${path}.max`, both(P.notDecimal, { value: String(b.max) }));
      else if (b.min !== null && !min) this.problem(`${path}.min`, both(P.notDecimal, { value: String(b.min) }));
      else bands.push({ predikat: b.predikat, min, max, label: b.label ?? null });
    });
    if (bands.length !== this.file.bands.length || this.verified) return bands;

    const top = bands[0]!;
    if (!equals(top.max, fromInt(levels.max))) {
      this.problem("bands[0].max", both(P.topBand, { max: levels.max }));
    }
    bands.forEach((b, i) => {
      if (b.min !== null && compare(b.min, b.max) >= 0) this.problem(`bands[${i}]`, both(P.minNotBelowMax));
      const below = bands[i + 1];
      if (!below) return;
      if (b.min === null) this.problem(`bands[${i}].min`, both(P.onlyLowestOpen));
      else if (!equals(below.max, b.min)) this.problem(`bands[${i + 1}].max`, both(P.contiguous, { min: toText(b.min) }));
    });
    const bottom = bands[bands.length - 1]!;
    if (bottom.min !== null && compare(bottom.min, fromInt(levels.min)) > 0) {
      this.problem(`bands[${bands.length - 1}].min`, both(P.lowestBand, { min: levels.min }));
    }
    // in any case and spacing: a target ("--target 'sangat baik'") and a printed predikat are matched so
    this.unique(
      bands.map((b) => b.predikat),
      "bands",
      both(P.predikat),
      (name) => name.trim().toLowerCase(),
    );
    return bands;
  }

  private problem(path: string, message: Text): void {
    this.problems.push({ path, message });
  }
}

function predikatBasisRules(f: FrameworkFile): PredikatBasisRules {
  const rules = f.predikatBasis;
  if (!rules) return DEFAULT_PREDIKAT_BASIS;
  return {
    default: rules.default,
    assumed: rules.assumed ?? false,
    defaultNote: localize(rules.defaultNote),
    years: new Map(Object.entries(rules.years ?? {}).map(([year, r]) => [Number(year), { basis: r.basis, source: localize(r.source) }])),
  };
}

/** One text for both languages, or the pair as written. */
const localize = (t: string | Text): Text => (typeof t === "string" ? { id: t, en: t } : t);
