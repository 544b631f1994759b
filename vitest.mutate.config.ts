// The tests `npm run mutate` (StrykerJS) runs: those that run src/ in this process, so that a mutant
// is what they test. End-to-end tests start the built command in a child process, which never sees a
// mutant; the golden cases run in process instead (test/mutate/golden-in-process.mutate.ts).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/mutate/*.mutate.ts'],
    exclude: ['test/e2e/**', 'test/cases.test.ts', 'test/readme.test.ts', 'test/schema.test.ts', 'node_modules/**'],
    maxWorkers: 2,
    testTimeout: 60_000,
  },
})
