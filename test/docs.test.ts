// README.md and docs/*.md: their example outputs are the golden cases' outputs, byte for byte, and the
// README stays a short door to the docs, from which every moved section can be reached.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DOCUMENTS, markedCases, renderReadme } from '../scripts/readme-blocks.mjs'
import { ROOT } from './helpers/run-cli.js'

const read = (document: string): string => readFileSync(join(ROOT, document), 'utf8')
const readme = read('README.md')

describe.each(DOCUMENTS as string[])('%s', document => {
  const text = read(document)

  it('shows real output: every block names a golden case', () => {
    for (const name of markedCases(text) as string[])
      expect(existsSync(join(ROOT, 'test/cases', name, 'stdout')), name).toBe(true)
  })

  it('is in step with the golden cases (run `node scripts/readme-blocks.mjs` to update)', () => {
    expect(renderReadme(text)).toBe(text)
  })

  it('links only to files that exist', () => {
    for (const [, target] of text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)(?:#[^)]*)?\)/g))
      expect(existsSync(join(ROOT, dirname(document), target as string)), `${document} → ${target}`).toBe(true)
  })
})

describe('the README', () => {
  it('is short: at most 300 lines', () => expect(readme.split('\n').length).toBeLessThanOrEqual(300))

  it('gives the quick start, with no npx (it re-reads node_modules on every run), and the test command, with real output', () => {
    expect(readme).toContain('npm ci && node bin/lup-impact.js summarize data/lup-sample.csv')
    expect(readme).toContain('npm test')
    expect(markedCases(readme)).toContain('summarize/sample-table')
  })

  it('links to every document in docs/, and each links back', () => {
    for (const document of (DOCUMENTS as string[]).filter(each => each.startsWith('docs/'))) {
      expect(readme, document).toContain(`](${document}`)
      expect(read(document), document).toContain('](../README.md)')
    }
  })

  it('keeps every section the tour and the reference had, in one of the documents', () => {
    const all = (DOCUMENTS as string[]).map(read).join('\n')
    for (const heading of [
      'What a figure rests on: coverage, basis and flags',
      'Over time: running totals',
      'Constant kroner',
      'Other groupings and Markdown',
      'Filters',
      'Attribution of shared records',
      'Norwegian Excel exports',
      'When the data is wrong',
      'summarize options',
      '`validate`: every problem, located',
      '`trace`: the records behind a figure',
      '`report`: the yearly report, for people and for the repository',
      'The headline, rounded honestly',
      'Deterministic, atomic, checkable',
      '`check`: totals against targets, for CI',
      'Targets files',
      '`init`: a template to start from',
      'Use it in CI',
      'Norsk og engelsk: languages',
      'In a terminal',
      'As a library',
      'Exit codes',
      'Performance',
      'Data and sources',
      'Dependencies and why',
    ])
      expect(all, heading).toMatch(new RegExp(`^#+ ${heading.replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}$`, 'm'))
  })
})
