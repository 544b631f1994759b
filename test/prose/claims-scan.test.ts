// Every prose sentence the report and the summary can say, scanned against a basis fixture whose
// figures are told apart by their digits: no estimated or potential effect is stated as achieved.
//
// test/fixtures/basis-mix-distinct-figures.csv: realised 41 jobs, 4.1 M kroner, 410 t/yr (2014);
// estimated 17, 1.7 M, 170 (2015); potential 9, 0.9 M, 90 (2016). A figure that is not realised-only
// (17, 9, their sums 58 and 67, 1.7 M, 0.9 M, 5.8 M, 6.7 M, 170, 90, 580, 670 …) may stand in a clause
// with a verb of achievement only when the clause says what it rests on (estimated, potential), is
// conditional ("would"), or is a range ("between"). A potential figure is never "in force".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runMain } from '../helpers/in-process.js'
import { ROOT } from '../helpers/run-cli.js'

const FIXTURE = 'test/fixtures/basis-mix-distinct-figures.csv'
const MEMBERS = 'test/fixtures/members-basis-mix.csv'

/** Figures that rest (in part) on estimated or potential records, as prose may write them. */
const NOT_REALISED = new Set([
  '17',
  '9',
  '58',
  '67',
  '26',
  '1.7',
  '0.9',
  '5.8',
  '6.7',
  '2.6',
  '1,7',
  '0,9',
  '5,8',
  '6,7',
  '2,6',
  '1700000',
  '900000',
  '5800000',
  '6700000',
  '2600000',
  '170',
  '90',
  '580',
  '670',
  '260',
])
/** Potential figures and sums that include them: never in force. */
const POTENTIAL = new Set(['9', '90', '67', '670', '0.9', '0,9', '6.7', '6,7', '900000', '6700000'])

const ACHIEVED = /\b(created|saved|cut|avoided|raised|had|skapt|gitt|spart|kuttet|unngått|økt|hatt)\b/i
const SAYS_BASIS = /(estimated|potential|estimert|potensiel|would|ville|between|mellom|bound|grense)/i
const IN_FORCE = /(in force|i kraft)/i
const NEVER = /(never|aldri)/i

/** The numbers of a clause, grouping removed: "6,700,000" → 6700000, "1 570" → 1570, "2,5" stays. */
function numbers(clause: string): string[] {
  const found = clause.match(/\d[\d\u00a0\u202f ,.]*\d|\d/g) ?? []
  return found.flatMap(text => {
    const plain = text.replace(/[\u00a0\u202f ]/g, '')
    // en groups with ",", decimals with "."; nb groups with spaces, decimals with ",".
    const variants = [plain, plain.replace(/,(?=\d{3}\b)/g, ''), plain.replace(/\.(?=\d{3}\b)/g, '')]
    return [...new Set(variants)]
  })
}

/** Clauses of the prose in `text`: split at sentence and clause ends (not inside numbers). */
function clauses(text: string): string[] {
  return text
    .split(/(?<!\d)[.;](?!\d)|[.;](?=\s)|\n/)
    .map(clause => clause.trim())
    .filter(Boolean)
}

function offences(text: string): string[] {
  const found: string[] = []
  for (const clause of clauses(text)) {
    const figures = numbers(clause)
    if (ACHIEVED.test(clause) && !SAYS_BASIS.test(clause) && figures.some(figure => NOT_REALISED.has(figure)))
      found.push(`achieved: ${clause}`)
    if (IN_FORCE.test(clause) && !NEVER.test(clause) && figures.some(figure => POTENTIAL.has(figure)))
      found.push(`in force: ${clause}`)
  }
  return found
}

/** Prose only: table rows (Markdown "|", box drawing) and HTML tables and charts left out. */
function proseOfMarkdown(markdown: string): string {
  return markdown
    .split('\n')
    .filter(line => !line.startsWith('|'))
    .join('\n')
}
function proseOfHtml(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<table[\s\S]*?<\/table>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
}
function proseOfTable(text: string): string {
  return text
    .split('\n')
    .filter(line => !/^[│┌├└]/.test(line))
    .join('\n')
}

const directories: string[] = []
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true })
})

const VARIANTS: [string, string[]][] = [
  ['every basis', []],
  ['--basis realised', ['--basis', 'realised']],
  ['--basis estimated', ['--basis', 'estimated']],
  ['--basis potential', ['--basis', 'potential']],
  ['--basis estimated --basis potential', ['--basis', 'estimated', '--basis', 'potential']],
  ['--jobs held', ['--jobs', 'held']],
  ['--members', ['--members', MEMBERS]],
  ['--persist --real 2020', ['--persist', '--real', '2020']],
]

describe.each(['en', 'nb'])('every sentence in %s', language => {
  it.each(VARIANTS)('report and summary, %s', async (_, options) => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-claims-'))
    directories.push(directory)
    const report = await runMain(['report', FIXTURE, '--out', directory, '--lang', language, ...options], {
      cwd: ROOT,
    })
    expect(report.exitCode, report.stderr).toBe(0)
    const table = await runMain(['summarize', FIXTURE, '--lang', language, '--by', 'year', ...options], { cwd: ROOT })
    expect(table.exitCode, table.stderr).toBe(0)
    const texts = [
      proseOfMarkdown(readFileSync(join(directory, 'report.md'), 'utf8')),
      proseOfHtml(readFileSync(join(directory, 'report.html'), 'utf8')),
      proseOfTable(table.stdout),
      table.stderr,
    ]
    expect(texts.flatMap(offences)).toEqual([])
    // The scan saw the headline and its notes, not an empty page.
    expect(clauses(texts[0] as string).length).toBeGreaterThan(10)
    expect(texts[0]).toMatch(language === 'en' ? /\*\*(From|In) 201\d/ : /\*\*(Fra|I) 201\d/)
  })
})

describe('the scanner itself', () => {
  it('finds a potential or estimated figure stated as achieved, and potential in force', () => {
    expect(offences('From 2014 to 2016, 3 projects created 67 new jobs.')).toHaveLength(1)
    expect(offences('Fra 2014 til 2016 har 3 prosjekter kuttet 670 tonn.')).toHaveLength(1)
    expect(offences('In force in 2016: 670 t CO2e/yr.')).toHaveLength(1)
    expect(offences('saved 6.7 million kroner of public money')).toHaveLength(1)
    expect(offences('gitt 6,7 millioner kroner i offentlige besparelser')).toHaveLength(1)
    expect(offences('har 3 prosjekter skapt 67 nye arbeidsplasser, gitt 1\u00a0700\u00a0000 kroner')).toHaveLength(1)
  })

  it('lets a realised figure, a named basis, a condition and a range pass', () => {
    expect(offences('From 2014 to 2016, 3 projects created 41 new jobs.')).toEqual([])
    expect(offences('with estimated effects, the figures would be 58 jobs.')).toEqual([])
    expect(offences('between 205 and 1,570 tonnes were avoided')).toEqual([])
    expect(offences('potential cuts are never in force: 90 t')).toEqual([])
  })
})
