import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // vitest's default leaves a core for itself (one worker on these 2-core machines: 62 s); the
    // orchestrator is nearly idle, so two workers there (46 s) and one per core elsewhere
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // a generous ceiling for the 20 MB hostile inputs on a shared, noisy machine; speed is judged by `npm run bench`
    testTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["src/**"],
      reporter: ["text-summary", "text"],
    },
  },
});
