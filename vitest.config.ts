import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Test files that need a module graph of their own, run isolated (a fresh worker each, vitest's
 * default). Every other file shares its worker's modules with the files run before it there: the
 * sources are imported (and instrumented for coverage) once per worker instead of once per file,
 * which took the suite from 104 s to 75 s of CPU. A file belongs here when it mocks a module
 * (vi.mock: a module already loaded by another file would keep the real one), or depends on state
 * kept for the process: rank-cli.test.ts asks keepHeapSmall's once-per-process V8 flags
 * (src/cli/heap.ts), which any earlier run of a 16 MiB input in the worker would have set.
 * hostile.test.ts stays apart too, so that its 8 MB cells, quarter of a million columns and hundreds of
 * thousands of rows never share a heap with another file (measured: no slower either way).
 */
const ISOLATED = ["test/api.test.ts", "test/rank-cli.test.ts", "test/hostile.test.ts"];

// a generous ceiling for the 20 MB hostile inputs on a shared, noisy machine; speed is judged by `npm run bench`
const testTimeout = 30_000;

/**
 * The files that take longest, longest first. Vitest runs the files it has timed before longest first,
 * but a clean clone (CI) has no timings and runs the largest files first, which put hostile.test.ts
 * (a third of the suite's time) behind the others; and it times a file by its tests, not its loading,
 * so api-surface.test.ts (4–6 s building a TypeScript program as it loads) always ran last, alone.
 * With two workers the last file to start decides the end: these start first, the rest follow as vitest
 * orders them (`npx vitest run --reporter=json --outputFile=t.json` times them again).
 */
const LONGEST_FIRST = [
  "test/hostile.test.ts",
  "test/score-national.test.ts",
  "test/binary.test.ts",
  "test/rank-cli.test.ts",
  "test/browser.test.ts",
  "test/api-surface.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const at = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => f.moduleId.endsWith(name));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    // a stable sort: the files not named keep vitest's order after those named
    return sorted.sort((a, b) => at(a) - at(b));
  }
}

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // vitest's default leaves a core for itself (one worker on these 2-core machines: 62 s); the
    // orchestrator is nearly idle, so two workers there (46 s) and one per core elsewhere
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    coverage: {
      provider: "v8",
      include: ["src/**"],
      reporter: ["text-summary", "text"],
    },
    projects: [
      // the global setup above runs once for both; a project that extended this config would run it again
      { test: { name: "isolated", include: ISOLATED, testTimeout } },
      { test: { name: "shared", include: ["test/**/*.test.ts"], exclude: ISOLATED, isolate: false, testTimeout } },
    ],
  },
});
