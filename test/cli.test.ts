import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AssessmentFile } from "../src/assessment/build.js";
import { readAssessmentFile, readOptionsOf } from "../src/cli/assessments.js";
import { makeContext } from "../src/cli/context.js";
import { invokedCommand } from "../src/cli/main.js";
import { fw } from "./helpers.js";
import { ROOT, spbe } from "./run-cli.js";

describe("spbe score (end to end)", () => {
  it("scores the README's sample: exit 0, table on stdout, nothing on stderr", async () => {
    const r = await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Indeks SPBE: 3.64 — Sangat Baik");
    expect(r.stdout).toContain("pemisah ';'");
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("prints one JSON document, also on exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    writeFileSync(join(dir, "bad.csv"), "indikator,tingkat\n1,tiga\n");
    const r = await spbe(["score", join(dir, "bad.csv"), "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.assessments[0].index).toBeNull();
    expect(doc.findings).toContainEqual(expect.objectContaining({ code: "value/invalid", line: 2, column: 2, value: "tiga" }));
    // 46 missing indicators are one finding that lists them compactly
    expect(doc.findings.filter((f: { code: string }) => f.code === "indicator/missing")).toEqual([
      expect.objectContaining({ message: "46 indikator tidak diisi: 2–47" }),
    ]);
  });

  // the bug: a title typed with no ';' above the sample (not padded ";;;;;;;" as Excel pads it) was all the
  // sniffer read: "pemisah ',' (bawaan)" and "the columns are: 'PENILAIAN …'", never where the table was
  // then (a later fix): the table under the title is read, and a warning says the title was not
  it("reads a ';' file under a title with no delimiter as ';', from its header on, in score and in rank", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const sample = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv")).subarray(3);
    writeFileSync(join(dir, "judul.csv"), Buffer.concat([Buffer.from("\uFEFFPENILAIAN MANDIRI SPBE 2024\r\n"), sample]));
    const score = await spbe(["score", "judul.csv", "--lang", "en"], { cwd: dir });
    expect(score.code).toBe(0);
    expect(score.stdout).toContain("Read as: UTF-8 with BOM, delimiter ';' (detected), decimal comma, CRLF");
    expect(score.stdout).toContain("3.64");
    expect(score.stderr.split("\n").filter((l) => l.includes("judul.csv:"))).toEqual([
      "judul.csv:1  warning  the table's header is line 2; the line above it (a sheet title) is not read  file/title-rows",
    ]);
    // rank reads in slices (the batch path): the same findings, and the same index
    const rank = await spbe(["rank", "judul.csv", "--lang", "en", "--format", "json"], { cwd: dir });
    expect(rank.code).toBe(0);
    const doc = JSON.parse(rank.stdout);
    expect(doc.findings.map((f: { code: string; line: number }) => [f.code, f.line])).toEqual([["file/title-rows", 1]]);
    expect(JSON.stringify(doc)).toContain('"display":"3.64"');
  });

  // an exploratory tester's file: a kop surat of 12 lines above the header, past the 10 rows the header was looked for in
  it("finds the header under a letterhead of a dozen lines, in score and in rank", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const sample = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv")).subarray(3);
    const kop = ["PEMERINTAH KABUPATEN CONTOH", "SEKRETARIAT DAERAH", "Jl. Contoh No. 1", "", "LEMBAR KERJA PENILAIAN MANDIRI", "SPBE", "TAHUN 2024", ""];
    const lines = [...kop, "Nama Instansi : Kabupaten Contoh", "Unit Kerja : Bagian Organisasi", "Tanggal : 12/03/2024", "Petugas : Budi"];
    expect(lines).toHaveLength(12);
    writeFileSync(join(dir, "kop.csv"), Buffer.concat([Buffer.from(`\uFEFF${lines.map((l) => `${l};;;;`).join("\r\n")}\r\n`), sample]));
    const title = ["kop.csv:1  warning  the table's header is line 13; the 10 lines above it (a sheet title) are not read  file/title-rows"];
    const score = await spbe(["score", "kop.csv", "--lang", "en"], { cwd: dir });
    expect(score.code).toBe(0);
    expect(score.stdout).toContain("3.64");
    expect(score.stderr.split("\n").filter((l) => l.includes("kop.csv:"))).toEqual(title);
    const rank = await spbe(["rank", "kop.csv", "--lang", "en"], { cwd: dir });
    expect(rank.code).toBe(0);
    expect(rank.stderr.split("\n").filter((l) => l.includes("kop.csv:"))).toEqual(title);
  });

  // the bug: the same title with a comma ("…, Kab. Contoh 2024") decided ',' as a header would: "pemisah ','
  // (terdeteksi)", every row said ragged, and the columns listed were the title's two halves
  it("reads a ';' file under a title with a comma as ';', from its header on, in score and in rank", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const sample = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv")).subarray(3);
    writeFileSync(join(dir, "judul.csv"), Buffer.concat([Buffer.from("\uFEFFPenilaian Mandiri SPBE, Kab. Contoh 2024\r\n"), sample]));
    const score = await spbe(["score", "judul.csv", "--lang", "en"], { cwd: dir });
    expect(score.code).toBe(0);
    expect(score.stdout).toContain("Read as: UTF-8 with BOM, delimiter ';' (detected), decimal comma, CRLF");
    expect(score.stderr.split("\n").filter((l) => l.includes("judul.csv:"))).toEqual([
      "judul.csv:1  warning  the table's header is line 2; the line above it (a sheet title) is not read  file/title-rows",
    ]);
    const rank = await spbe(["rank", "judul.csv", "--lang", "en"], { cwd: dir });
    expect(rank.code).toBe(0);
    expect(rank.stderr.split("\n").filter((l) => l.includes("judul.csv:"))).toEqual(score.stderr.split("\n").filter((l) => l.includes("judul.csv:")));
  });

  // found by an exploratory tester: "'1.' bukan indikator" and "47 indikator tidak diisi: 1–47", and a pasted
  // second sheet's "'No' bukan indikator" and 47 duplicates, none saying what to do
  it("refused indicator cells say what they seem to be: '1.' (the number alone), a repeated header row; score and rank alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    writeFileSync(join(dir, "titik.csv"), "No;Tingkat\n1.;3\nIndikator 2;3\n");
    const sheet = Array.from({ length: 47 }, (_, i) => `${i + 1};nama;4`);
    writeFileSync(join(dir, "tempel.csv"), ["No;Indikator;Tingkat", ...sheet, ";;", "No;Indikator;Tingkat", ...sheet, ""].join("\n"));
    const r = await spbe(["validate", "titik.csv", "tempel.csv", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "titik.csv  error  45 indicators have no row: 3–47  indicator/missing",
      "titik.csv:2:1  error  '1.' is not an indicator of spbe-2020; write the number alone: '1'  indicator/unknown",
      "titik.csv:3:1  error  'Indikator 2' is not an indicator of spbe-2020; write the number alone: '2'  indicator/unknown",
      "tempel.csv:50:1  error  'No' is not an indicator of spbe-2020; this row repeats the header row (a second sheet pasted below?): delete it, and if another assessment follows, split the file or give it an instansi/jenis column  indicator/unknown",
    ]);
    expect(lines[4]).toBe("tempel.csv:51:1  error  indicator '1' was already given on line 2 (above the repeated header row on line 50)  indicator/duplicate");
    // rank reads in slices, lean (the batch path): the same findings
    const score = await spbe(["score", "titik.csv", "tempel.csv", "--lang", "en"], { cwd: dir });
    const rank = await spbe(["rank", "titik.csv", "tempel.csv", "--lang", "en"], { cwd: dir });
    const said = (out: string) => out.split("\n").filter((l) => /^(titik|tempel)\.csv/.test(l));
    expect(said(score.stderr).slice(0, 5)).toEqual(lines.slice(0, 5));
    expect(said(rank.stderr)).toEqual(said(score.stderr));
  });

  it("a level typed with its words ('Tingkat 3', '4 (Terdefinisi)') is refused with what to write; score and rank alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const rows = Array.from({ length: 47 }, (_, i) => `${i + 1};nama;${["Tingkat 3", "3 (Terdefinisi)", "4 (Terdefinisi)"][i] ?? "3"}`);
    writeFileSync(join(dir, "kata.csv"), ["No;Indikator;Tingkat", ...rows, ""].join("\n"));
    const r = await spbe(["validate", "kata.csv"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([
      "kata.csv:2:3  galat  'Tingkat 3' bukan tingkat yang sah untuk indikator 1; tulis angkanya saja: 3  value/invalid",
      "kata.csv:3:3  galat  '3 (Terdefinisi)' bukan tingkat yang sah untuk indikator 2; tulis angkanya saja: 3  value/invalid",
      "kata.csv:4:3  galat  '4 (Terdefinisi)' bukan tingkat yang sah untuk indikator 3; angka 4 dan nama 'Terdefinisi' (tingkat 3) tidak cocok: tulis angka tingkat yang dimaksud saja  value/invalid",
    ]);
    const rank = await spbe(["rank", "kata.csv"], { cwd: dir });
    expect(rank.stderr.split("\n").filter((l) => l.startsWith("kata.csv"))).toEqual(r.stdout.split("\n").slice(0, 3));
  });

  it("a file of rows 1–35 only asks whether it is spbe-2018's, without reading it as such; score and rank alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    writeFileSync(join(dir, "lama.csv"), ["no;tingkat;bukti", ...Array.from({ length: 35 }, (_, i) => `${i + 1};3;x`), ""].join("\n"));
    const hint =
      "lama.csv  error  12 indicators have no row: 36–47; the rows are exactly the 35 indicators of spbe-2018: is it an assessment under spbe-2018? use --framework spbe-2018  indicator/missing";
    const r = await spbe(["validate", "lama.csv", "--lang", "en"], { cwd: dir });
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([1, hint]);
    const rank = await spbe(["rank", "lama.csv", "--lang", "en"], { cwd: dir });
    expect(rank.stderr.split("\n").filter((l) => l.startsWith("lama.csv"))).toEqual([hint]);
  });

  // found by an exploratory tester: the template's heading rows, level blank, were read as indicator 1 (its real row
  // then "already given") or refused as "'I' is not an indicator"
  it("a worksheet with a heading row above each domain's and aspect's indicators scores as without them; score, validate and rank alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const rows = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(";").slice(3, 6).join(";"));
    const headings: Record<string, string[]> = {
      "1": ["I;DOMAIN KEBIJAKAN INTERNAL SPBE;", "1;Aspek 1 - Kebijakan Internal Tata Kelola SPBE;"],
      "11": ["Domain 2;Tata Kelola SPBE;", "Aspek 2;Perencanaan Strategis SPBE;"],
      "21": ["Domain 3: Manajemen SPBE;;"],
      "32": ["4;Domain Layanan SPBE;", "VII. Layanan Administrasi Pemerintahan Berbasis Elektronik;;"],
    };
    const sheet = rows.flatMap((r) => [...(headings[r.split(";")[0]!] ?? []), r]);
    writeFileSync(join(dir, "judul-bagian.csv"), ["No;Indikator;Tingkat", ...sheet, ""].join("\n"));
    const validate = await spbe(["validate", "judul-bagian.csv"], { cwd: dir });
    expect([validate.code, validate.stdout, validate.stderr]).toEqual([0, "", "1 berkas diperiksa: 0 galat, 0 peringatan\n"]);
    const score = await spbe(["score", "judul-bagian.csv"], { cwd: dir });
    expect([score.code, score.stderr]).toEqual([0, ""]);
    expect(score.stdout).toContain("Indeks SPBE: 3.64 — Sangat Baik");
    // rank reads in slices, lean (the batch path): the same
    const rank = await spbe(["rank", "judul-bagian.csv", "--format", "json"], { cwd: dir });
    expect([rank.code, rank.stderr.split("\n").filter((l) => l.includes("judul-bagian.csv"))]).toEqual([0, []]);
    expect(JSON.parse(rank.stdout).groups[0].rows[0].index.display).toBe("3.64");
  });

  // found by review: rows shifted in Excel credited a level to the number's indicator without a word
  it("a row whose number and name disagree is a warning at the name cell: exit 0, 1 under --strict; score, validate and rank alike", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const sample = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "utf8").split(/\r?\n/);
    // indicator 4's row named as 5, as a sort on the name column alone leaves it
    const five = sample[5]!.split(";")[4]!;
    const cells = sample[4]!.split(";");
    cells[4] = five;
    sample[4] = cells.join(";");
    writeFileSync(join(dir, "geser.csv"), sample.join("\n"));
    const warning = `geser.csv:5:5  warning  indicator number 4, but the name is indicator 5's ('${five}'): its level is read as indicator 4's; were the rows shifted (a sort on one column only, a row inserted)? fix the number or the name  indicator/name-mismatch`;
    const score = await spbe(["score", "geser.csv", "--lang", "en"], { cwd: dir });
    expect([score.code, score.stderr.split("\n").filter((l) => l.startsWith("geser.csv"))]).toEqual([0, [warning]]);
    expect(score.stdout).toContain("Indeks SPBE: 3.64 — Sangat Baik");
    const validate = await spbe(["validate", "geser.csv", "--lang", "en"], { cwd: dir });
    expect([validate.code, validate.stdout]).toEqual([0, `${warning}\n`]);
    const strict = await spbe(["validate", "geser.csv", "--strict", "--lang", "en"], { cwd: dir });
    expect([strict.code, strict.stdout]).toEqual([1, `${warning}\n`]);
    // rank reads in slices, lean (the batch path): the same
    const rank = await spbe(["rank", "geser.csv", "--lang", "en"], { cwd: dir });
    expect([rank.code, rank.stderr.split("\n").filter((l) => l.startsWith("geser.csv"))]).toEqual([0, [warning]]);
  });

  // an analyst's footer was also "47 indikator tidak diisi: 1–47" of an unnamed assessment, and "2 penilaian, 1 dihitung"
  it("a footer row under the table is its own finding alone, in score, validate, rank, trend, diff and plan: exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const mandiri = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "utf8");
    const gabungan = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-gabungan.csv"), "utf8");
    writeFileSync(join(dir, "rata.csv"), `${mandiri};;;;Rata-rata;3,64;;\r\n`);
    writeFileSync(join(dir, "total.csv"), `${gabungan}Total,,,,3.36\n`);
    const score = await spbe(["score", join(dir, "rata.csv"), join(dir, "total.csv")]);
    expect(score.code).toBe(1);
    expect(score.stdout).toContain("Indeks SPBE: 3.64 — Sangat Baik");
    expect(score.stdout).not.toContain("Tidak dihitung");
    expect(score.stderr).toBe(
      [
        `${join(dir, "rata.csv")}:49:4  galat  baris berisi tingkat tetapi nomor indikatornya kosong; baris ringkasan ('Rata-rata')? hapus baris ini  indicator/blank`,
        `${join(dir, "total.csv")}:96:4  galat  baris berisi tingkat tetapi nomor indikatornya kosong; baris ringkasan ('Total')? hapus baris ini  indicator/blank`,
        // (a session's note) a mandiri and an evaluasi averaged together made an index no one has: one mean each
        "2 berkas, 3 penilaian, 3 dihitung; rata-rata indeks per jenis: mandiri 3.64, evaluasi 3.08 (Sangat Baik 2, Baik 1)",
        "",
      ].join("\n"),
    );
    const json = await spbe(["validate", join(dir, "total.csv"), "--format", "json", "--lang", "en"]);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.files.map((f: { assessments: number; errors: number }) => [f.assessments, f.errors])).toEqual([[2, 1]]);
    expect(doc.findings.map((f: { code: string; line: number; message: string }) => [f.code, f.line, f.message])).toEqual([
      ["indicator/blank", 96, "the row has a level but no indicator number; a summary row ('Total')? delete it"],
    ]);
    for (const command of ["rank", "trend"]) {
      const r = await spbe([command, join(dir, "total.csv")]);
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toContain("indicator/blank");
      expect(r.stderr, command).not.toContain("indicator/missing");
    }
    // one assessment, as diff and plan need: they were refused as two (diff/assessment-count, plan/assessment-count)
    const diff = await spbe(["diff", join(dir, "rata.csv"), join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv")]);
    expect([diff.code, diff.stdout.split("\n")[2]]).toEqual([1, "mandiri: 3.64 Sangat Baik · evaluasi: 3.08 Baik"]);
    expect(diff.stderr).not.toContain("assessment-count");
    const plan = await spbe(["plan", join(dir, "rata.csv"), "--target", "4"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).not.toContain("assessment-count");
  });

  // found by exploratory testing: a sheet sorted by level with a running "No" and one "44." in "Indikator" scored
  // 2.79 (the levels read onto the row numbers), and "Nilai" beside "Tingkat" scored 3.00: exit 0, no finding
  it("two columns of indicator ids that disagree (neither a running No), or two level columns, are refused in score, validate and rank: exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const four = [16, 32, 33, 34, 35, 37, 41, 42, 43, 44];
    const two = [6, 9, 14, 18, 21, 24, 25, 26, 27, 29, 30, 31];
    const three = Array.from({ length: 47 }, (_, i) => i + 1).filter((id) => !four.includes(id) && !two.includes(id));
    const rows = [...four.map((id) => [id, 4]), ...three.map((id) => [id, 3]), ...two.map((id) => [id, 2])];
    // "No" running 1, 2, 3 … (row numbers), holding ids in another order (`acak`), or absent
    const sheet = (id: (n: number) => string, no: "running" | "acak" | "" = "running") =>
      `\uFEFF${no ? "No;" : ""}Indikator;Tingkat;Bukti\r\n${rows
        .map(([n, l], k) => `${no === "running" ? `${k + 1};` : no === "acak" ? `${((k * 7) % 47) + 1};` : ""}${id(n!)};${l};ada\r\n`)
        .join("")}`;
    const typo = (n: number) => (n === 44 ? "44." : String(n));
    writeFileSync(join(dir, "urut.csv"), sheet(typo));
    writeFileSync(join(dir, "acak.csv"), sheet(String, "acak"));
    writeFileSync(join(dir, "tanpa-no.csv"), sheet(typo, ""));
    writeFileSync(join(dir, "benar.csv"), sheet(String, ""));
    writeFileSync(join(dir, "nilai.csv"), `No;Indikator;Nilai;Tingkat\n${rows.map(([n], k) => `${n};nama;${k % 2 === 0 ? 2 : 4};3`).join("\n")}\n`);
    // a running "No" numbers rows: "Indikator" is read, its typo its own finding, in score and in rank (slices)
    const typoSaid = (file: string, column: number) => [
      `${file}:11:${column}  galat  '44.' bukan indikator spbe-2020; tulis nomornya saja: '44'  indicator/unknown`,
    ];
    for (const command of ["score", "rank"]) {
      const r = await spbe([command, "urut.csv"], { cwd: dir });
      expect([r.code, r.stderr.split("\n").filter((l) => l.includes("urut.csv"))], command).toEqual([1, typoSaid("urut.csv", 2)]);
    }
    // "No" holding ids in another order: nothing tells which is right, refused at the first row they part
    const score = await spbe(["score", "acak.csv"], { cwd: dir });
    expect([score.code, score.stdout.split("\n").at(-2)]).toEqual([1, "Tidak ada penilaian yang terbaca; lihat temuan."]);
    const said =
      "acak.csv:2:2  galat  kolom 'Indikator' dan 'No' (kolom 1) sama-sama berisi nomor indikator, tetapi berbeda di baris ini ('16' dan '1'): hapus kolom yang bukan nomor indikator (mis. nomor urut) atau ganti judulnya  column/ambiguous";
    expect(score.stderr.split("\n")[0]).toBe(said);
    const rank = await spbe(["rank", "acak.csv"], { cwd: dir });
    expect([rank.code, rank.stderr.split("\n")[0]]).toEqual([1, said]);
    const json = await spbe(["validate", "acak.csv", "nilai.csv", "--format", "json"], { cwd: dir });
    expect(json.code).toBe(1);
    const found = JSON.parse(json.stdout).findings.map((f: { file: string; code: string; line: number; column: number; value: string }) => [
      f.file,
      f.code,
      f.line,
      f.column,
      f.value,
    ]);
    expect(found).toEqual([
      ["acak.csv", "column/ambiguous", 2, 2, "16"],
      ["nilai.csv", "column/ambiguous", 1, 3, "Nilai"],
    ]);
    // without "No", the typo is the same finding, and once fixed the file scores 3.08
    const bare = await spbe(["score", "tanpa-no.csv"], { cwd: dir });
    expect([bare.code, bare.stderr.split("\n").filter((l) => l.includes("tanpa-no.csv"))]).toEqual([1, typoSaid("tanpa-no.csv", 1)]);
    const fixed = await spbe(["score", "benar.csv"], { cwd: dir });
    expect([fixed.code, fixed.stdout.split("\n")[4]]).toEqual([0, "Indeks SPBE: 3.08 — Baik"]);
    // both level columns compared, as the message offers
    const diff = await spbe(["diff", "nilai.csv", "--columns", "Tingkat,Nilai"], { cwd: dir });
    expect([diff.code, diff.stdout.split("\n")[2]]).toEqual([0, "Tingkat: 3.00 Baik · Nilai: 2.97 Baik"]);
  });

  it("exits 2 with one line, no stack trace, for a missing file", async () => {
    const r = await spbe(["score", "tidak-ada.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("spbe: berkas 'tidak-ada.csv' tidak ditemukan\n");
    expect(r.stdout).toBe("");
  });

  it("explains usage errors in one line and a hint, in the user's language", async () => {
    expect(await spbe(["score", "x.csv", "--bogus"])).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "galat: opsi tidak dikenal '--bogus'\n(lihat: spbe score --help)\n",
    });
    expect((await spbe(["score", "x.csv", "--bogus", "--lang", "en"])).stderr).toBe("error: unknown option '--bogus'\n(see: spbe score --help)\n");
    expect((await spbe(["nonsense"], { env: { SPBE_LANG: "en" } })).stderr).toBe("error: unknown command 'nonsense'\n(see: spbe --help)\n");
  });

  // found by an adversarial review: these typos were refused with no hint at what was meant
  it("suggests what a mistyped framework id, subcommand, finding code or bundled name was meant to be", async () => {
    const says = async (args: string[]) => {
      const r = await spbe(args);
      expect(r.code, args.join(" ")).toBe(2);
      return r.stderr;
    };
    expect(await says(["framework", "shcema"])).toContain("; mungkin: schema");
    expect(await says(["score", "x.csv", "--framework", "spbe2020"])).toContain("; mungkin: spbe-2020");
    expect(await says(["validate", "x.csv", "--ignore", "framework/provisonal"])).toContain("; mungkin: framework/provisional");
    expect(await says(["rank", "nasioanl-2024"])).toBe("spbe: berkas 'nasioanl-2024' tidak ditemukan; mungkin: nasional-2024\n");
  });

  // exploratory testing: score, diff and plan answered the bundled results' own name with "file
  // 'nasional-2024' not found; perhaps: nasional-2024", offering the very name given
  it("score, diff and plan given the bundled national results by name say what they are and what reads them", async () => {
    for (const args of [
      ["score", "nasional-2024"],
      ["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "nasional-2023"],
      ["plan", "nasional-2024", "--lang", "en"],
    ]) {
      const r = await spbe(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(/tidak ditemukan|not found|mungkin|perhaps/);
    }
    expect((await spbe(["score", "nasional-2024"])).stderr).toBe(
      "spbe: 'nasional-2024' adalah hasil nasional yang dibundel (tabel hasil), bukan berkas penilaian: bacalah dengan spbe rank, trend atau validate; untuk posisi penilaian Anda di antaranya: score --banding nasional-2024, plan --target-rank N --nasional 2024\n",
    );
    expect((await spbe(["plan", "nasional-2023", "--lang", "en"])).stderr).toContain(
      "spbe: 'nasional-2023' is the bundled national results (a result table), not an assessment file: read it with spbe rank, trend or validate;",
    );
    // a file of that name is read as any file is
    const dir = mkdtempSync(join(tmpdir(), "spbe-nasional-"));
    writeFileSync(join(dir, "nasional-2024"), readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv")));
    expect((await spbe(["score", "nasional-2024"], { cwd: dir })).code).toBe(0);
  });

  // found by an adversarial review: commander quoted the argument as typed, escape sequences and all
  // (a file named "--\e]0;…\a.csv" reached by a glob sets the terminal's title)
  it("quotes an unknown option, command or help topic without its control characters", async () => {
    for (const args of [["score", "x.csv", "--\u001b]0;PWNED\u0007\u001b[2J"], ["sc\u001b[2Jore"], ["help", "\u001b[31mx"]]) {
      const r = await spbe(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    }
  });

  it("refuses an endless input (/dev/zero reports size 0) instead of reading forever", async () => {
    const r = await spbe(["score", "/dev/zero", "--max-bytes", "64K", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("File: /dev/zero\nNo assessment could be read; see the findings.\n");
    expect(r.stderr).toBe("/dev/zero  error  the file (more than 64 KiB) is over the limit of 64 KiB (set it with --max-bytes)  file/too-large\n");
  });

  it("--max-bytes 0 is a usage error, not every file too large (exit 1)", async () => {
    expect(await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--max-bytes", "0K", "--lang", "en"])).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "spbe: --max-bytes '0K' is not a whole size above zero, in K, M or G (e.g. 50M)\n",
    });
    // an exploratory tester: "'1.5M' is not a size above zero" (it is; a fraction is what it is not), and
    // "--fail-above '-1' is not a valid number" (it is; a negative one is what the flag cannot be)
    expect((await spbe(["validate", "fixtures/contoh-spbe-2020-mandiri.csv", "--max-bytes", "1.5M", "--lang", "en"])).stderr).toBe(
      "spbe: --max-bytes '1.5M' is not a whole size above zero, in K, M or G (e.g. 50M)\n",
    );
    const negative = await spbe(["diff", "fixtures/contoh-spbe-2020-gabungan.csv", "--fail-above", "-1", "--lang", "en"]);
    expect(negative).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--fail-above '-1' is not a number from 0 to 99 with at most four decimals (e.g. 0.25)"),
    });
    // (an exploratory test) spaces around it, as around every number an option takes: " 0.5" was refused, "0,5" taken
    const spaced = await spbe(["diff", "fixtures/contoh-spbe-2020-gabungan.csv", "--fail-above", " 0.5 ", "--format", "json"]);
    expect([spaced.code, JSON.parse(spaced.stdout).index.delta.display]).toEqual([1, "0.56"]);
  });

  it("exits 2 on usage errors", async () => {
    expect((await spbe(["score"])).code).toBe(2);
    expect((await spbe(["score", "x.csv", "--format", "xml"])).code).toBe(2);
    expect((await spbe(["nonsense"])).code).toBe(2);
  });

  it("writes -o atomically and refuses to overwrite an input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const input = join(dir, "in.csv");
    writeFileSync(input, readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv")));
    const ok = await spbe(["score", input, "--format", "json", "-o", join(dir, "out.json")]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).assessments[0].index.display).toBe("3.08");
    const refused = await spbe(["score", input, "-o", input]);
    expect(refused.code).toBe(2);
    expect(readFileSync(input, "utf8")).toContain("evaluasi");
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.json"]);
  });

  it("speaks English with --lang en and SPBE_LANG=en", async () => {
    expect((await spbe(["score", "tidak-ada.csv", "--lang", "en"])).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
    expect((await spbe(["score", "tidak-ada.csv"], { env: { SPBE_LANG: "en" } })).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
    // a locale is its language: en-US, en_US.UTF-8 (LANG's form, copied into SPBE_LANG), id_ID; not "english"
    expect((await spbe(["score", "tidak-ada.csv", "--lang", "en-US"])).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
    expect((await spbe(["score", "tidak-ada.csv"], { env: { SPBE_LANG: "en_US.UTF-8" } })).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
    expect((await spbe(["score", "tidak-ada.csv"], { env: { SPBE_LANG: "id_ID" } })).stderr).toBe("spbe: berkas 'tidak-ada.csv' tidak ditemukan\n");
    for (const other of ["english", "ind", "fr_FR", "en-!!!", "en-US junk", "en-", "id@"]) {
      expect(await spbe(["score", "tidak-ada.csv", "--lang", other]), other).toMatchObject({ code: 2 });
    }
    // C and POSIX (a container's LANG, copied) name no language: the default
    for (const none of ["C", "C.UTF-8", "POSIX"]) {
      expect((await spbe(["score", "tidak-ada.csv"], { env: { SPBE_LANG: none } })).stderr, none).toBe("spbe: berkas 'tidak-ada.csv' tidak ditemukan\n");
    }
    // a blank one is unset, as an empty NO_COLOR is: a CI variable left unset made every step exit 2
    for (const blank of ["", " "]) {
      expect(await spbe(["validate", "fixtures/ci/bersih.csv"], { env: { SPBE_LANG: blank } }), JSON.stringify(blank)).toMatchObject({ code: 0 });
    }
    const config = mkdtempSync(join(tmpdir(), "spbe-"));
    writeFileSync(join(config, "spbe.config.json"), '{ "lang": "en" }');
    expect((await spbe(["score", "tidak-ada.csv"], { env: { SPBE_LANG: "" }, cwd: config })).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
  });

  it("colours only when asked, and never JSON", async () => {
    expect((await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--color"])).stdout).toMatch(/\u001b\[/);
    expect((await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv"], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(/\u001b\[/);
    expect((await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--format", "json", "--color"])).stdout).not.toMatch(/\u001b\[/);
    // a terminal colours (the helper's NO_COLOR made empty: unset); one whose TERM is "dumb" (Emacs' shell, some CI
    // consoles) does not (a CI tester), unless asked
    const tty = { tty: { stdout: true, columns: 200 } };
    expect((await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv"], { ...tty, env: { NO_COLOR: "" } })).stdout).toMatch(/\u001b\[/);
    expect((await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv"], { ...tty, env: { NO_COLOR: "", TERM: "dumb" } })).stdout).not.toMatch(/\u001b\[/);
    expect((await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--color"], { ...tty, env: { NO_COLOR: "", TERM: "dumb" } })).stdout).toMatch(
      /\u001b\[/,
    );
  });
});

describe("inputs are never overwritten, stdin is read once", () => {
  it("refuses -o onto a framework file, for every command that reads one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const fwFile = join(dir, "fw.json");
    const original = readFileSync(join(ROOT, "src/frameworks/data/spbe-2020.json"));
    writeFileSync(fwFile, original);
    const sample = join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv");
    for (const args of [
      ["framework", fwFile, "-o", fwFile],
      ["template", "--framework", fwFile, "-o", fwFile],
      ["score", sample, "--framework", fwFile, "--format", "json", "-o", fwFile],
      ["validate", sample, "--framework", fwFile, "-o", fwFile],
      ["diff", sample, sample, "--framework-b", fwFile, "-o", fwFile],
    ]) {
      const r = await spbe([...args, "--lang", "en"]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("is one of the input files; inputs are never overwritten");
      expect(readFileSync(fwFile).equals(original)).toBe(true);
    }
  });

  it("reads a side-by-side file from stdin for diff", async () => {
    const r = await spbe(["diff", "-", "--format", "json"], { input: readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-berdampingan.csv")) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).index.delta.display).toBe("0.56");
  });

  it("offers diff --columns for a side-by-side file whose headers are 'Nilai Mandiri' and 'Nilai Evaluasi'", async () => {
    const [, ...rows] = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-berdampingan.csv"), "utf8").trim().split("\n");
    const input = ["No;Indikator;Nilai Mandiri;Nilai Evaluasi", ...rows.map((l) => l.replaceAll(",", ";"))].join("\n");
    const r = await spbe(["diff", "-", "--lang", "en"], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "the columns are: 'No', 'Indikator', 'Nilai Mandiri', 'Nilai Evaluasi'; if 'Nilai Mandiri' and 'Nilai Evaluasi' hold the mandiri and evaluasi values: compare them with `spbe diff <file> --columns \"Nilai Mandiri,Nilai Evaluasi\"`, check both with `spbe validate <file> --columns \"Nilai Mandiri,Nilai Evaluasi\"`  column/missing",
    );
    const offered = await spbe(["diff", "-", "--columns", "Nilai Mandiri,Nilai Evaluasi", "--format", "json"], { input });
    expect(JSON.parse(offered.stdout).index.delta.display).toBe("0.56");
  });

  it("refuses '-' twice: stdin can be read once", async () => {
    expect((await spbe(["score", "-", "-", "--lang", "en"])).stderr).toBe("spbe: '-' (stdin) may be given only once\n");
    expect((await spbe(["diff", "-", "-"])).code).toBe(2);
  });

  it("says on stderr that a Pemdi template is provisional, and keeps the CSV clean", async () => {
    const r = await spbe(["template", "--framework", "pemdi-2026", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^spbe: Indeks Pemdi 2026 is provisional/);
    expect(r.stdout.startsWith("indicator,domain,aspect,name,level,evidence,note\n")).toBe(true);
  });
});

describe("spbe template", () => {
  // found by a review: `template --excel -o t.html` wrote a CSV named .html, `framework schema -o s.md` JSON
  it("refuses an -o whose extension names another document than the one it writes (and writes nothing)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    for (const args of [
      ["template", "--excel", "-o", join(dir, "t.html")],
      ["template", "-o", join(dir, "t.json")],
      ["framework", "schema", "-o", join(dir, "s.md")],
    ]) {
      const r = await spbe([...args, "--lang", "en"]);
      expect(r).toMatchObject({ code: 2, stdout: "" });
      expect(r.stderr).toMatch(/writes (csv|json) only; give a name ending in \.(csv|json)/);
    }
    expect(readdirSync(dir)).toEqual([]);
    expect((await spbe(["template", "-o", join(dir, "t.csv")])).code).toBe(0);
    expect((await spbe(["framework", "schema", "-o", join(dir, "s.json")])).code).toBe(0);
  });

  // a coordinator's files for rank and trend need their instansi, tahun and jenis: the template had no column for them
  it("--instansi, --tahun and --jenis add their columns, filled in, and the filled-in files rank by them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const made = await spbe(["template", "--instansi", "Kab. Contoh; Barat", "--tahun", "2024", "--jenis", "Evaluasi", "--excel", "-o", join(dir, "a.csv")]);
    expect(made).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const lines = readFileSync(join(dir, "a.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFinstansi;tahun;jenis;indikator;domain;aspek;nama;tingkat;bukti;catatan");
    // a name with the delimiter in it is quoted
    expect(lines[1]).toMatch(/^"Kab\. Contoh; Barat";2024;evaluasi;1;1;1;/);
    const en = (await spbe(["template", "--framework", "spbe-2018", "--instansi", "Kota B", "--tahun", "2019", "--lang", "en"])).stdout;
    expect(en.split("\n")[0]).toBe("instansi,year,indicator,domain,aspect,name,level,evidence,note");
    // filled in, both read back as the instansi, year and jenis they say
    writeFileSync(join(dir, "a.csv"), readFileSync(join(dir, "a.csv"), "utf8").replace(/;;;\r\n/g, ";3;bukti;\r\n"));
    writeFileSync(join(dir, "b.csv"), en.replace(/,,,\n/g, ",2,,\n"));
    const a = JSON.parse((await spbe(["score", join(dir, "a.csv"), "--format", "json"])).stdout).assessments[0];
    expect(a).toMatchObject({ instansi: "Kab. Contoh; Barat", tahun: 2024, jenis: "evaluasi", index: { display: "3.00" } });
    const b = JSON.parse((await spbe(["score", join(dir, "b.csv"), "--framework", "spbe-2018", "--format", "json"])).stdout).assessments[0];
    expect(b).toMatchObject({ instansi: "Kota B", tahun: 2019, index: { display: "2.00" } });
    // a year the framework does not apply to: written, and said once on stderr as the reader would say it of every copy
    const late = await spbe(["template", "--framework", "pemdi-2026", "--tahun", "2019", "--lang", "en"]);
    expect(late.code).toBe(0);
    expect(late.stdout.split("\n")[1]).toMatch(/^2019,1\.1,/);
    expect(late.stderr).toContain("spbe: year 2019 is outside the years pemdi-2026 applies to (2026–now)\n");
    // refused as rank and trend refuse them, before anything is written
    for (const [flag, value] of [
      ["--tahun", "24"],
      // it wrote 999 on every row, which the reader then refused (meta/invalid)
      ["--tahun", "0999"],
      ["--jenis", "sendiri"],
      ["--instansi", " "],
    ] as const) {
      const r = await spbe(["template", flag, value, "-o", join(dir, "c.csv"), "--lang", "en"]);
      expect(r, flag).toMatchObject({ code: 2, stdout: "" });
      expect(r.stderr, flag).toMatch(
        /^spbe: (--tahun '(24|0999)' is not a four-digit year|unknown --jenis 'sendiri': use mandiri or evaluasi|--instansi is blank)/,
      );
    }
    expect(existsSync(join(dir, "c.csv"))).toBe(false);
  });

  it("round-trips: a filled-in Excel template scores", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const out = join(dir, "t.csv");
    expect((await spbe(["template", "--framework", "spbe-2018", "--excel", "-o", out])).code).toBe(0);
    const raw = readFileSync(out);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString("utf8");
    expect(text).toContain("\r\n");
    const filled = text.replace(/^(\uFEFF?indikator.*|[^;\r\n]+;[^;]*;[^;]*;(?:"[^"]*"|[^;]*));;;/gm, (m, head) =>
      head.startsWith("\uFEFF") || head.startsWith("indikator") ? m : `${head};3;bukti;`,
    );
    writeFileSync(out, filled);
    const r = await spbe(["score", out, "--framework", "spbe-2018", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).assessments[0].index.display).toBe("3.00");
    expect(existsSync(out)).toBe(true);
  });

  it("a Pemdi template lists the codes users type (1.1–7.2; 1,1 for Excel-ID), so a filled-in one forgetting --framework is named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const out = join(dir, "t.csv");
    expect((await spbe(["template", "--framework", "pemdi-2026", "--excel", "-o", out])).code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.split("\r\n").map((l) => l.split(";")[0])).toEqual([
      "\uFEFFindikator",
      ..."1,1 1,2 2,1 2,2 3,1 3,2 3,3 3,4 4,1 4,2 4,3 4,4 5,1 5,2 6,1 6,2 6,3 6,4 7,1 7,2".split(" "),
      "",
    ]);
    expect((await spbe(["template", "--framework", "pemdi-2026"])).stdout.split("\n")[20]).toMatch(/^7\.2,,7,/);
    // filled in as Excel-ID saves it: levels with a decimal comma
    writeFileSync(out, text.replace(/;;;\r\n/g, ";2,5;;\r\n"));
    const forgot = await spbe(["score", out, "--lang", "en"]);
    expect(forgot.code).toBe(1);
    expect(forgot.stderr).toContain("this looks like pemdi-2026 (20 indicators, codes 1.1–7.2), not spbe-2020: use --framework pemdi-2026");
    const r = await spbe(["score", out, "--framework", "pemdi-2026", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).assessments[0].index.display).toBe("2.50");
  });
});

describe("one language, one registry", () => {
  it("accepts --lang anywhere on the line, and speaks it in commander's own words too", async () => {
    expect((await spbe(["--lang", "en", "score", "tidak-ada.csv"])).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
    expect((await spbe(["score", "--lang=en", "tidak-ada.csv"])).stderr).toBe("spbe: file 'tidak-ada.csv' not found\n");
    const help = await spbe(["score", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Pemakaian: spbe score \[options\] <file\.\.\.>/);
    expect(help.stdout).toContain("\nArgumen:\n");
    expect(help.stdout).toContain("\nOpsi:\n");
    expect(help.stdout).toContain("\nOpsi umum:\n");
    expect(help.stdout).toContain("tampilkan bantuan perintah");
    expect(help.stdout).not.toMatch(/Usage|Options:|display help|default:|choices:/);
    expect((await spbe(["score", "--help", "--lang", "en"])).stdout).toMatch(/^Usage: spbe score/);
    // score walks folders and expands globs as validate does; its help said only "assessment CSV files"
    expect(help.stdout).toMatch(/\n {2}file +berkas CSV penilaian, direktori, atau pola\s+glob \(- untuk stdin\)\n/);
    // (a contract review) --kategori and --provinsi place among --banding's results; their help said "only this
    // kategori", as if they filtered the scores, and alone they are refused
    const flat = help.stdout.replace(/\s+/g, " ");
    expect(flat).toContain("--kategori <kategori> dengan --banding: posisinya di antara kategori ini:");
    expect(flat).toContain("--provinsi <name> dengan --banding: posisinya di provinsi ini");
  });

  it("defines only the command a line runs, none for --version alone, and every command for help, a typo or no command", async () => {
    for (const flag of ["--version", "-V"]) expect(await spbe([flag])).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/), stderr: "" });
    // --version with anything else goes the usual way, and still answers first
    expect((await spbe(["-V", "scor"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(invokedCommand(["score", "x.csv", "--format", "json"])).toBe("score");
    expect(invokedCommand(["--lang", "en", "--no-color", "--config=c.json", "rank", "x.csv"])).toBe("rank");
    expect(invokedCommand(["--lang", "score", "validate"])).toBe("validate");
    for (const line of [[], ["--help"], ["-h", "score"], ["help", "score"], ["scor"], ["-V"], ["--", "score"], ["--lang"]]) {
      expect(invokedCommand(line), line.join(" ")).toBeUndefined();
    }
    const help = (await spbe(["--help", "--lang", "en"])).stdout;
    for (const name of ["score", "validate", "diff", "rank", "trend", "plan", "framework", "template"]) expect(help).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    expect((await spbe(["--lang", "en", "rank", "--help"])).stdout).toMatch(/^Usage: spbe rank/);
  });

  it("says commander's usage errors in Indonesian, with a suggestion", async () => {
    expect(await spbe(["score", "x.csv", "--formt", "json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "galat: opsi tidak dikenal '--formt'\n(Maksud Anda --format?)\n(lihat: spbe score --help)\n",
    });
    expect((await spbe(["scor"])).stderr).toBe("galat: perintah tidak dikenal 'scor'\n(Maksud Anda score?)\n(lihat: spbe --help)\n");
    expect((await spbe(["diff"])).stderr).toBe("galat: argumen wajib 'a' belum diberikan\n(lihat: spbe diff --help)\n");
    // said by the command (commander lets the excess through, for a name with spaces to be told its quotes)
    expect(await spbe(["diff", "a", "b", "c"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "spbe: terlalu banyak argumen untuk 'diff': diharapkan 2, diberikan 3\n(lihat: spbe diff --help)\n",
    });
    expect((await spbe(["plan", "a", "b", "--lang", "en"])).stderr).toBe("spbe: too many arguments for 'plan': expected 1, got 2\n(see: spbe plan --help)\n");
    expect((await spbe(["score", "x.csv", "--target"])).stderr).toBe("galat: opsi '--target <number|predikat>' memerlukan nilai\n(lihat: spbe score --help)\n");
  });

  it("takes --format choices from the renderer registry, in help and in the error", async () => {
    expect((await spbe(["validate", "--help", "--lang", "en"])).stdout.replace(/\s+/g, " ")).toContain(
      "(choices: text, json, github, junit, markdown; default: text)",
    );
    expect(await spbe(["score", "x.csv", "--format", "xml", "--lang", "en"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "spbe: format 'xml' is not available for spbe score; choose: table, json, csv, markdown, html\n(see: spbe score --help)\n",
    });
  });

  it("writes an HTML report for -o report.html (or --format html), findings inside, stdout and stderr quiet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-html-"));
    const out = join(dir, "laporan.html");
    const r = await spbe(["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "-o", out]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("framework/provisional");
    const d = await spbe(["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "html", "--lang", "en"]);
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('<html lang="en">');
    expect((await spbe(["diff", "a.csv", "b.csv", "--format", "markdown", "-o", join(dir, "x.htm")])).code).toBe(2);
  });

  it("puts the findings inside a diff Markdown document, as score does", async () => {
    const r = await spbe(["diff", "fixtures/tidak-sah/nilai-salah.csv", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "markdown"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("## Temuan");
    expect(r.stdout).toContain("| value/invalid |");
  });

  // --target Melembaga is read (a Pemdi band's own name), yet a refused target listed the predikat only
  it("a refused --target lists a Pemdi band's own name beside its predikat, as it is read", async () => {
    const r = await spbe(["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026", "--target", "Sangatbaik"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("atau predikat (Memuaskan/Unggul, Sangat Baik/Melembaga, Baik/Berkembang, Cukup/Membangun)");
  });

  it("gives the CSV index row the total weight scored: 86 under --without-external", async () => {
    const r = await spbe(["score", "fixtures/contoh-pemdi-2026-eksternal-belum-ada.csv", "--framework", "pemdi-2026", "--without-external", "--format", "csv"]);
    const index = r.stdout.split("\n").find((l) => l.includes(",index,"))!;
    expect(index.split(",")[10]).toBe("86");
    const d = await spbe(["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "csv"]);
    expect(d.stdout.split("\n")[1]!.split(",")[5]).toBe("100");
  });
});

describe("-o names a format spbe does not write", () => {
  const MANDIRI = join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv");
  const fresh = () => mkdtempSync(join(tmpdir(), "spbe-foreign-"));

  it("refuses a workbook, a PDF or SARIF with exit 2 before any work, makes no file, and says what to write instead", async () => {
    const dir = fresh();
    expect(await spbe(["score", MANDIRI, "-o", join(dir, "hasil.xlsx")])).toEqual({
      code: 2,
      stdout: "",
      stderr: `spbe: -o '${join(dir, "hasil.xlsx")}': spbe tidak menulis buku kerja (Excel, ODS); untuk Excel: --excel -o ${join(dir, "hasil.csv")} (CSV yang dibuka Excel lokal Indonesia)\n(lihat: spbe score --help)\n`,
    });
    const pdf = await spbe(["score", MANDIRI, "-o", join(dir, "hasil.PDF"), "--lang", "en"]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain("spbe does not write PDF; write HTML (-o ");
    expect(pdf.stderr).toContain("hasil.html) and print it to PDF from the browser");
    const sarif = await spbe(["validate", join(ROOT, "fixtures/ci"), "-o", join(dir, "out.sarif"), "--lang", "en"]);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toMatch(/does not write SARIF; for CI: --format github \(GitHub annotations\) or -o .*out\.xml \(JUnit\)/);
    // before anything is read: a file that does not exist is not what is said
    expect((await spbe(["score", "tidak-ada.csv", "-o", join(dir, "x.ods")])).stderr).toMatch(/^spbe: -o '.*x\.ods': spbe tidak menulis buku kerja/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is refused by every command with -o, each offered what it writes", async () => {
    const dir = fresh();
    const cases: [string[], RegExp][] = [
      [["diff", MANDIRI, join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv"), "-o", "d.xlsx"], /untuk Excel: --excel -o d\.csv/],
      [["rank", "nasional-2024", "-o", "r.pdf"], /tulis HTML \(-o r\.html\) lalu cetak/],
      [["trend", "nasional-2023", "nasional-2024", "-o", "t.docx"], /tulis HTML \(-o t\.html\): Word dan LibreOffice membukanya/],
      [["plan", join(ROOT, "fixtures/contoh-spbe-2020-pj.csv"), "-o", "p.yml"], /spbe tidak menulis YAML; tulis json: -o p\.json/],
      [["framework", "-o", "f.xlsx"], /formatnya: table, json, markdown/],
      [["framework", "spbe-2020", "-o", "f.pdf"], /tulis markdown: -o f\.md/],
      [["framework", "schema", "-o", "s.yaml"], /tulis json: -o s\.json/],
      [["template", "-o", "t.xlsx"], /untuk Excel: --excel -o t\.csv/],
      [["validate", MANDIRI, "-o", "v.tsv"], /spbe tidak menulis TSV \(dipisah tab\); formatnya: text, json, github, junit, markdown/],
    ];
    for (const [args, said] of cases) {
      const r = await spbe(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(said);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("--excel does not make a workbook of its CSV either", async () => {
    const dir = fresh();
    const r = await spbe(["score", MANDIRI, "--excel", "--format", "csv", "-o", "hasil.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^spbe: -o 'hasil\.xlsx': --excel menulis CSV, bukan buku kerja \(Excel, ODS\); untuk Excel: --excel -o hasil\.csv/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("writes what an explicit --format asks for under such a name, and warns that the name promises another format", async () => {
    const dir = fresh();
    const r = await spbe(["score", MANDIRI, "--format", "csv", "-o", "hasil.xls", "--lang", "en"], { cwd: dir });
    expect(r).toEqual({
      code: 0,
      stdout: "",
      stderr: "spbe: -o 'hasil.xls' holds csv as --format asks, not workbooks (Excel, ODS); an application for .xls may refuse it\n",
    });
    expect(readFileSync(join(dir, "hasil.xls"), "utf8")).toMatch(/^file,instansi,year,/);
  });

  it("writes the default format under a name of no format (hasil.out, hasil, run.log)", async () => {
    const dir = fresh();
    for (const name of ["hasil.out", "hasil", "run.log"]) {
      expect(await spbe(["score", MANDIRI, "-o", name], { cwd: dir })).toEqual({ code: 0, stdout: "", stderr: "" });
      expect(readFileSync(join(dir, name), "utf8")).toContain("Indeks SPBE: 3.64 — Sangat Baik");
    }
  });
});

describe("predikat basis in every output", () => {
  /** A 2024 spbe-2020 file whose exact index is 1.7975 (shown 1.80): Kurang by the 2024 rule, Cukup by the display. */
  const NIAS_BARAT_2024 = () => {
    const five = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13].map(String);
    const level = (id: string) => (five.includes(id) ? 5 : id === "11" ? 3 : id === "32" ? 2 : 1);
    const rows = Array.from({ length: 47 }, (_, i) => `Kab. Contoh,2024,${i + 1},${level(String(i + 1))}`);
    const dir = mkdtempSync(join(tmpdir(), "spbe-basis-"));
    writeFileSync(join(dir, "nias.csv"), ["instansi,tahun,indikator,tingkat", ...rows, ""].join("\n"));
    return dir;
  };

  it("table and Markdown say which index the predikat was read from, in the user's language", async () => {
    const dir = NIAS_BARAT_2024();
    const table = await spbe(["score", "nias.csv"], { cwd: dir });
    expect(table.stdout).toContain("Indeks SPBE: 1.80 — Kurang\n(indeks tepat 1.7975 di bawah batas 1.80; predikat dari indeks tepat, aturan KemenPANRB 2024)");
    const md = await spbe(["score", "nias.csv", "--format", "markdown", "--lang", "en"], { cwd: dir });
    expect(md.stdout).toContain(
      "**Indeks SPBE: 1.80 — Kurang**\n\n_(the exact index 1.7975 is below the 1.80 edge; predikat from the exact index, KemenPANRB's 2024 rule)_",
    );
  });

  it("JSON gains predikatBasis, and predikatOtherBasis where the other basis differs; CSV carries both", async () => {
    const dir = NIAS_BARAT_2024();
    const doc = JSON.parse((await spbe(["score", "nias.csv", "--format", "json"], { cwd: dir })).stdout);
    expect(doc.assessments[0].index).toMatchObject({
      display: "1.80",
      predikat: "Kurang",
      predikatBasis: "exact",
      predikatBasisSource: "year",
      predikatOtherBasis: "Cukup",
    });
    const sample = JSON.parse((await spbe(["score", "fixtures/contoh-spbe-2020-evaluasi.csv", "--format", "json"])).stdout);
    expect(sample.assessments[0].index.predikatBasis).toBe("exact");
    expect(sample.assessments[0].index).not.toHaveProperty("predikatOtherBasis");
    for (const excel of [[], ["--excel"]]) {
      const csv = (await spbe(["score", "nias.csv", "--format", "csv", ...excel], { cwd: dir })).stdout.replace(/^\uFEFF/, "");
      const [head, index] = csv.split(/\r?\n/).map((l) => l.split(excel.length ? ";" : ","));
      expect(head!.slice(13, 16)).toEqual(["keterangan", "dasar_predikat", "predikat_dasar_lain"]);
      expect(index!.slice(13, 16)).toEqual(["Kurang", "exact", "Cukup"]);
    }
  });

  it("--predikat-basis displayed overrides the year's rule for score and diff", async () => {
    const dir = NIAS_BARAT_2024();
    const doc = JSON.parse((await spbe(["score", "nias.csv", "--format", "json", "--predikat-basis", "displayed"], { cwd: dir })).stdout);
    expect(doc.assessments[0].index).toMatchObject({
      predikat: "Cukup",
      predikatBasis: "displayed",
      predikatBasisSource: "option",
      predikatOtherBasis: "Kurang",
    });
    // (a copy: one file on both sides is refused)
    writeFileSync(join(dir, "nias-b.csv"), readFileSync(join(dir, "nias.csv")));
    const d = JSON.parse((await spbe(["diff", "nias.csv", "nias-b.csv", "--format", "json", "--predikat-basis", "displayed"], { cwd: dir })).stdout);
    expect([d.a.index.predikat, d.b.index.predikatBasisSource]).toEqual(["Cukup", "option"]);
    expect((await spbe(["score", "nias.csv", "--predikat-basis", "rounded"], { cwd: dir })).stderr).toMatch(/^spbe: --predikat-basis 'rounded' tidak dikenal/);
  });

  it("a target is reached when its predikat would be: 1.7975 in 2024 has not reached Cukup", async () => {
    const r = await spbe(["score", "nias.csv", "--target", "Cukup", "--format", "json"], { cwd: NIAS_BARAT_2024() });
    expect(JSON.parse(r.stdout).assessments[0].target).toMatchObject({ reached: false, gap: { display: "0.0025" } });
  });

  it("marks the predikat indicative without the external indicators, in every format", async () => {
    const args = ["score", "fixtures/contoh-pemdi-2026-eksternal-belum-ada.csv", "--framework", "pemdi-2026", "--without-external"];
    expect((await spbe(args)).stdout).toContain("2.85 — Baik (indikatif)");
    expect((await spbe([...args, "--format", "markdown", "--lang", "en"])).stdout).toContain("2.85 — Baik (indicative)");
    expect(JSON.parse((await spbe([...args, "--format", "json"])).stdout).assessments[0].index).toMatchObject({ predikat: "Baik", indicative: true });
    expect((await spbe([...args, "--format", "csv"])).stdout).toContain(",Baik (indikatif),exact,");
  });

  it("CSV keeps the framework's caveats (2018's assumed bands), with and without --excel", async () => {
    for (const excel of [[], ["--excel"]]) {
      const csv = (await spbe(["score", "fixtures/contoh-spbe-2018.csv", "--framework", "spbe-2018", "--format", "csv", ...excel])).stdout;
      expect(csv).toContain("Batas predikat selain 2.60 diasumsikan sama dengan spbe-2020");
    }
  });

  it("spbe framework shows the level criteria with their source and the predikat rule per year", async () => {
    const out = (await spbe(["framework", "spbe-2020"])).stdout;
    expect(out).toContain("Kriteria tingkat: indikator 1–31");
    expect(out).toContain("Proses penerapan SPBE dilakukan tanpa perencanaan dan sewaktu-waktu.");
    expect(out).toContain("Sumber: PermenPANRB No. 59 Tahun 2020, Lampiran, Tabel 2");
    expect(out).toContain("- 2023: indeks yang ditampilkan — ");
    expect(out).toContain("- 2024: indeks tepat — ");
    const pemdi = (await spbe(["framework", "pemdi-2026", "--lang", "en"])).stdout;
    expect(pemdi).toContain("- other years: exact index (assumed) — ");
  });
});

// (an exploratory review) six count options, six rules: " 3" was 3 for rank's --top and refused by diff's, "03"
// refused by --max-step alone, and a long number told "must be a whole number, 1 or more"
describe("count options read a whole number alike", () => {
  const SIDES = "fixtures/contoh-spbe-2020-berdampingan.csv";
  const PJ = "fixtures/contoh-spbe-2020-pj.csv";
  it.each([
    ["rank", "nasional-2024", "--top"],
    ["diff", SIDES, "--top"],
    ["validate", "fixtures/ci/bersih.csv", "--max-warnings"],
    ["plan", PJ, "--budget"],
    ["plan", PJ, "--max-step"],
  ])("%s %s %s: spaces, leading zeros and a number past any input are read; words and fractions are not", async (command, input, flag) => {
    for (const value of [" 3", "03", "99999999999999999999"]) {
      expect((await spbe([command, input, flag, value, "-f", "json"])).code, `${flag} '${value}'`).toBe(0);
    }
    for (const value of ["tiga", "2.5", "-1", "1e3", ""]) {
      const r = await spbe([command, input, flag, value, "-f", "json"]);
      expect([r.code, r.stdout], `${flag} '${value}'`).toEqual([2, ""]);
    }
  });
});

// (an exploratory review) --lang EN, --jenis Mandiri and --kategori Kabupaten were read; --format JSON, --by Provinsi
// and --predikat-basis EXACT refused, exit 2
it("option words are read in any case: --format, --by, --predikat-basis", async () => {
  const json = await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--format", "JSON", "--predikat-basis", "EXACT"]);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout).assessments[0].index.predikatBasisSource).toBe("option");
  const by = await spbe(["rank", "nasional-2024", "--by", "Provinsi", "--top", "1", "-f", "json"]);
  expect([by.code, JSON.parse(by.stdout).filters.by]).toEqual([0, "provinsi"]);
  expect((await spbe(["score", "fixtures/contoh-spbe-2020-mandiri.csv", "--format", "XLSX"])).code).toBe(2);
});

describe("spbe diff --format json when the comparison cannot be made", () => {
  // exploratory testing: the valid column was written `"valid": true, "index": null`
  it("diff JSON gives a valid side its index when the other side has errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const rows = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-berdampingan.csv"), "utf8").split("\n");
    // evaluasi blank on indicator 2 and out of range on 4; mandiri untouched
    rows[2] = rows[2]!.replace(/,3$/, ",");
    rows[4] = rows[4]!.replace(/,3$/, ",9");
    writeFileSync(join(dir, "sbs.csv"), rows.join("\n"));
    const r = await spbe(["diff", "sbs.csv", "--columns", "mandiri,evaluasi", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.a).toMatchObject({ label: "mandiri", valid: true, index: { value: 3.642, display: "3.64", predikat: "Sangat Baik" } });
    expect(doc.b).toMatchObject({ label: "evaluasi", valid: false, index: null });
    expect([doc.index, doc.counts, doc.indicators]).toEqual([null, null, []]);
    expect(doc.findings.map((f: { code: string }) => f.code)).toEqual(["value/missing", "value/out-of-range"]);
  });

  // (an exploratory review) one column against itself: "Selisih 0.00, 47 sama", and --fail-above 0 passed, exit 0
  it("--columns naming one column twice is refused (exit 2), in any case and spacing", async () => {
    for (const columns of ["mandiri,mandiri", "Mandiri, MANDIRI"]) {
      const r = await spbe(["diff", "fixtures/contoh-spbe-2020-berdampingan.csv", "--columns", columns, "--fail-above", "0", "--lang", "en"]);
      expect(r, columns).toEqual({
        code: 2,
        stdout: "",
        stderr: `spbe: --columns '${columns}' names the same column twice: name the two columns to compare, e.g. mandiri,evaluasi\n`,
      });
    }
  });

  // (an exploratory test) a sheet title above a side-by-side file was taken for its header, and the file refused
  // ("no indicator column … no level column"), where a title above any other file is skipped with a warning
  it("a sheet title above a side-by-side file is skipped as above any other, with or without --columns", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-side-title-"));
    const side = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-berdampingan.csv"), "utf8");
    writeFileSync(join(dir, "side.csv"), `PERBANDINGAN MANDIRI DAN EVALUASI 2024,,,\n,,,\n${side}`);
    writeFileSync(join(dir, "named.csv"), `PERBANDINGAN 2024,,,\n${side.replace("mandiri,evaluasi", "Nilai Mandiri,Nilai Evaluasi")}`);
    const title = "the table's header is line 3; the line above it (a sheet title) is not read  file/title-rows";
    expect((await spbe(["diff", "side.csv", "--lang", "en"], { cwd: dir })).stderr).toContain(`side.csv:1  warning  ${title}`);
    for (const args of [
      ["diff", "side.csv"],
      ["diff", "side.csv", "--columns", "mandiri,evaluasi"],
    ]) {
      const r = await spbe([...args, "--format", "json", "--lang", "en"], { cwd: dir });
      expect(r.code, args.join(" ")).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect([doc.a.index.display, doc.b.index.display, doc.index.delta.display], args.join(" ")).toEqual(["3.64", "3.08", "0.56"]);
      expect(
        doc.findings.map((f: { code: string; line: number }) => [f.code, f.line]),
        args.join(" "),
      ).toEqual([["file/title-rows", 1]]);
    }
    const validated = await spbe(["validate", "side.csv", "--columns", "mandiri,evaluasi", "--lang", "en"], { cwd: dir });
    expect([validated.code, validated.stdout]).toEqual([0, expect.stringContaining(`side.csv:1  warning  ${title}`)]);
    const named = await spbe(["diff", "named.csv", "--columns", "Nilai Mandiri,Nilai Evaluasi", "--format", "json"], { cwd: dir });
    expect(named.code, named.stderr).toBe(0);
    expect(JSON.parse(named.stdout).index.delta.display).toBe("0.56");
    // (a review) validate reads it through the columns named as well
    const namedChecked = await spbe(["validate", "named.csv", "--columns", "Nilai Mandiri,Nilai Evaluasi", "-f", "json"], { cwd: dir });
    expect(JSON.parse(namedChecked.stdout).findings.map((f: { code: string }) => f.code)).toEqual(["file/title-rows"]);
    // (a review) and without --columns the title is skipped too, and the header below offers them
    const unnamed = await spbe(["diff", "named.csv", "--lang", "en"], { cwd: dir });
    expect(unnamed.stderr).toContain('compare them with `spbe diff <file> --columns "Nilai Mandiri,Nilai Evaluasi"`');
    expect(unnamed.stderr).not.toContain("PERBANDINGAN");
    // (a review) a summary block "No, Mandiri, Evaluasi" above a file's real header does not win over it
    const gabungan = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-gabungan.csv"), "utf8");
    writeFileSync(join(dir, "ringkas.csv"), `No,Mandiri,Evaluasi,,\nIndeks,3.64,3.08,,\n,,,,\n${gabungan}`);
    const summed = await spbe(["score", "ringkas.csv", "--format", "json"], { cwd: dir });
    expect(summed.code, summed.stderr).toBe(0);
    expect(JSON.parse(summed.stdout).assessments.map((a: { index: { display: string } }) => a.index.display)).toEqual(["3.64", "3.08"]);
  });

  // (an exploratory test) one file on both sides, as a CI typo gives it: "Selisih: 0.00", and --fail-above 0 passed
  it("diff of a file against itself is refused (exit 2), by any name that reaches it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-same-"));
    writeFileSync(join(dir, "a.csv"), readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv")));
    symlinkSync(join(dir, "a.csv"), join(dir, "b.csv"));
    for (const [a, b] of [
      ["a.csv", "a.csv"],
      ["a.csv", "./a.csv"],
      ["a.csv", "b.csv"],
    ]) {
      const r = await spbe(["diff", a!, b!, "--fail-above", "0", "--lang", "en"], { cwd: dir });
      expect(r, `${a} ${b}`).toEqual({
        code: 2,
        stdout: "",
        stderr: `spbe: '${a}' and '${b}' are the same file: it would be compared with itself, and --fail-above would always pass; name two files (e.g. the mandiri and the evaluasi), or that file once where it holds both (spbe diff ${a})\n`,
      });
    }
    // a copy is another file: compared, as asked
    writeFileSync(join(dir, "c.csv"), readFileSync(join(dir, "a.csv")));
    expect((await spbe(["diff", "a.csv", "c.csv", "--fail-above", "0"], { cwd: dir })).code).toBe(0);
  });

  it("diff JSON names each side's framework when they differ; the top-level framework stays side a's", async () => {
    const r = await spbe(["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2018.csv", "--framework-b", "spbe-2018", "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect([doc.framework.id, doc.a.framework.id, doc.b.framework.id]).toEqual(["spbe-2020", "spbe-2020", "spbe-2018"]);
    expect(doc.b).toMatchObject({ valid: true, index: { display: "1.92", predikat: "Cukup" } });
    expect(doc.findings.map((f: { code: string }) => f.code)).toEqual(["diff/framework-mismatch"]);
  });
});

describe("spbe diff in every format when the comparison cannot be made", () => {
  // exploratory testing: only "Tidak dapat dibandingkan" was printed, though side a was valid and the JSON gave its index
  it("says each side's file and framework, a valid side's index and predikat, and that the other is not valid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-"));
    const rows = readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "utf8").split("\n");
    rows[3] = rows[3]!.replace(";3;SK", ";;SK");
    writeFileSync(join(dir, "broken.csv"), rows.join("\n"));
    const mandiri = join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv");
    const table = await spbe(["diff", mandiri, "broken.csv"], { cwd: dir });
    expect(table).toEqual({
      code: 1,
      stdout: [
        "Tidak dapat dibandingkan: perbaiki temuan di bawah ini dulu.",
        `${mandiri} · kerangka spbe-2020 · Indeks SPBE 3.64 — Sangat Baik`,
        "broken.csv · kerangka spbe-2020 · tidak sah: berisi galat (lihat temuan)",
        "",
      ].join("\n"),
      stderr: "broken.csv:4:6  galat  tingkat indikator 3 kosong (isi 1–5)  value/missing\n",
    });
    const en = await spbe(["diff", mandiri, "broken.csv", "--lang", "en"], { cwd: dir });
    expect([en.code, en.stdout.split("\n")[2]]).toEqual([1, "broken.csv · framework spbe-2020 · not valid: it has errors (see the findings)"]);
    const md = await spbe(["diff", mandiri, "broken.csv", "--format", "markdown"], { cwd: dir });
    expect([md.code, md.stderr]).toEqual([1, ""]);
    expect(md.stdout).toContain("- broken.csv · kerangka spbe-2020 · tidak sah: berisi galat (lihat temuan)\n\n## Temuan");
    const html = await spbe(["diff", mandiri, "broken.csv", "--format", "html"], { cwd: dir });
    expect(html.code).toBe(1);
    expect(html.stdout).toContain('<span class="index-value">3,64</span>');
    // CSV: per-tier and per-indicator differences, of which there are none: the header alone
    const csv = await spbe(["diff", mandiri, "broken.csv", "--format", "csv"], { cwd: dir });
    expect([csv.code, csv.stdout.trimEnd().split("\n").length, csv.stderr]).toEqual([1, 1, table.stderr]);
  });
});

describe("a file of many assessments given to diff or plan (a national file, by mistake)", () => {
  // 1 100 assessments (1.2 MB): a million rows read whole held 1.2 GB (diff) and 0.7 GB (plan) only to
  // be refused for their count; now a file of a mebibyte or more is counted lean first (no row held)
  const dir = mkdtempSync(join(tmpdir(), "spbe-many-"));
  const file = join(dir, "nasional.csv");
  const lines = ["instansi,tahun,indikator,tingkat"];
  for (let a = 0; a < 1100; a++)
    for (let i = 1; i <= 47; i++) lines.push(`Pemerintah Daerah Contoh ${a},2024,${i},${a === 7 && i === 5 ? "tiga" : 1 + ((a + i) % 5)}`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  const ctx = makeContext(
    "en",
    "diff",
    {},
    { env: {}, stdout: { write: () => true }, stderr: { write: () => true }, stdin: { [Symbol.asyncIterator]: async function* () {} }, cwd: dir },
  );

  it("is read lean and returned as read when the command refuses it for what that shows, with a whole reading's findings", async () => {
    const options = readOptionsOf({});
    const refusedLean = (f: AssessmentFile) => f.assessments.length > 1;
    const counted = await readAssessmentFile(ctx, "nasional.csv", fw("spbe-2020"), { ...options, refusedLean });
    const whole = await readAssessmentFile(ctx, "nasional.csv", fw("spbe-2020"), options);
    expect(counted.table).toBeUndefined();
    expect(whole.table).toBeDefined();
    expect(counted.assessments.length).toBe(1100);
    expect(counted.findings).toEqual(whole.findings);
    expect(counted.findings.map((f) => [f.code, f.line])).toEqual([["value/invalid", 1 + 7 * 47 + 5]]);
    // one the command takes, and a small file, are read whole
    expect((await readAssessmentFile(ctx, "nasional.csv", fw("spbe-2020"), { ...options, refusedLean: () => false })).table).toBeDefined();
    writeFileSync(join(dir, "kecil.csv"), lines.slice(0, 95).join("\n"));
    expect((await readAssessmentFile(ctx, "kecil.csv", fw("spbe-2020"), { ...options, refusedLean })).table).toBeDefined();
  });

  it("is refused by diff and plan for its count, as before", async () => {
    const diff = await spbe(["diff", file, "--format", "json", "--lang", "en"]);
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.stdout).findings.map((f: { code: string; args?: unknown }) => f.code)).toEqual(["value/invalid", "diff/assessment-count"]);
    expect(diff.stdout).toContain("the file holds 1100 assessments");
    const two = await spbe(["diff", file, join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv"), "--lang", "en"]);
    expect([two.code, two.stderr]).toEqual([1, expect.stringContaining("1100 assessments")]);
    const plan = await spbe(["plan", file, "--target", "4", "--lang", "en"]);
    expect([plan.code, plan.stderr]).toEqual([1, expect.stringContaining("1100 assessments")]);
  });
});

describe("a large file whose character is cut at a mebibyte's edge (an exploratory review)", () => {
  // the file reader reuses one buffer for every mebibyte; the part of "é" at one's end was kept as a view
  // on it and decoded from the next read's bytes (a full mebibyte, which overwrites it): an instansi
  // "Kabupat2�n 869" appeared, with findings
  it("is scored as written, every name whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spbe-edge-"));
    const EDGE = 1 << 20;
    const rows: string[] = ["instansi,tahun,indikator,tingkat,catatan\n"];
    let length = Buffer.byteLength(rows[0]!);
    let padded = false;
    let assessments = 0;
    for (let k = 1; length < 2 * EDGE + 200_000; k++) {
      assessments++;
      for (let i = 1; i <= 47; i++) {
        const row = `Kabupatén ${k},2024,${i},${1 + ((k + i) % 5)},\n`;
        if (!padded && length + Buffer.byteLength(row) + 60 > EDGE) {
          // the last row's catatan padded so that this row's "é" (after "Kabupat", 7 bytes) starts at EDGE - 1
          const need = EDGE - 1 - 7 - length;
          rows[rows.length - 1] = rows[rows.length - 1]!.replace(/\n$/, `${"x".repeat(need)}\n`);
          length += need;
          padded = true;
        }
        rows.push(row);
        length += Buffer.byteLength(row);
      }
    }
    const bytes = Buffer.from(rows.join(""));
    expect([bytes[EDGE - 1], bytes[EDGE]]).toEqual([0xc3, 0xa9]);
    writeFileSync(join(dir, "nasional.csv"), bytes);
    const r = await spbe(["score", join(dir, "nasional.csv"), "--format", "csv", "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining("\uFFFD")]);
    expect(r.stdout).not.toContain("\uFFFD");
    // every instansi once: none split in two by a garbled name
    expect(r.stderr).toContain(`1 file(s), ${assessments} assessment(s), ${assessments} scored`);
  });
});
