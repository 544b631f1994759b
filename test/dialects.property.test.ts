// For random valid records written out in random dialects — delimiter, decimal
// convention, grouping, currency, header names, column order, encoding, line
// ends, quoting — the figures equal those of the plain ","/UTF-8 rendering.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { amountToPlainString } from '../src/amount.js'
import { runMain } from './helpers/in-process.js'

interface Row {
  project: string
  year: number
  partners: string[]
  jobs: string | null
  savings: string | null
  co2e: string | null
}

const decimal = (min: bigint, max: bigint, maxScale: number): fc.Arbitrary<string | null> =>
  fc.option(
    fc
      .record({ units: fc.bigInt({ min, max }), scale: fc.integer({ min: 0, max: maxScale }) })
      .map(amount => amountToPlainString(amount)),
    { nil: null, freq: 4 },
  )

const PARTNERS = [
  'Fjordvik kommune',
  'Nærøyvik kommune',
  'Østre Åsmark',
  'Helse Vestkyst HF',
  'Statens vegbyrå',
  'Ærø fylke',
]

const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  project: fc.constantFrom('P1', 'P2', 'LUP-2016-03', 'Ferje Ø', 'X9'),
  year: fc.integer({ min: 2010, max: 2019 }),
  partners: fc.uniqueArray(fc.constantFrom(...PARTNERS), { minLength: 1, maxLength: 3 }),
  jobs: decimal(0n, 10n ** 6n, 2),
  savings: decimal(-(10n ** 12n), 10n ** 12n, 2),
  co2e: decimal(-(10n ** 6n), 10n ** 7n, 3),
})

const dialectArbitrary = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  tabDecimal: fc.constantFrom('comma', 'dot'),
  grouping: fc.constantFrom('none', ' ', '\u00a0', '\u202f', 'other'),
  currency: fc.constantFrom('none', ' kr', 'kr ', 'NOK', ' NOK'),
  norwegianHeaders: fc.boolean(),
  upperCaseHeaders: fc.boolean(),
  columnOrder: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
  lineEnd: fc.constantFrom('\n', '\r\n'),
  quoteAll: fc.boolean(),
  trailingBlankRows: fc.nat({ max: 2 }),
})
type Dialect = typeof dialectArbitrary extends fc.Arbitrary<infer T> ? T : never

const CANONICAL = ['project_id', 'year', 'partner', 'jobs', 'savings_nok', 'co2e_tonnes']
const NORWEGIAN = ['Prosjekt-ID', 'År', 'Partnere', 'Arbeidsplasser', 'Besparelse (NOK)', 'Klimagasskutt (tonn)']

function formatNumber(plain: string, dialect: Dialect, decimalMark: string, currency: boolean): string {
  const negative = plain.startsWith('-')
  const [integer = '', fraction] = (negative ? plain.slice(1) : plain).split('.')
  let separator =
    dialect.grouping === 'other'
      ? decimalMark === ','
        ? '.'
        : ','
      : dialect.grouping === 'none'
        ? ''
        : dialect.grouping
  // A lone foreign group without decimals is ambiguous by design; tab files may not use foreign grouping at all.
  const groups = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '\u0000').split('\u0000')
  if (dialect.grouping === 'other' && (dialect.delimiter === '\t' || (groups.length === 2 && fraction === undefined)))
    separator = ''
  // "397,811" in a tab file could be either convention, and is an error by design: write "397,8110".
  const padded =
    dialect.delimiter === '\t' && groups.length === 1 && integer !== '0' && fraction?.length === 3
      ? `${fraction}0`
      : fraction
  let text = groups.join(separator) + (padded === undefined ? '' : decimalMark + padded)
  if (negative) text = `-${text}`
  if (currency && dialect.currency !== 'none')
    text =
      dialect.currency.startsWith('kr ') || dialect.currency === 'NOK'
        ? `${dialect.currency}${text}`
        : `${text}${dialect.currency}`
  return text
}

function quote(cell: string, dialect: Dialect): string {
  return dialect.quoteAll || /[",;\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

function render(rows: readonly Row[], dialect: Dialect | null): Buffer {
  if (dialect === null) {
    const lines = [
      CANONICAL.join(','),
      ...rows.map(row =>
        [row.project, row.year, row.partners.join('|'), row.jobs ?? '', row.savings ?? '', row.co2e ?? ''].join(','),
      ),
    ]
    return Buffer.from(`${lines.join('\n')}\n`, 'utf8')
  }
  const decimalMark =
    dialect.delimiter === ';' ? ',' : dialect.delimiter === ',' ? '.' : dialect.tabDecimal === 'comma' ? ',' : '.'
  const names = (dialect.norwegianHeaders ? NORWEGIAN : CANONICAL).map(name =>
    dialect.upperCaseHeaders ? name.toUpperCase() : name,
  )
  const cells = (row: Row): string[] => [
    row.project,
    String(row.year),
    row.partners.join(' | '),
    row.jobs === null ? '' : formatNumber(row.jobs, dialect, decimalMark, false),
    row.savings === null ? '' : formatNumber(row.savings, dialect, decimalMark, true),
    row.co2e === null ? '' : formatNumber(row.co2e, dialect, decimalMark, false),
  ]
  const line = (values: string[]): string =>
    dialect.columnOrder.map(column => quote(values[column] as string, dialect)).join(dialect.delimiter)
  const blank = dialect.delimiter.repeat(5)
  const text = [
    line(names),
    ...rows.map(row => line(cells(row))),
    ...Array.from({ length: dialect.trailingBlankRows }, () => blank),
  ]
    .map(each => each + dialect.lineEnd)
    .join('')
  switch (dialect.encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8')
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf-16be': {
      const bytes = Buffer.from(text, 'utf16le')
      bytes.swap16()
      return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes])
    }
    case 'windows-1252':
      return Buffer.from(text.replaceAll('\u202f', '\u00a0'), 'latin1')
  }
  throw new Error('unreachable')
}

describe('dialects never change the figures', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lup-dialects-'))
  it('random records in random dialects sum exactly as their plain rendering', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary, { minLength: 1, maxLength: 15 }),
        dialectArbitrary,
        async (rows, dialect) => {
          run++
          const plainFile = `plain-${run}.csv`
          const dialectFile = `dialect-${run}.csv`
          writeFileSync(join(directory, plainFile), render(rows, null))
          writeFileSync(join(directory, dialectFile), render(rows, dialect))
          const args = ['--by', 'year', '--by', 'partner', '--format', 'json', '--allow-duplicates', '--quiet']
          const plain = await runMain(['summarize', plainFile, ...args], { cwd: directory })
          const other = await runMain(['summarize', dialectFile, ...args], { cwd: directory })
          expect(plain.stderr).toBe('')
          expect(other.stderr).toBe('')
          const [expected, actual] = [plain, other].map(result => JSON.parse(result.stdout) as Record<string, unknown>)
          expect(actual?.totals).toEqual(expected?.totals)
          expect(actual?.by_year).toEqual(expected?.by_year)
          expect(actual?.by_partner).toEqual(expected?.by_partner)
        },
      ),
      { numRuns: 150 },
    )
  })
})
