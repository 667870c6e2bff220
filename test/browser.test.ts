/**
 * The HTML reports in a real browser: headless Chromium (Debian's `chromium`
 * package) driven through the DevTools protocol by playwright-core, which
 * never downloads a browser of its own. One browser serves every page.
 *
 * Each bundled sample is rendered in-process by the CLI (`spbe … --format
 * html`) and served to the browser from memory at a URL no network knows; every
 * other request is recorded and refused. A page passes when it loads, logs no
 * console error, asks for nothing, shows its index and predikat, and lays its
 * charts out with a size and their labels inside them — at desktop width, at
 * phone width without sideways scrolling, and with print media on an A4 page,
 * where every chart fits the page and its figure may not be split.
 *
 * Without Chromium the tests FAIL, saying how to install it: a browser test
 * that skips or passes without a browser would prove nothing. `.ci/run`
 * installs it. SPBE_SCREENSHOTS=<dir> saves what the browser saw (never into
 * the repository).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, spbe } from "./run-cli.js";

// what the callbacks of page.evaluate see in the browser (this project's type-check has no DOM library)
declare const document: any;
declare const window: any;
declare function getComputedStyle(element: any): any;

const CHROMIUM = process.env.SPBE_CHROMIUM ?? "/usr/bin/chromium";
const MISSING = `Chromium is not installed at ${CHROMIUM}; the HTML reports are tested in a real browser. Install it with: apt-get install -y chromium (as root; .ci/run does this), or set SPBE_CHROMIUM to a Chromium binary.`;
/** A4 less the print stylesheet's margins (210 × 297 mm less 12 and 14 mm a side), in CSS pixels. */
const A4 = { width: Math.floor(((210 - 24) / 25.4) * 96), height: Math.floor(((297 - 28) / 25.4) * 96) };
const SHOTS = process.env.SPBE_SCREENSHOTS;

/** Evidence as offices give it: a shared-drive link per indicator, one word wider than any column. */
const LINKS_DIR = mkdtempSync(join(tmpdir(), "spbe-links-"));
const LINKS = join(LINKS_DIR, "bukti-tautan.csv");
writeFileSync(
  LINKS,
  `instansi,tahun,jenis,indikator,tingkat,bukti,catatan\n${Array.from(
    { length: 47 },
    (_, i) =>
      `Kabupaten Contoh,2024,mandiri,${i + 1},3,https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEf?usp=sharing,Sudah diunggah\n`,
  ).join("")}`,
);

/** The sample mandiri with the level of indicator 3 blank: a diff side with errors beside a valid one. */
const BROKEN = join(LINKS_DIR, "tingkat-kosong.csv");
writeFileSync(
  BROKEN,
  readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv"), "utf8").replace(";3;SK/Perbup contoh no. 3/2024;", ";;SK/Perbup contoh no. 3/2024;"),
);

/** The sample evaluasi of another instansi, with a long name: a diff/unlike banner beside the difference. */
const OTHER = join(LINKS_DIR, "instansi-lain.csv");
writeFileSync(
  OTHER,
  readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv"), "utf8").replaceAll(
    "Kabupaten Contoh (data contoh)",
    "Pemerintah Kabupaten Kepulauan Contoh <b>Lain</b> Sekali di Provinsi Kepulauan Contoh",
  ),
);

/** Two mandiri files of one instansi in a folder tree as offices keep them: a diff names its sides by their paths. */
const VERSIONS = join(LINKS_DIR, "Dokumen SPBE 2024", "Bagian Organisasi");
mkdirSync(VERSIONS, { recursive: true });
const FINAL = join(VERSIONS, "penilaian mandiri versi final.csv");
const REVISED = join(VERSIONS, "penilaian mandiri versi revisi.csv");
writeFileSync(FINAL, readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-mandiri.csv")));
writeFileSync(REVISED, readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-evaluasi.csv"), "utf8").replaceAll(",evaluasi,", ",mandiri,"));

/** The pj sample with a unit's full name as owner: the plan's four-column owner table on a phone. */
const LONG_PJ = join(LINKS_DIR, "pj-panjang.csv");
writeFileSync(
  LONG_PJ,
  readFileSync(join(ROOT, "fixtures/contoh-spbe-2020-pj.csv"), "utf8").replace(
    /,Bagian Organisasi(\r?)$/gm,
    ",Bidang Aplikasi Informatika (Diskominfotiksandi)$1",
  ),
);

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  /** the headline numbers and predikat, as the page must print them */
  readonly indices: readonly string[];
  readonly predikat: readonly string[];
  readonly charts: number;
  /** rows of the user's own highlighted in a ranking table */
  readonly mine?: number;
  /** the exit code: 0 unless the page is of data with errors (its findings then inside it) */
  readonly code?: number;
}

const CASES: readonly Case[] = [
  { name: "score-2020", args: ["score", "fixtures/contoh-spbe-2020-mandiri.csv"], indices: ["3,64"], predikat: ["Sangat Baik"], charts: 3 },
  {
    name: "score-2018-en",
    args: ["score", "fixtures/contoh-spbe-2018.csv", "--framework", "spbe-2018", "--lang", "en"],
    indices: ["1.92"],
    predikat: ["Cukup"],
    charts: 3,
  },
  { name: "score-pemdi", args: ["score", "fixtures/contoh-pemdi-2026.csv", "--framework", "pemdi-2026"], indices: ["2,78"], predikat: ["Baik"], charts: 3 },
  {
    name: "score-two-assessments",
    args: ["score", "fixtures/contoh-spbe-2020-gabungan.csv"],
    indices: ["3,64", "3,08"],
    predikat: ["Sangat Baik", "Baik"],
    charts: 6,
  },
  {
    name: "diff",
    args: ["diff", "fixtures/contoh-spbe-2020-mandiri.csv", "fixtures/contoh-spbe-2020-evaluasi.csv"],
    indices: ["3,64", "3,08"],
    predikat: ["Sangat Baik", "Baik"],
    charts: 3,
  },
  // two different instansi: compared, with a warning banner under the difference
  {
    name: "diff-unlike",
    args: ["diff", "fixtures/contoh-spbe-2020-mandiri.csv", OTHER],
    indices: ["3,64", "3,08"],
    predikat: ["Sangat Baik", "Baik"],
    charts: 3,
  },
  // a pair that cannot be compared: the valid side's card with its index, the other's said not valid
  {
    name: "diff-not-compared",
    args: ["diff", "fixtures/contoh-spbe-2020-mandiri.csv", BROKEN],
    indices: ["3,64"],
    predikat: ["Sangat Baik"],
    charts: 0,
    code: 1,
  },
  {
    name: "rank-standing",
    args: ["rank", "fixtures/contoh-spbe-2020-mandiri.csv", "--nasional", "2024", "--kategori", "kabupaten", "--provinsi", "Jawa Barat"],
    indices: [],
    predikat: [],
    charts: 1,
    mine: 1,
  },
  // 92 rows with the change from 2023 (the full national page, 615 rows, is for people, not for a one-minute suite)
  {
    name: "rank-pusat-by-kategori",
    args: ["rank", "nasional-2023", "nasional-2024", "--kategori", "pusat", "--by", "kategori", "--lang", "en"],
    indices: [],
    predikat: [],
    charts: 2,
  },
  { name: "trend-one", args: ["trend", "nasional-2023", "nasional-2024", "--instansi", "Kab. Bandung", "--target", "4"], indices: [], predikat: [], charts: 1 },
  // the indicator table wraps a long link in its bukti column rather than running off a phone or an A4 page
  { name: "score-long-links", args: ["score", LINKS], indices: ["3,00"], predikat: ["Baik"], charts: 3 },
  // now and planned; the band scale, paired bars per aspect and the index points per owner
  { name: "plan", args: ["plan", "fixtures/contoh-spbe-2020-pj.csv"], indices: ["3,08", "3,52"], predikat: ["Baik", "Sangat Baik"], charts: 3 },
  // (an exploratory tester) sides named by their paths: the unwrapped headings made the tables twice the page's width
  { name: "diff-named-by-files", args: ["diff", FINAL, REVISED], indices: ["3,64", "3,08"], predikat: ["Sangat Baik", "Baik"], charts: 3 },
  // (an exploratory tester) an owner's full name kept the owner table's last column behind a scrollbar on a phone
  { name: "plan-long-pj", args: ["plan", LONG_PJ], indices: ["3,08", "3,52"], predikat: ["Baik", "Sangat Baik"], charts: 3 },
];

const ORIGIN = "http://spbe.invalid";

let context: BrowserContext | undefined;
/** why there is no browser: Chromium missing, or it would not start */
let unavailable: Error | undefined;
let profile: string | undefined;
const pages = new Map<string, string>();

beforeAll(async () => {
  for (const c of CASES) {
    const r = await spbe([...c.args, "--format", "html"]);
    // stderr may carry the one-line summary of a run over several assessments, never a finding
    if (r.code !== (c.code ?? 0) || /galat|peringatan/.test(r.stderr)) throw new Error(`${c.name}: exit ${r.code}, stderr ${r.stderr}`);
    pages.set(`${ORIGIN}/${c.name}.html`, r.stdout);
  }
  // no browser fails every test below with the reason, rather than skipping them
  if (!existsSync(CHROMIUM)) {
    unavailable = new Error(MISSING);
    return;
  }
  profile = mkdtempSync(join(tmpdir(), "spbe-chromium-"));
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 900 },
    });
  } catch (e) {
    unavailable = new Error(`Chromium at ${CHROMIUM} did not start: ${String(e)}`);
  }
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  for (const v of visits.values()) await (await v.catch(() => undefined))?.page.close();
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  rmSync(LINKS_DIR, { recursive: true, force: true });
});

it("runs in a real browser: Chromium is installed", () => {
  expect(existsSync(CHROMIUM), MISSING).toBe(true);
  expect(unavailable).toBeUndefined();
});

const visits = new Map<string, Promise<Visit>>();

/** The page of one report, opened on first use and shared by its desktop, phone and print passes. */
function visitOf(name: string): Promise<Visit> {
  if (unavailable || !context) throw unavailable ?? new Error(MISSING);
  let visit = visits.get(name);
  if (!visit) {
    visit = open(name);
    visits.set(name, visit);
  }
  return visit;
}

interface Visit {
  readonly page: Page;
  /** requests other than the page itself: none may be made */
  readonly requests: string[];
  readonly errors: string[];
}

/** Opens a rendered report; every request but the page's own is recorded and refused. */
async function open(name: string): Promise<Visit> {
  const url = `${ORIGIN}/${name}.html`;
  const page = await context!.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.route("**/*", async (route) => {
    const html = pages.get(route.request().url());
    if (html === undefined) await route.abort("blockedbyclient");
    else await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
  });
  const response = await page.goto(url, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  return { page, requests, errors };
}

interface ChartBox {
  readonly label: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** texts whose box leaves the chart's viewBox, with the real font */
  readonly overflowing: readonly string[];
  readonly breakInside: string;
}

const chartBoxes = (page: Page): Promise<ChartBox[]> =>
  page.$$eval("svg.chart", (svgs) =>
    svgs.map((svg) => {
      const r = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const overflowing = [...svg.querySelectorAll("text")]
        .filter((t) => {
          const b = t.getBBox();
          return b.x < vb.x - 1 || b.y < vb.y - 1 || b.x + b.width > vb.x + vb.width + 1 || b.y + b.height > vb.y + vb.height + 1;
        })
        .map((t) => t.textContent ?? "");
      const figure = svg.closest("figure");
      return {
        label: svg.getAttribute("aria-label") ?? "",
        left: r.left,
        right: r.right,
        top: r.top + window.scrollY,
        width: r.width,
        height: r.height,
        overflowing,
        breakInside: figure ? getComputedStyle(figure).breakInside : "",
      };
    }),
  );

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The page's headline texts, read in the page (one round trip, no locator machinery). */
const headline = (page: Page) =>
  page.evaluate(() => ({
    scripts: document.scripts.length,
    handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
    // the rendered text, what a reader sees (not the DOM's textContent)
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text on purpose
    indices: [...document.querySelectorAll(".index-value")].map((e: any) => e.innerText),
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text on purpose
    predikat: [...document.querySelectorAll(".predikat")].map((e: any) => e.innerText),
    scrollWidth: document.documentElement.scrollWidth,
    // tables that scroll sideways inside their own box (the page does not, but a column is cut off behind it)
    scrollingTables: [...document.querySelectorAll(".table-wrap")].filter((w: any) => w.scrollWidth > w.clientWidth + 1).length,
    mine: document.querySelectorAll("tr.mine").length,
  }));

// one page per report, seen at desktop width, at phone width and printed
describe.each(CASES.map((c) => [c.name, c] as const))("the HTML report %s in headless Chromium", (name, c) => {
  it("loads with no console error and no request, shows its index and predikat, lays out its charts", async () => {
    const { page, requests, errors } = await visitOf(name);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const h = await headline(page);
    expect([h.scripts, h.handlers]).toEqual([0, 0]);
    expect(h.indices).toEqual(c.indices);
    expect(h.predikat).toEqual(c.predikat);
    expect(h.mine).toBe(c.mine ?? 0);
    // no column cut off behind a table's own scrollbar on a desktop either
    expect(h.scrollingTables).toBe(0);
    const charts = await chartBoxes(page);
    expect(charts).toHaveLength(c.charts);
    for (const chart of charts) {
      expect(chart.width, chart.label).toBeGreaterThan(100);
      expect(chart.height, chart.label).toBeGreaterThan(40);
      expect(chart.overflowing, chart.label).toEqual([]);
    }
    await shot(page, `${name}-desktop`);
  });

  it("at phone width (390 px) nothing scrolls sideways and the charts fit", async () => {
    const { page, errors } = await visitOf(name);
    await page.setViewportSize({ width: 390, height: 844 });
    expect((await headline(page)).scrollWidth).toBeLessThanOrEqual(390);
    // (an exploratory review) score's four-column domain table, no cards, kept its name column 13rem wide and
    // cut its index column off behind a scrollbar of its own
    expect((await headline(page)).scrollingTables).toBe(0);
    const charts = await chartBoxes(page);
    expect(charts).toHaveLength(c.charts);
    for (const chart of charts) {
      expect(chart.left, chart.label).toBeGreaterThanOrEqual(0);
      expect(chart.right, chart.label).toBeLessThanOrEqual(390);
      expect(chart.height, chart.label).toBeGreaterThan(40);
    }
    expect(errors).toEqual([]);
    await shot(page, `${name}-phone`);
  });

  it("printed on A4, every chart fits the page and may not be split; a page per assessment", async () => {
    const { page, requests, errors } = await visitOf(name);
    await page.setViewportSize(A4);
    await page.emulateMedia({ media: "print" });
    expect((await headline(page)).scrollWidth).toBeLessThanOrEqual(A4.width);
    const charts = await chartBoxes(page);
    expect(charts).toHaveLength(c.charts);
    for (const chart of charts) {
      expect(chart.left, chart.label).toBeGreaterThanOrEqual(0);
      expect(chart.right, chart.label).toBeLessThanOrEqual(A4.width);
      expect(chart.height, chart.label).toBeGreaterThan(40);
      expect(chart.height, chart.label).toBeLessThan(A4.height);
      expect(chart.breakInside, chart.label).toBe("avoid");
    }
    const breaks = await page.$$eval("article.assessment", (as) => as.map((a) => getComputedStyle(a).breakBefore));
    expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
    expect([requests, errors]).toEqual([[], []]);
    if (SHOTS) await page.pdf({ path: join(SHOTS, `${name}.pdf`), format: "A4", printBackground: true, preferCSSPageSize: true });
  });
});

describe("the diff of two different instansi in headless Chromium", () => {
  it("shows the diff/unlike warning right under the difference, above the charts, as text and not markup", async () => {
    const { page } = await visitOf("diff-unlike");
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const at = await page.evaluate(() => {
        const top = (e: any) => (e ? e.getBoundingClientRect().top + window.scrollY : Number.NaN);
        const banner = document.querySelector(".notice.unlike");
        return {
          delta: top(document.querySelector(".delta")),
          banner: top(banner),
          chart: top(document.querySelector("svg.chart")),
          // biome-ignore lint/performance/useDomNodeTextContent: rendered text on purpose
          text: (banner as any)?.innerText ?? "",
          bold: banner?.querySelectorAll("b").length ?? -1,
          right: banner ? banner.getBoundingClientRect().right : Number.NaN,
        };
      });
      expect(at.banner).toBeGreaterThan(at.delta);
      expect(at.banner).toBeLessThan(at.chart);
      expect(at.text).toContain("peringatan: kedua sisi adalah instansi berbeda");
      expect(at.text).toContain("<b>Lain</b>");
      expect(at.bold).toBe(0);
      expect(at.right).toBeLessThanOrEqual(width);
    }
  });
});
