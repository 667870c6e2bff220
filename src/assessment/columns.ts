import { headerKey } from "../core/words-key.js";
/**
 * Which header names mean what. Matched case-insensitively after trimming; the
 * first alias in each list wins when a file has several names of a role that is
 * only carried (bukti, catatan, pj), and two names of one that changes the score
 * or the grouping are ambiguous (`ONE_NAME_ONLY`). The indicator column
 * is the exception, see `candidates`: spreadsheets often have both "No" (the
 * number) and "Indikator" (the name). Unknown columns are kept and ignored for
 * scoring.
 */
export const COLUMN_ALIASES = {
  // "Kode Indikator" and the like name the id column by its kind: after the plain names, before the bare ones
  // (a running "No" beside them is still told apart: `pickIndicatorColumn`)
  indicator: [
    "indikator",
    "indicator",
    "kode indikator",
    "nomor indikator",
    "no indikator",
    "no. indikator",
    "id indikator",
    "kode",
    "id",
    "nomor",
    "no",
    "no.",
  ],
  value: ["tingkat", "level", "nilai", "tk", "value", "tingkat kematangan"],
  evidence: ["bukti", "evidence", "bukti dukung", "bukti pendukung"],
  note: ["catatan", "note", "notes"],
  owner: ["pj", "opd", "owner"],
  instansi: ["instansi", "nama instansi"],
  tahun: ["tahun", "year", "tahun penilaian", "tahun evaluasi"],
  jenis: ["jenis", "type", "jenis penilaian"],
  kategori: ["kategori", "category"],
  provinsi: ["provinsi", "province"],
  target: ["target"],
} as const satisfies Record<string, readonly string[]>;

export type ColumnRole = keyof typeof COLUMN_ALIASES;

export interface ColumnMatch {
  /** 0-based index into the row's cells */
  readonly index: number;
  /** the header text as written */
  readonly header: string;
}

export type ColumnMap = Partial<Record<ColumnRole, ColumnMatch>>;

// any run of spaces is one, a no-break space too ("Bukti\u00a0Dukung" pasted from a PDF): such a header was
// no column's, and an unread bukti column switched the evidence check off without a word
const normaliseHeader = headerKey;

/**
 * A header's names, normalised once for every lookup made on it (roles,
 * candidates, --columns): a hostile header of a million columns was normalised
 * four times over, two million strings each time. Headers are not changed once
 * read, and the cache goes with its header.
 */
const NORMALISED = new WeakMap<readonly string[], readonly string[]>();
function normalisedNames(header: readonly string[]): readonly string[] {
  let names = NORMALISED.get(header);
  if (names === undefined) {
    names = header.map(normaliseHeader);
    NORMALISED.set(header, names);
  }
  return names;
}

/**
 * Roles whose column changes what is scored or how rows are grouped: two different names of one of
 * them ("Nilai" beside "Tingkat": the evaluator's value beside the self-score; "Tahun" beside "Year")
 * are ambiguous, never settled by the order of the aliases. The others (bukti, catatan, pj) are carried
 * only: a sheet with "PJ" and "OPD" keeps the first, as the table in the README says.
 */
const ONE_NAME_ONLY: ReadonlySet<ColumnRole> = new Set(["value", "tahun", "jenis", "kategori", "provinsi"]);

/** A column that could be another's role: `at` is the one not used, `other` the one it competes with. */
export interface AmbiguousColumn {
  readonly role: ColumnRole;
  /** "repeated": the same name twice; "aliases": two names of a role in ONE_NAME_ONLY */
  readonly kind: "repeated" | "aliases";
  readonly at: ColumnMatch;
  readonly other: ColumnMatch;
}

/**
 * Maps each role to its column; `ambiguous` lists headers of a role that appear more than once (each
 * place after the first), and a second name of a role in ONE_NAME_ONLY, up to MAX_AMBIGUOUS per role. Any alias, not only the one that wins: the
 * indicator column is chosen among all of its candidates, and "No;Indikator;No;Tingkat" read its ids
 * from the first "No" (row numbers) silently.
 */
export function matchColumns(header: readonly string[]): { readonly map: ColumnMap; readonly ambiguous: readonly AmbiguousColumn[] } {
  // the table reader asks of the header row (`isTableHeader`) before the builder reads it: worked out once
  let matched = MATCHED.get(header);
  if (matched === undefined) {
    matched = matchOnce(header);
    MATCHED.set(header, matched);
  }
  return matched;
}

const MATCHED = new WeakMap<readonly string[], { readonly map: ColumnMap; readonly ambiguous: readonly AmbiguousColumn[] }>();

function matchOnce(header: readonly string[]): { map: ColumnMap; ambiguous: AmbiguousColumn[] } {
  const map: ColumnMap = {};
  const ambiguous: AmbiguousColumn[] = [];
  const names = normalisedNames(header);
  for (const role of Object.keys(COLUMN_ALIASES) as ColumnRole[]) {
    let said = 0;
    for (const alias of COLUMN_ALIASES[role]) {
      const at = names.indexOf(alias);
      if (at < 0) continue;
      const here = { index: at, header: header[at]! };
      const first = map[role];
      if (!first) map[role] = here;
      else if (ONE_NAME_ONLY.has(role) && said++ < MAX_AMBIGUOUS) ambiguous.push({ role, kind: "aliases", at: here, other: first });
      // every repeat, not only the second: a third "Tingkat" went unsaid (the cost reader says each)
      for (let again = names.indexOf(alias, at + 1); again >= 0 && said < MAX_AMBIGUOUS; again = names.indexOf(alias, again + 1)) {
        said++;
        ambiguous.push({ role, kind: "repeated", at: { index: again, header: header[again]! }, other: here });
      }
    }
  }
  return { map, ambiguous };
}

/** Ambiguous columns said per role, at most: a hostile header of a million "no" is refused by its first ones (cost files too). */
export const MAX_AMBIGUOUS = 10;

/**
 * Every column whose header is one of the role's aliases, in alias priority
 * order, then left to right. One pass over the header: a hostile header of a
 * million columns took a flatMap per alias (3 s and 6 million arrays a run).
 */
export function candidates(header: readonly string[], role: ColumnRole): ColumnMatch[] {
  const aliases = COLUMN_ALIASES[role] as readonly string[];
  const byAlias: ColumnMatch[][] = aliases.map(() => []);
  normalisedNames(header).forEach((name, index) => {
    const priority = aliases.indexOf(name);
    if (priority >= 0) byAlias[priority]!.push({ index, header: header[index]! });
  });
  return byAlias.flat();
}

/** Whether any column's header is one of the role's aliases (`candidates(…).length > 0`, no arrays made). */
export function hasRole(header: readonly string[], role: ColumnRole): boolean {
  const aliases = COLUMN_ALIASES[role] as readonly string[];
  return normalisedNames(header).some((name) => aliases.includes(name));
}

/** Finds a column by an exact (case-insensitive) header name, for `--columns a,b`. */
export function findColumn(header: readonly string[], name: string): ColumnMatch | undefined {
  const at = normalisedNames(header).indexOf(normaliseHeader(name));
  return at < 0 ? undefined : { index: at, header: header[at]! };
}

/** The words a side-by-side file's two value columns are found by, within a longer header ("Nilai Mandiri"). */
const SIDE_WORDS = ["mandiri", "evaluasi"] as const;

/**
 * A header `--columns "…,…"` can name exactly as written, typed in a shell between double quotes:
 * no comma (it splits the pair), no quote, `$`, backquote or backslash, no control character, and
 * short enough to be shown whole.
 */
const nameable = (h: string): boolean => h.trim() !== "" && h.length <= 60 && !/[,"$`\\\p{Cc}]/u.test(h);

/**
 * The two headers that seem to hold a side-by-side file's mandiri and evaluasi values, as written
 * ("No;Indikator;Nilai Mandiri;Nilai Evaluasi"), for a `column/missing` finding to offer `--columns`
 * with: exactly one header holds "mandiri" and exactly one other "evaluasi" (in any case), and both
 * can be typed into `--columns`. Null otherwise ("Nilai Mandiri;Bukti Mandiri": which one?).
 */
export function sideBySideColumns(header: readonly string[]): readonly [string, string] | null {
  const [mandiri, evaluasi] = SIDE_WORDS.map((w) => header.filter((h) => h.toLowerCase().includes(w)));
  if (mandiri?.length !== 1 || evaluasi?.length !== 1 || mandiri[0] === evaluasi[0]) return null;
  const pair = [mandiri[0]!.trim(), evaluasi[0]!.trim()] as const;
  return pair.every(nameable) ? pair : null;
}

/**
 * Headers of a column that is never an indicator's name: the other roles' (instansi, tahun, bukti …),
 * a number's or id's (no, nomor, kode: a running "No" beside the ids), and a domain's or aspect's (the
 * template's `domain`, `aspek`: the row's own section). "Indikator" holds the name on many sheets
 * ("No;Indikator;Tingkat"), so the indicator's own aliases of words are not among them.
 */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...Object.values(COLUMN_ALIASES)
    .flat()
    .filter((a) => a !== "indikator" && a !== "indicator"),
  "domain",
  "aspek",
  "aspect",
]);

/**
 * The column an indicator's name is read from, beside its number (`indicator`), for
 * indicator/name-mismatch; undefined where there is none. Of the columns left of the level's (as
 * `labelColumns`: a name sits before its level), the first after the indicator's that is no other
 * role's (`NOT_A_NAME`), else the nearest before it: "indikator;nama;tingkat", "No;Indikator;Tingkat",
 * "No;Domain;Aspek;Indikator;Tingkat", "nama;indikator;tingkat". One column, never any label cell: a
 * domain's name in a Domain column beside the indicator's is the row's own, no disagreement.
 */
export function nameColumn(header: readonly string[], indicator: number, value: number): number | undefined {
  const names = normalisedNames(header);
  const isName = (i: number) => i !== indicator && !NOT_A_NAME.has(names[i] ?? "");
  for (let i = indicator + 1; i < value; i++) if (isName(i)) return i;
  for (let i = Math.min(indicator, value) - 1; i >= 0; i--) if (isName(i)) return i;
  return undefined;
}
