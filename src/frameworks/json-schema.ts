import { z } from "zod";
import { frameworkFileSchema } from "./schema.js";

/**
 * The framework file format as a JSON Schema (draft 2020-12), generated from
 * the zod schema the loader validates with, for editors (`"$schema"` in a
 * framework file) and other tools. It describes the input as written (`io:
 * "input"`). What JSON Schema cannot say is left to `spbe framework check`: the
 * refinements (no control characters in names) and the rules (weights that sum
 * to 100 at every tier, contiguous bands, unique ids). The one refinement it
 * can say, exactly one of `domains` or `aspects`, is added as a `oneOf`.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(frameworkFileSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: "spbe framework file (formatVersion 1)",
    description:
      'A maturity-index framework for spbe (Indeks SPBE and its successors): tiers, exact weights, levels and predikat bands. Weights are exact numbers written as strings ("1.3", "20/6"). Check a file with `spbe framework check <file>`, which also applies the rules a schema cannot express (weights summing to 100 at every tier, contiguous bands, unique ids).',
    ...rest,
    oneOf: [{ required: ["domains"] }, { required: ["aspects"] }],
  };
}
