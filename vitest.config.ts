import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // the end-to-end tests spawn the built CLI; give a shared, noisy machine room
    testTimeout: 30_000,
  },
});
