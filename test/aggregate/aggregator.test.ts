import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Amount, ExactSum, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { type AggregateOptions, Aggregator } from '../../src/aggregate/index.js'
import type { Dimension, GroupKey, ImpactRecord, MeasureValues, Summary } from '../../src/model.js'

const amount = (text: string | null): Amount | null => (text === null ? null : amountFromPlainString(text))
const text = (value: Amount | null): string | null => (value === null ? null : amountToPlainString(value))
const texts = (values: MeasureValues): (string | null)[] => values.map(text)

function record(projectId: string, year: number, partners: string[], measures: (string | null)[], changes: Partial<ImpactRecord> = {}): ImpactRecord {
  return {
    file: 'a.csv',
    line: 2,
    projectId,
    year,
    partners,
    category: null,
    projectName: null,
    basis: 'realised',
    measures: measures.map(amount) as MeasureValues,
    ...changes,
  }
}

// Worked example, checked by hand:
//   P1 2019 A,B,C  jobs 1     savings 100    co2e 1     → split: A 0.34/33.34/0.334, B and C 0.33/33.33/0.333
//   P2 2020 A      jobs 0.5   savings –      co2e 2.5
//   P3 2020 B,C    jobs –     savings -0.01  co2e –     → split: B -0.01, C 0.00
// Totals: jobs 1.5, savings 99.99, co2e 3.5.
const RECORDS: ImpactRecord[] = [
  record('P1', 2019, ['A', 'B', 'C'], ['1', '100', '1'], { category: 'Ferjer' }),
  record('P2', 2020, ['A'], ['0.5', null, '2.5'], { line: 3, category: 'Helse' }),
  record('P3', 2020, ['B', 'C'], [null, '-0.01', null], { line: 4 }),
]

const NO_FILTERS = { from: null, to: null, partners: [], categories: [] }

function aggregate(options: Partial<AggregateOptions>, records: ImpactRecord[] = RECORDS): Summary {
  const aggregator = new Aggregator({ attribution: 'split', groupings: [['partner'], ['year']], filters: NO_FILTERS, ...options })
  for (const each of records) aggregator.add(each)
  return aggregator.result([{ path: 'a.csv', records: records.length, sha256: 'x' }], { errors: 0, warnings: 0, skippedRecords: 0 })
}

const rowsOf = (summary: Summary, dimensions: Dimension[]): [GroupKey[], number, number, (string | null)[]][] => {
  const grouping = summary.groupings.find((each) => each.dimensions.join() === dimensions.join())
  if (grouping === undefined) throw new Error(`no grouping by ${dimensions.join()}`)
  return grouping.rows.map((row) => [row.keys, row.records, row.projects, texts(row.measures)])
}

/** Each measure summed over a grouping's rows (null when no row reported it). */
function sumOfRows(summary: Summary, dimensions: Dimension[]): (string | null)[] {
  const grouping = summary.groupings.find((each) => each.dimensions.join() === dimensions.join())
  return [0, 1, 2].map((measure) => {
    let sum: ExactSum | null = null
    for (const row of grouping?.rows ?? []) {
      const value = row.measures[measure]
      if (value === null || value === undefined) continue
      sum ??= new ExactSum()
      sum.add(value)
    }
    return sum === null ? null : amountToPlainString(sum.value())
  })
}

describe('Aggregator, split attribution', () => {
  const summary = aggregate({})

  it('counts every record once in the totals', () => {
    expect(summary.totals).toMatchObject({ records: 3, projects: 3, partners: 3, firstYear: 2019, lastYear: 2020, multiPartnerRecords: 2 })
    expect(texts(summary.totals.measures)).toEqual(['1.5', '99.99', '3.5'])
    expect(summary.totals.coverage).toEqual([
      { records: 2, projects: 2 },
      { records: 2, projects: 2 },
      { records: 2, projects: 2 },
    ])
  })

  it('splits shared records among partners in the smallest unit, the extra unit to the first name', () => {
    expect(rowsOf(summary, ['partner'])).toEqual([
      [['A'], 2, 2, ['0.84', '33.34', '2.834']],
      [['B'], 2, 2, ['0.33', '33.32', '0.333']],
      [['C'], 2, 2, ['0.33', '33.33', '0.333']],
    ])
  })

  it('makes partner rows add up exactly to the totals', () => {
    expect(sumOfRows(summary, ['partner'])).toEqual(texts(summary.totals.measures))
  })

  it('groups by year with whole records', () => {
    expect(rowsOf(summary, ['year'])).toEqual([
      [[2019], 1, 1, ['1', '100', '1']],
      [[2020], 2, 2, ['0.5', '-0.01', '2.5']],
    ])
  })

  it('splits within pairs that include the partner', () => {
    const pairs = aggregate({ groupings: [['year', 'partner']] })
    expect(rowsOf(pairs, ['year', 'partner'])).toEqual([
      [[2019, 'A'], 1, 1, ['0.34', '33.34', '0.334']],
      [[2019, 'B'], 1, 1, ['0.33', '33.33', '0.333']],
      [[2019, 'C'], 1, 1, ['0.33', '33.33', '0.333']],
      [[2020, 'A'], 1, 1, ['0.5', null, '2.5']],
      [[2020, 'B'], 1, 1, [null, '-0.01', null]],
      [[2020, 'C'], 1, 1, [null, '0', null]],
    ])
    expect(sumOfRows(pairs, ['year', 'partner'])).toEqual(texts(pairs.totals.measures))
  })

  it('keeps a category without records of its own apart, last', () => {
    const byCategory = aggregate({ groupings: [['category']] })
    expect(rowsOf(byCategory, ['category'])).toEqual([
      [['Ferjer'], 1, 1, ['1', '100', '1']],
      [['Helse'], 1, 1, ['0.5', null, '2.5']],
      [[null], 1, 1, [null, '-0.01', null]],
    ])
  })

  it('passes inputs, options and problem counts through', () => {
    expect(summary.attribution).toBe('split')
    expect(summary.filters).toEqual(NO_FILTERS)
    expect(summary.inputs).toEqual([{ path: 'a.csv', records: 3, sha256: 'x' }])
    expect(summary.problems).toEqual({ errors: 0, warnings: 0, skippedRecords: 0 })
    expect(summary.groupings.map((grouping) => grouping.dimensions)).toEqual([['partner'], ['year']])
  })
})

describe('Aggregator, full attribution', () => {
  const summary = aggregate({ attribution: 'full' })

  it('credits each partner in full, so partner rows over-count', () => {
    expect(rowsOf(summary, ['partner'])).toEqual([
      [['A'], 2, 2, ['1.5', '100', '3.5']],
      [['B'], 2, 2, ['1', '99.99', '1']],
      [['C'], 2, 2, ['1', '99.99', '1']],
    ])
    expect(sumOfRows(summary, ['partner'])).toEqual(['3.5', '299.98', '5.5'])
  })

  it('leaves the totals as they are under split', () => {
    expect(texts(summary.totals.measures)).toEqual(['1.5', '99.99', '3.5'])
    expect(summary.totals.multiPartnerRecords).toBe(2)
    expect(summary.attribution).toBe('full')
  })
})

describe('Aggregator, filters', () => {
  it('gives one partner its share as the total under split', () => {
    const onlyB = aggregate({ filters: { ...NO_FILTERS, partners: ['b'] } })
    expect(onlyB.totals).toMatchObject({ records: 2, projects: 2, partners: 1, firstYear: 2019, lastYear: 2020, multiPartnerRecords: 0 })
    expect(texts(onlyB.totals.measures)).toEqual(['0.33', '33.32', '0.333'])
    expect(rowsOf(onlyB, ['partner'])).toEqual([[['B'], 2, 2, ['0.33', '33.32', '0.333']]])
    expect(rowsOf(onlyB, ['year'])).toEqual([
      [[2019], 1, 1, ['0.33', '33.33', '0.333']],
      [[2020], 1, 1, [null, '-0.01', null]],
    ])
    expect(onlyB.totals.coverage).toEqual([
      { records: 1, projects: 1 },
      { records: 2, projects: 2 },
      { records: 1, projects: 1 },
    ])
  })

  it('gives several partners the sum of their shares under split', () => {
    const aAndC = aggregate({ filters: { ...NO_FILTERS, partners: ['A', 'C'] } })
    expect(texts(aAndC.totals.measures)).toEqual(['1.17', '66.67', '3.167'])
    expect(aAndC.totals).toMatchObject({ records: 3, partners: 2, multiPartnerRecords: 1 }) // P3 is shared by B and C, of which only C is asked for
    expect(sumOfRows(aAndC, ['partner'])).toEqual(texts(aAndC.totals.measures))
    expect(sumOfRows(aAndC, ['year'])).toEqual(texts(aAndC.totals.measures))
  })

  it('gives one partner every shared record in full under full attribution', () => {
    const onlyB = aggregate({ attribution: 'full', filters: { ...NO_FILTERS, partners: ['B'] } })
    expect(texts(onlyB.totals.measures)).toEqual(['1', '99.99', '1'])
    expect(rowsOf(onlyB, ['partner'])).toEqual([[['B'], 2, 2, ['1', '99.99', '1']]])
  })

  it('splits for a partner filter even without a partner grouping', () => {
    const onlyA = aggregate({ groupings: [['year']], filters: { ...NO_FILTERS, partners: ['a'] } })
    expect(texts(onlyA.totals.measures)).toEqual(['0.84', '33.34', '2.834'])
  })

  it('filters by year and category', () => {
    const late = aggregate({ filters: { ...NO_FILTERS, from: 2020 } })
    expect(late.totals).toMatchObject({ records: 2, firstYear: 2020, lastYear: 2020 })
    expect(texts(late.totals.measures)).toEqual(['0.5', '-0.01', '2.5'])
    const ferries = aggregate({ filters: { ...NO_FILTERS, categories: ['ferjer'] } })
    expect(texts(ferries.totals.measures)).toEqual(['1', '100', '1'])
  })

  it('reports nothing as nulls when no record matches', () => {
    const none = aggregate({ filters: { ...NO_FILTERS, partners: ['Nobody'] } })
    expect(none.totals).toMatchObject({ records: 0, projects: 0, partners: 0, firstYear: null, lastYear: null, measures: [null, null, null] })
    expect(none.groupings.map((grouping) => grouping.rows)).toEqual([[], []])
    expect(new Aggregator({ attribution: 'split', groupings: [], filters: { ...NO_FILTERS, partners: ['Nobody'] } }).filter.unmatched()).toEqual([
      { option: '--partner', value: 'Nobody' },
    ])
  })
})

describe('Aggregator, invariants', () => {
  const PARTNERS = ['A', 'B', 'C', 'D', 'Ø']
  const amountArbitrary = fc.option(
    fc.record({ units: fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), scale: fc.integer({ min: 0, max: 5 }) }),
    { nil: null },
  )
  const recordArbitrary = fc.record({
    project: fc.constantFrom('P1', 'P2', 'P3', 'P4'),
    year: fc.integer({ min: 2010, max: 2013 }),
    partners: fc.subarray(PARTNERS, { minLength: 1 }),
    measures: fc.tuple(amountArbitrary, amountArbitrary, amountArbitrary),
  })
  const recordsArbitrary = fc.array(recordArbitrary, { maxLength: 25 }).map((drafts) =>
    drafts.map((draft, position) => ({
      ...record(draft.project, draft.year, draft.partners, [null, null, null], { line: position + 2 }),
      measures: [
        draft.measures[0] === null ? null : { ...draft.measures[0], units: draft.measures[0].units < 0n ? -draft.measures[0].units : draft.measures[0].units },
        draft.measures[1],
        draft.measures[2],
      ] as MeasureValues,
    })),
  )

  it('makes partner rows and year,partner rows add up exactly to the totals under split', () => {
    fc.assert(
      fc.property(recordsArbitrary, (records) => {
        const summary = aggregate({ groupings: [['partner'], ['year', 'partner'], ['year']] }, records)
        const totals = texts(summary.totals.measures)
        expect(sumOfRows(summary, ['partner'])).toEqual(totals)
        expect(sumOfRows(summary, ['year', 'partner'])).toEqual(totals)
        expect(sumOfRows(summary, ['year'])).toEqual(totals)
      }),
      { numRuns: 200 },
    )
  })

  it('gives the same result whatever the order of the records', () => {
    fc.assert(
      fc.property(recordsArbitrary.chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length }))), ([records, shuffled]) => {
        const options = { groupings: [['partner'], ['year', 'category']] as Dimension[][] }
        expect(aggregate(options, shuffled).totals).toEqual(aggregate(options, records).totals)
        expect(aggregate(options, shuffled).groupings).toEqual(aggregate(options, records).groupings)
      }),
      { numRuns: 200 },
    )
  })

  it('makes the partner-filtered totals of all partners add up to the unfiltered totals under split', () => {
    fc.assert(
      fc.property(recordsArbitrary, (records) => {
        const sums = [new ExactSum(), new ExactSum(), new ExactSum()]
        const reported = [false, false, false]
        for (const partner of PARTNERS) {
          const measures = aggregate({ filters: { ...NO_FILTERS, partners: [partner] } }, records).totals.measures
          measures.forEach((value, measure) => {
            if (value === null) return
            reported[measure] = true
            sums[measure]?.add(value)
          })
        }
        const expected = texts(aggregate({}, records).totals.measures)
        expect(sums.map((sum, measure) => (reported[measure] ? amountToPlainString(sum.value()) : null))).toEqual(expected)
      }),
      { numRuns: 100 },
    )
  })
})
