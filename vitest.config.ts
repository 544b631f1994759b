import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the real CLI; two cores are shared between workers.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
})
