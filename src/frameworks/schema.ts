import { z } from "zod";
import { hasControls } from "../core/control.js";
import { TAHUN } from "../core/tahun.js";

/**
 * The framework file format (formatVersion 1). Bundled frameworks and
 * user-supplied ones go through the same schema, then through the rules in
 * `load.ts` (unique ids, weights summing at every tier, contiguous bands).
 *
 * Weights and band edges are written as strings ("1.3", "20/6", "4.20") so they
 * stay exact; plain JSON numbers are accepted too and read by their decimal text.
 */
/**
 * Control characters (ESC, BEL, line breaks) and bidi overrides in a name would reach the
 * terminal or a report as they are; a framework file is input like any other, so they are
 * refused with the field named.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !hasControls(s), "control characters (ESC, BEL, line breaks) and bidi overrides are not allowed");
/** Prose in both languages, or one text for both (notes written before English was added). */
const localized = (max: number) => z.union([text(max), z.strictObject({ id: text(max), en: text(max) })]);
// not trimmed, as the published JSON Schema cannot trim either: "1 " passed `framework check` (trimmed) while
// an editor checking against the schema refused it, and it silently became a duplicate of "1"
const id = z
  .string()
  .max(20)
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]*$/, "id: letters, digits, '.', '_' or '-'");
const exactNumber = z.union([z.string().max(40), z.number().finite()]);

const levelKey = z.string().regex(/^\d{1,2}$/);
const levelNames = z.strictObject({
  names: z.record(levelKey, text(80)),
  unverified: z.array(levelKey).max(20).optional(),
  note: text(500).optional(),
  /** what each level requires, quoted from the regulation (legal text, not our prose) */
  criteria: z.record(levelKey, text(1000)).optional(),
  /** where `criteria` are quoted from */
  source: text(500).optional(),
});

/** Other spellings of a name (older names, the short forms a table heading uses), for matching only. */
const aliases = z.array(text(300)).max(20).optional();

const basis = z.enum(["exact", "displayed"]);
/**
 * Which index the predikat is read from: the exact (unrounded) index, or the
 * two-decimal index as displayed. The ministry's practice changed between
 * evaluation years, so it is data: a rule per year with its evidence, and a
 * default for years without any.
 */
const predikatBasis = z.strictObject({
  default: basis,
  /** the default is an assumption, not evidence */
  assumed: z.boolean().optional(),
  defaultNote: localized(500),
  years: z.record(z.string().regex(TAHUN), z.strictObject({ basis, source: localized(1000) })).optional(),
});

const indicator = z.strictObject({
  id,
  code: id.optional(),
  aliases,
  /** the regulation's indicator this item is one part of (2018: 35.1–35.3 are parts of indicator 35) */
  partOf: id.optional(),
  name: text(300),
  weight: exactNumber,
  externalSource: text(80).optional(),
});

const aspect = z.strictObject({
  id,
  name: text(300),
  aliases,
  weight: exactNumber,
  /** key into `levelNames`; absent = no level names for this aspect's indicators */
  levelNames: text(40).optional(),
  indicators: z.array(indicator).min(1).max(500),
});

const domain = z.strictObject({
  id,
  name: text(300),
  aliases,
  weight: exactNumber,
  aspects: z.array(aspect).min(1).max(100),
});

const band = z.strictObject({
  predikat: text(40),
  min: exactNumber.nullable(),
  max: exactNumber,
  label: text(40).optional(),
});

export const frameworkFileSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    formatVersion: z.literal(1),
    // (untrimmed, as `id` below: the published schema cannot trim)
    id: z
      .string()
      .max(60)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "id: lower-case letters, digits, '.', '_' or '-'"),
    title: text(300),
    /** what the index is called in reports: "Indeks SPBE", "Indeks Pemdi" */
    indexName: text(60),
    regulation: text(200),
    years: z.strictObject({ from: z.number().int().min(1990).max(2200), to: z.number().int().min(1990).max(2200).nullable() }).optional(),
    provisional: z.boolean().optional(),
    notes: z.array(localized(1000)).max(50).optional(),
    /** caveats every output using this framework repeats, in both languages */
    caveats: z
      .array(z.strictObject({ id: text(1000), en: text(1000) }))
      .max(20)
      .optional(),
    sources: z.array(text(1000)).max(50).optional(),
    levels: z.strictObject({
      min: z.number().int().min(0).max(100),
      max: z.number().int().min(1).max(100),
      integerOnly: z.boolean(),
    }),
    levelNames: z.record(text(40), levelNames).optional(),
    predikatBasis: predikatBasis.optional(),
    bands: z.array(band).min(1).max(20),
    domains: z.array(domain).min(1).max(100).optional(),
    aspects: z.array(aspect).min(1).max(100).optional(),
  })
  .refine((f) => (f.domains === undefined) !== (f.aspects === undefined), {
    message: "exactly one of 'domains' (three tiers) or 'aspects' (no domain tier) must be given",
    path: ["domains"],
  });

/** The schema's own messages in Indonesian (zod's locale covers the rest). */
export const SCHEMA_MESSAGES_ID: Readonly<Record<string, string>> = {
  "control characters (ESC, BEL, line breaks) and bidi overrides are not allowed":
    "karakter kendali (ESC, BEL, baris baru) dan pembalik arah teks tidak diizinkan",
  "id: letters, digits, '.', '_' or '-'": "id: huruf, angka, '.', '_' atau '-'",
  "id: lower-case letters, digits, '.', '_' or '-'": "id: huruf kecil, angka, '.', '_' atau '-'",
  "exactly one of 'domains' (three tiers) or 'aspects' (no domain tier) must be given":
    "harus ada tepat salah satu: 'domains' (tiga tingkatan) atau 'aspects' (tanpa tingkatan domain)",
};

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type AspectFile = z.infer<typeof aspect>;
