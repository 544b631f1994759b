// Invariants, stated as properties (xsv's prop_* tests): under split attribution
// partner rows add up exactly to the totals, and the order of records never
// changes a result, in-process on random records and end to end on the sample.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Amount,
  addAmounts,
  amountFromPlainString,
  amountToPlainString,
  compareAmounts,
  ZERO,
} from '../src/amount.js'
import { Aggregator } from '../src/aggregate/index.js'
import type { Attribution, ConstantPrices, ImpactRecord, MeasureValues, Summary } from '../src/model.js'
import { compareByCodePoint } from '../src/record/code-point-order.js'
import { ROOT, runCli } from './helpers/run-cli.js'

// "aB" sorts after "Zeta" by code point and before it in Norwegian; no two names here are one partner
// (the first spelling of a name written two ways is shown, which depends on order by design).
const PARTNERS = ['Aa', 'Bb', 'Øst kommune', 'Ås', 'Zeta', 'aB']

const amount = fc.option(
  fc.record({ units: fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), scale: fc.integer({ min: 0, max: 5 }) }),
  { nil: null },
)

const record = fc
  .record({
    projectId: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
    year: fc.integer({ min: 2010, max: 2019 }),
    partners: fc.uniqueArray(fc.constantFrom(...PARTNERS), { minLength: 1, maxLength: 4 }),
    category: fc.constantFrom(null, 'Ferries', 'Health'),
    measures: fc.tuple(amount, amount, amount),
  })
  .map(
    (fields): ImpactRecord => ({
      file: 'random.csv',
      line: 2,
      projectName: null,
      basis: 'realised',
      ...fields,
      partners: [...fields.partners].sort(compareByCodePoint),
      measures: fields.measures as MeasureValues,
    }),
  )

// The shipped KPI levels for the years the random records use (2015 = 100).
const KPI: ConstantPrices = {
  year: 2020,
  index: {
    source: 'data/kpi-2015-100.csv',
    builtIn: true,
    referenceYear: 2015,
    levels: new Map(
      [92.1, 93.3, 93.9, 95.9, 97.9, 100.0, 103.6, 105.5, 108.4, 110.8, 112.2].map((level, position) => [
        2010 + position,
        amountFromPlainString(level.toFixed(1)),
      ]),
    ),
  },
}

function aggregate(
  records: readonly ImpactRecord[],
  attribution: Attribution,
  prices: ConstantPrices | null = null,
): Summary {
  const aggregator = new Aggregator({
    attribution,
    groupings: [['partner'], ['year'], ['year', 'partner'], ['category']],
    filters: { from: null, to: null, partners: [], categories: [], bases: [] },
    prices,
  })
  for (const item of records) aggregator.add(item)
  return aggregator.result([], { errors: 0, warnings: 0, skippedRecords: 0 })
}

function columnSum(summary: Summary, grouping: number, measure: number): Amount | null {
  let sum: Amount | null = null
  for (const row of summary.groupings[grouping]?.rows ?? []) {
    const value = row.measures[measure] ?? null
    if (value !== null) sum = addAmounts(sum ?? ZERO, value)
  }
  return sum
}

const same = (a: Amount | null, b: Amount | null): boolean =>
  a === null ? b === null : b !== null && compareAmounts(a, b) === 0

describe('invariants on random records', () => {
  it('split: partner rows (and every other grouping) add up exactly to the totals', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), records => {
        const summary = aggregate(records, 'split')
        for (let grouping = 0; grouping < 4; grouping++) {
          for (let measure = 0; measure < 3; measure++) {
            expect(same(columnSum(summary, grouping, measure), summary.totals.measures[measure] ?? null)).toBe(true)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it("split, in constant kroner (--real): every grouping's rounded rows still add up exactly to the rounded totals", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), records => {
        const summary = aggregate(records, 'split', KPI)
        for (let grouping = 0; grouping < 4; grouping++) {
          for (let measure = 0; measure < 3; measure++) {
            expect(same(columnSum(summary, grouping, measure), summary.totals.measures[measure] ?? null)).toBe(true)
          }
        }
        // ... and so do the basis parts.
        const basisSum = summary.totals.byBasis.reduce<Amount | null>(
          (sum, values) => (values[1] === null ? sum : addAmounts(sum ?? ZERO, values[1])),
          null,
        )
        expect(same(basisSum, summary.totals.measures[1] ?? null)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('full, in constant kroner: partner rows add up exactly to the sum over partners that the reconciliation prints', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), records => {
        const summary = aggregate(records, 'full', KPI)
        expect(same(columnSum(summary, 0, 1), summary.totals.sumOverPartners[1] ?? null)).toBe(true)
        expect(same(columnSum(summary, 1, 1), summary.totals.measures[1] ?? null)).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('full: rows of a grouping without partners still add up exactly to the totals', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), records => {
        const summary = aggregate(records, 'full')
        for (let measure = 0; measure < 3; measure++) {
          expect(same(columnSum(summary, 1, measure), summary.totals.measures[measure] ?? null)).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('the order of records never changes the summary', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.infiniteStream(fc.nat()),
        fc.constantFrom<Attribution>('split', 'full'),
        fc.constantFrom(null, KPI),
        (records, randoms, attribution, prices) => {
          const shuffled = [...records]
          const next = randoms[Symbol.iterator]()
          for (let position = shuffled.length - 1; position > 0; position--) {
            const other = (next.next().value as number) % (position + 1)
            ;[shuffled[position], shuffled[other]] = [
              shuffled[other] as ImpactRecord,
              shuffled[position] as ImpactRecord,
            ]
          }
          expect(aggregate(shuffled, attribution, prices)).toEqual(aggregate(records, attribution, prices))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('invariants on the sample data, end to end', () => {
  const sample = readFileSync(join(ROOT, 'data/lup-sample.csv'), 'utf8')
  const [header, ...lines] = sample.trimEnd().split('\n')

  it('split: the partner rows of the CSV output add up exactly to the JSON total', async () => {
    // One grouping's CSV is just its rows (no total row): the total comes from JSON, as exact strings.
    const result = await runCli(['summarize', 'data/lup-sample.csv', '--by', 'partner', '--format', 'csv'])
    const [head, ...partners] = result.stdout
      .trimEnd()
      .split('\n')
      .map(line => line.split(','))
    expect(head?.slice(-3)).toEqual(['jobs', 'savings_nok', 'co2e_tonnes'])
    expect(partners.length).toBeGreaterThan(35)
    const json = await runCli(['summarize', 'data/lup-sample.csv', '--format', 'json', '--json-numbers', 'string'])
    const totals = JSON.parse(json.stdout).totals as Record<string, string>
    for (const [offset, measure] of ['jobs', 'savings_nok', 'co2e_tonnes'].entries()) {
      const column = (head?.length ?? 0) - 3 + offset
      const sum = partners.reduce((acc, row) => addAmounts(acc, amountFromPlainString(row[column] || '0')), ZERO)
      expect(compareAmounts(sum, amountFromPlainString(totals[measure] as string)), measure).toBe(0)
    }
  })

  it('split, in 2020 kroner: the partner rows and the year rows of the CSV output add up exactly to its total row', async () => {
    const result = await runCli([
      'summarize',
      'data/lup-sample.csv',
      '--by',
      'partner',
      '--by',
      'year',
      '--real',
      '2020',
      '--format',
      'csv',
    ])
    expect(result.exitCode).toBe(0)
    const [head, ...rows] = result.stdout
      .trimEnd()
      .split('\n')
      .map(line => line.split(','))
    const savings = (head ?? []).indexOf('savings_nok')
    const total = rows.find(row => row[0] === 'total') as string[]
    expect(total[savings]).toBe('360688628.21')
    for (const group of ['partner', 'year']) {
      const sum = rows
        .filter(row => row[0] === group)
        .reduce((acc, row) => addAmounts(acc, amountFromPlainString(row[savings] || '0')), ZERO)
      expect(amountToPlainString(sum, 2)).toBe('360688628.21')
    }
  })

  it('shuffling the records changes no output byte', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-shuffle-'))
    // Every format, plus constant kroner under both attributions (rounding must not depend on order either).
    const formats = [
      ['table'],
      ['csv'],
      ['markdown'],
      ['json'],
      ['json', '--real', '2020'],
      ['table', '--real', '2016', '--attribution', 'full'],
    ]
    const run = async (file: string, [format, ...more]: string[]): Promise<string> => {
      const result = await runCli(
        [
          'summarize',
          file,
          '--by',
          'year',
          '--by',
          'partner',
          '--by',
          'category,year',
          '--format',
          format as string,
          ...more,
        ],
        { cwd: directory },
      )
      expect(result.exitCode).toBe(0)
      // The input's name and checksum are the only things allowed to differ.
      return result.stdout.replace(/"sha256": "[0-9a-f]+"/, '').replaceAll(/(shuffled-\d|original)\.csv/g, 'input.csv')
    }
    writeFileSync(join(directory, 'original.csv'), sample)
    const expected = await Promise.all(formats.map(format => run('original.csv', format)))
    let seed = 20200701
    for (let round = 0; round < 3; round++) {
      const shuffled = [...lines]
      for (let position = shuffled.length - 1; position > 0; position--) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        const other = seed % (position + 1)
        ;[shuffled[position], shuffled[other]] = [shuffled[other] as string, shuffled[position] as string]
      }
      expect(shuffled).not.toEqual(lines)
      const name = `shuffled-${round}.csv`
      writeFileSync(join(directory, name), `${[header, ...shuffled].join('\n')}\n`)
      const outputs = await Promise.all(formats.map(format => run(name, format)))
      expect(outputs).toEqual(expected)
    }
  })
})
