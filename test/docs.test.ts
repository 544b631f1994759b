// The README's example outputs are the golden cases' outputs, byte for byte.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { markedCases, renderReadme } from '../scripts/readme-blocks.mjs'
import { ROOT } from './helpers/run-cli.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

it('shows real output for the quick start and the tour', () => {
  const cases = markedCases(readme) as string[]
  expect(cases).toContain('summarize/sample-table')
  for (const name of cases) expect(existsSync(join(ROOT, 'test/cases', name, 'stdout')), name).toBe(true)
})

it('is in step with the golden cases (run `node scripts/readme-blocks.mjs` to update)', () => {
  expect(renderReadme(readme)).toBe(readme)
})

it('gives the two-command quick start and the test command', () => {
  expect(readme).toContain('npm install && npx lup-impact summarize data/lup-sample.csv')
  expect(readme).toContain('npm test')
})
