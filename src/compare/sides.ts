import type { Assessment, AssessmentFile } from "../assessment/build.js";
import { type Finding, type FindingArgs, finding } from "../core/findings.js";
import type { Side } from "./diff.js";

export type SidesResult = { readonly ok: true; readonly a: Side; readonly b: Side } | { readonly ok: false; readonly findings: readonly Finding[] };

const sideLabel = (a: Assessment): string => a.jenis ?? a.source;

/** Two files, one assessment each. */
export function sidesFromTwoFiles(fileA: AssessmentFile, fileB: AssessmentFile): SidesResult {
  const findings: Finding[] = [];
  for (const f of [fileA, fileB]) {
    // a mandiri and its evaluasi in one file is the one-file form: told "each side must be exactly one
    // (e.g. one instansi with jenis mandiri and evaluasi)", what the file already was
    if (f.assessments.length <= 1) continue;
    const reason = sidesFromJenis(f).ok ? "both-jenis" : "too-many";
    findings.push(finding("diff/assessment-count", "error", f.file, { args: { count: f.assessments.length, reason } }));
  }
  const [a] = fileA.assessments;
  const [b] = fileB.assessments;
  if (findings.length > 0 || !a || !b) return { ok: false, findings };
  const [la, lb] = [sideLabel(a), sideLabel(b)];
  // two files of the same jenis would both be called "mandiri": fall back to the file names
  return la === lb
    ? { ok: true, a: { assessment: a, label: a.source }, b: { assessment: b, label: b.source } }
    : { ok: true, a: { assessment: a, label: la }, b: { assessment: b, label: lb } };
}

/** One file whose rows carry both assessments, told apart by `jenis`: a = mandiri, b = evaluasi. */
export function sidesFromJenis(file: AssessmentFile): SidesResult {
  const mandiri = file.assessments.filter((x) => x.jenis === "mandiri");
  const evaluasi = file.assessments.filter((x) => x.jenis === "evaluasi");
  if (mandiri.length !== 1 || evaluasi.length !== 1 || file.assessments.length !== 2) {
    const count = file.assessments.length;
    if (count === 0) return { ok: false, findings: [] };
    const refused = (args: FindingArgs<"diff/assessment-count">): SidesResult => ({
      ok: false,
      findings: [finding("diff/assessment-count", "error", file.file, { args })],
    });
    // one assessment alone: nothing to compare it with, so say which forms of input work
    if (count === 1) return refused({ count, reason: "needs-two" });
    // two told apart only by jenis words not read as either ("Mandiri (PM)", "Verifikasi"): said as such, not
    // "each side must be exactly one (e.g. one instansi with jenis mandiri and evaluasi)", what the file was
    const unread = file.assessments.map((x) => x.jenis).filter((j): j is string => j !== null && j !== "mandiri" && j !== "evaluasi");
    return refused(count === 2 && unread.length > 0 ? { count, reason: "unread-jenis", jenis: unread } : { count, reason: "too-many" });
  }
  return { ok: true, a: { assessment: mandiri[0]!, label: "mandiri" }, b: { assessment: evaluasi[0]!, label: "evaluasi" } };
}

/** One file with the two values side by side: the same table read through two value columns. */
export function sidesFromColumns(fileA: AssessmentFile, fileB: AssessmentFile, labels: readonly [string, string]): SidesResult {
  if (fileA.assessments.length !== 1 || fileB.assessments.length !== 1) {
    if (fileA.assessments.length === 0 || fileB.assessments.length === 0) return { ok: false, findings: [] };
    return { ok: false, findings: [finding("diff/assessment-count", "error", fileA.file, { args: { count: fileA.assessments.length, reason: "too-many" } })] };
  }
  return { ok: true, a: { assessment: fileA.assessments[0]!, label: labels[0] }, b: { assessment: fileB.assessments[0]!, label: labels[1] } };
}
