import type { Framework } from "../frameworks/types.js";

/**
 * The predikat a target may name, in band order, each with its band's own name where it has one (Pemdi): every band with a lower edge (the lowest has none, and
 * naming it targets nothing). What `parseTarget` reads by name, and what a refused target is told:
 * `trend`'s RangeError and the CLI's usage error both list these.
 *
 * A module of its own, with no import but a type: the CLI's command definitions (cli/commands/common.ts)
 * load with every run, and importing this from scoring/score.ts pulled score, rational and predikat into
 * the start-up chunk, past the 128 KiB a file every run loads must stay under (test/binary.test.ts).
 */
export function targetPredikat(framework: Framework): string[] {
  // a band's own name is read too (Pemdi's "Melembaga"): "Sangat Baik/Melembaga"
  return framework.bands.filter((b) => b.min !== null).map((b) => (b.label ? `${b.predikat}/${b.label}` : b.predikat));
}
