// npm run mutate: StrykerJS mutation testing of the core — aggregate/, validate/ and amount.ts, the
// exact arithmetic and the rules — with the tests that run src/ in this process
// (vitest.mutate.config.ts). Not part of npm test: it takes about an hour on two shared cores.
// The report lands in reports/mutation/ (index.html, mutation.json).
//   npm run mutate                                  the whole core
//   npm run mutate -- --mutate src/amount.ts        one file
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['src/aggregate/**/*.ts', 'src/validate/**/*.ts', 'src/amount.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10_000,
  // Mutants in module-level code (tables, constants) would rerun every test each; left out, and counted as ignored.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['bench/out', 'reports', 'scratch', 'dist', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
}
