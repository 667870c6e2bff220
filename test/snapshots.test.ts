import { describe, expect, it } from "vitest";
import { spbe } from "./run-cli.js";

/**
 * End-to-end snapshots in the attw style: one Markdown file per case with the
 * command, stdout, stderr and the exit code, so any change in what users see
 * shows up in review as a diff. Update deliberately with `npx vitest run -u`.
 */
const CASES: Record<string, string[]> = {
  "score-table": ["score", "fixtures/contoh-spbe-2020-mandiri.csv"],
  "score-table-pemdi-en": ["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--lang", "en"],
  "score-table-2018-target": ["score", "fixtures/contoh-spbe-2018.csv", "--framework", "spbe-2018", "--target", "Baik"],
  "score-json": ["score", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "json", "--target", "3.5"],
  "score-json-pemdi": ["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--format", "json"],
  "score-pemdi-external-pending": ["score", "fixtures/contoh-pemdi-2026-eksternal-belum-ada.csv", "--framework", "pemdi-2026"],
  "score-pemdi-without-external-json": [
    "score",
    "fixtures/contoh-pemdi-2026-eksternal-belum-ada.csv",
    "--framework",
    "pemdi-2026",
    "--without-external",
    "--format",
    "json",
    "--lang",
    "en",
  ],
  "score-csv": ["score", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "csv"],
  "score-markdown": ["score", "fixtures/contoh-spbe-2018.csv", "--framework", "spbe-2018", "--format", "markdown"],
  "score-invalid": ["score", "fixtures/tidak-sah/nilai-salah.csv"],
  "score-invalid-json-en": ["score", "fixtures/tidak-sah/nilai-salah.csv", "--format", "json", "--lang", "en"],
  "validate-invalid": ["validate", "fixtures/tidak-sah/nilai-salah.csv", "fixtures/tidak-sah/kutip-terbuka.csv", "fixtures/tidak-sah/hanya-judul.csv"],
  "validate-clean": ["validate", "fixtures/contoh-spbe-2020-mandiri.csv"],
  "diff-table": ["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2020-evaluasi.csv", "--top", "5"],
  "diff-table-side-by-side-en": ["diff", "fixtures/contoh-spbe-2020-berdampingan.csv", "--lang", "en", "--top", "3"],
  "diff-table-jenis-rows": ["diff", "fixtures/contoh-spbe-2020-gabungan.csv", "--top", "3"],
  "score-json-two-assessments": ["score", "fixtures/contoh-spbe-2020-gabungan.csv", "--format", "json"],
  "diff-json": ["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "json"],
  "diff-csv": ["diff", "fixtures/contoh-spbe-2020-berdampingan.csv", "--format", "csv"],
  "diff-markdown": ["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "markdown", "--top", "3"],
  "diff-fail-above": ["diff", "fixtures/contoh-spbe-2020-berdampingan.csv", "--fail-above", "0.5", "--top", "1"],
  "diff-framework-mismatch": [
    "diff",
    "fixtures/contoh-spbe-2018.csv",
    "fixtures/contoh-spbe-2020-evaluasi.csv",
    "--framework",
    "spbe-2018",
    "--framework-b",
    "spbe-2020",
  ],
  "plan-table": ["plan", "fixtures/contoh-spbe-2020-pj.csv"],
  "plan-table-pemdi-unreachable-en": [
    "plan",
    "fixtures/contoh-pemdi-2026.csv",
    "--framework",
    "pemdi-2026",
    "--target",
    "Memuaskan",
    "--max-step",
    "1",
    "--lang",
    "en",
  ],
  "plan-json-cost-budget": ["plan", "fixtures/contoh-spbe-2020-pj.csv", "--cost", "fixtures/contoh-biaya.csv", "--budget", "120", "--format", "json"],
  "plan-csv": ["plan", "fixtures/contoh-spbe-2020-evaluasi.csv", "--max-step", "1", "--format", "csv"],
  "plan-markdown-2018": ["plan", "fixtures/contoh-spbe-2018.csv", "--framework", "spbe-2018", "--format", "markdown"],
  // the CSVs of rank and trend: every row ends with its framework's `sementara` and `catatan`
  "rank-csv-pemdi": ["rank", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--format", "csv"],
  "trend-csv-en": ["trend", "nasional-2023", "nasional-2024", "--instansi", "Kota Bogor", "--target", "Memuaskan", "--format", "csv", "--lang", "en"],
  // an instansi's mandiri and evaluasi given together: the evaluasi ranked, the mandiri said set aside (rank/duplicate)
  "rank-mandiri-evaluasi": [
    "rank",
    "fixtures/contoh-spbe-2020-mandiri.csv",
    "fixtures/contoh-spbe-2020-evaluasi.csv",
    "--nasional",
    "2024",
    "--kategori",
    "kabupaten",
    "--provinsi",
    "Jawa Barat",
    "--top",
    "3",
  ],
  "framework-list": ["framework"],
  "framework-2018": ["framework", "spbe-2018"],
  "framework-pemdi-json-en": ["framework", "pemdi-2026", "--format", "json", "--lang", "en"],
  "framework-own-file": ["framework", "fixtures/kerangka-contoh-kanwil.json"],
  "framework-check-invalid-en": ["framework", "check", "test/hostile/framework-malformed.json", "--lang", "en"],
  "score-own-framework": ["score", "fixtures/contoh-kanwil.csv", "--framework", "fixtures/kerangka-contoh-kanwil.json"],
  "template-pemdi": ["template", "--framework", "pemdi-2026"],
  "template-en": ["template", "--lang", "en"],
};

describe("CLI snapshots", () => {
  it.each(Object.entries(CASES))("%s", async (name, args) => {
    const r = await spbe(args);
    const doc = [
      `# spbe ${args.join(" ")}`,
      "",
      "## stdout",
      "",
      "```",
      r.stdout,
      "```",
      "",
      "## stderr",
      "",
      "```",
      r.stderr,
      "```",
      "",
      `Exit code: ${r.code}`,
      "",
    ].join("\n");
    await expect(doc).toMatchFileSnapshot(`./__snapshots__/cli/${name}.md`);
  });
});
