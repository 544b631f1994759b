import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Amount, ExactSum, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { type AggregateOptions, Aggregator } from '../../src/aggregate/index.js'
import type { Dimension, GroupKey, ImpactRecord, MeasureValues, Summary } from '../../src/model.js'

const amount = (text: string | null): Amount | null => (text === null ? null : amountFromPlainString(text))
const text = (value: Amount | null): string | null => (value === null ? null : amountToPlainString(value))
const texts = (values: MeasureValues): (string | null)[] => values.map(text)

function record(
  projectId: string,
  year: number,
  partners: string[],
  measures: (string | null)[],
  changes: Partial<ImpactRecord> = {},
): ImpactRecord {
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

const NO_FILTERS = { from: null, to: null, partners: [], categories: [], bases: [] }

function aggregate(options: Partial<AggregateOptions>, records: ImpactRecord[] = RECORDS): Summary {
  const aggregator = new Aggregator({
    attribution: 'split',
    groupings: [['partner'], ['year']],
    filters: NO_FILTERS,
    ...options,
  })
  for (const each of records) aggregator.add(each)
  return aggregator.result([{ path: 'a.csv', records: records.length, sha256: 'x' }], {
    errors: 0,
    warnings: 0,
    skippedRecords: 0,
  })
}

const rowsOf = (summary: Summary, dimensions: Dimension[]): [GroupKey[], number, number, (string | null)[]][] => {
  const grouping = summary.groupings.find(each => each.dimensions.join() === dimensions.join())
  if (grouping === undefined) throw new Error(`no grouping by ${dimensions.join()}`)
  return grouping.rows.map(row => [row.keys, row.records, row.projects, texts(row.measures)])
}

/** Each measure summed over a grouping's rows (null when no row reported it). */
function sumOfRows(summary: Summary, dimensions: Dimension[]): (string | null)[] {
  const grouping = summary.groupings.find(each => each.dimensions.join() === dimensions.join())
  return [0, 1, 2].map(measure => {
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
    expect(summary.totals).toMatchObject({
      records: 3,
      projects: 3,
      partners: 3,
      firstYear: 2019,
      lastYear: 2020,
      multiPartnerRecords: 2,
    })
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
    expect(summary.groupings.map(grouping => grouping.dimensions)).toEqual([['partner'], ['year']])
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
    expect(onlyB.totals).toMatchObject({
      records: 2,
      projects: 2,
      partners: 1,
      firstYear: 2019,
      lastYear: 2020,
      multiPartnerRecords: 0,
    })
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
    expect(none.totals).toMatchObject({
      records: 0,
      projects: 0,
      partners: 0,
      firstYear: null,
      lastYear: null,
      measures: [null, null, null],
    })
    expect(none.groupings.map(grouping => grouping.rows)).toEqual([[], []])
    expect(
      new Aggregator({
        attribution: 'split',
        groupings: [],
        filters: { ...NO_FILTERS, partners: ['Nobody'] },
      }).filter.unmatched(),
    ).toEqual([{ option: '--partner', value: 'Nobody' }])
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
  const recordsArbitrary = fc.array(recordArbitrary, { maxLength: 25 }).map(drafts =>
    drafts.map((draft, position) => ({
      ...record(draft.project, draft.year, draft.partners, [null, null, null], { line: position + 2 }),
      measures: [
        draft.measures[0] === null
          ? null
          : {
              ...draft.measures[0],
              units: draft.measures[0].units < 0n ? -draft.measures[0].units : draft.measures[0].units,
            },
        draft.measures[1],
        draft.measures[2],
      ] as MeasureValues,
    })),
  )

  it('makes partner rows and year,partner rows add up exactly to the totals under split', () => {
    fc.assert(
      fc.property(recordsArbitrary, records => {
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
      fc.property(
        recordsArbitrary.chain(records =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
        ),
        ([records, shuffled]) => {
          const options = { groupings: [['partner'], ['year', 'category']] as Dimension[][] }
          expect(aggregate(options, shuffled).totals).toEqual(aggregate(options, records).totals)
          expect(aggregate(options, shuffled).groupings).toEqual(aggregate(options, records).groupings)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('makes the partner-filtered totals of all partners add up to the unfiltered totals under split', () => {
    fc.assert(
      fc.property(recordsArbitrary, records => {
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
        expect(sums.map((sum, measure) => (reported[measure] ? amountToPlainString(sum.value()) : null))).toEqual(
          expected,
        )
      }),
      { numRuns: 100 },
    )
  })
})

describe('Aggregator, basis', () => {
  // Hand-checked: realised P1 (2019) and P2 (2020); P3 (2020) estimated; P4 (2020) potential.
  //   jobs     realised 1 + 0.5 = 1.5, estimated –, potential 2
  //   savings  realised 100,       estimated -0.01, potential 50
  const records = [
    ...RECORDS.slice(0, 2),
    { ...(RECORDS[2] as ImpactRecord), basis: 'estimated' as const },
    record('P4', 2020, ['A'], ['2', '50', null], { line: 5, basis: 'potential' }),
  ]

  it('splits each total by basis, the parts adding up to the total', () => {
    const summary = aggregate({}, records)
    expect(summary.totals.bases).toEqual(['realised', 'estimated', 'potential'])
    expect(summary.totals.byBasis.map(texts)).toEqual([
      ['1.5', '100', '3.5'],
      [null, '-0.01', null],
      ['2', '50', null],
    ])
    expect(texts(summary.totals.measures)).toEqual(['3.5', '149.99', '3.5'])
  })

  it('says, per group and measure, which bases a figure rests on', () => {
    const byYear = aggregate({ groupings: [['year']] }, records).groupings[0]?.rows ?? []
    expect(byYear.map(row => row.bases)).toEqual([
      [['realised'], ['realised'], ['realised']],
      [['realised', 'potential'], ['estimated', 'potential'], ['realised']],
    ])
  })

  it('keeps only the bases asked for with --basis', () => {
    const onlyRealised = aggregate({ filters: { ...NO_FILTERS, bases: ['realised'] } }, records)
    expect(onlyRealised.totals).toMatchObject({ records: 2, bases: ['realised'] })
    expect(texts(onlyRealised.totals.measures)).toEqual(['1.5', '100', '3.5'])
    const projections = aggregate({ filters: { ...NO_FILTERS, bases: ['estimated', 'potential'] } }, records)
    expect(texts(projections.totals.measures)).toEqual(['2', '49.99', null])
  })

  it('groups by basis, realised first', () => {
    expect(rowsOf(aggregate({ groupings: [['basis']] }, records), ['basis'])).toEqual([
      [['realised'], 2, 2, ['1.5', '100', '3.5']],
      [['estimated'], 1, 1, [null, '-0.01', null]],
      [['potential'], 1, 1, ['2', '50', null]],
    ])
  })
})

describe('Aggregator, coverage per group', () => {
  it('counts the records and projects that reported each measure in each row', () => {
    const byYear = aggregate({ groupings: [['year']] }).groupings[0]?.rows ?? []
    expect(byYear.map(row => row.coverage)).toEqual([
      [
        { records: 1, projects: 1 },
        { records: 1, projects: 1 },
        { records: 1, projects: 1 },
      ],
      [
        { records: 1, projects: 1 },
        { records: 1, projects: 1 },
        { records: 1, projects: 1 },
      ],
    ])
  })
})

describe('Aggregator, running totals', () => {
  it('adds them to the by-year grouping only', () => {
    const summary = aggregate({ groupings: [['year'], ['year', 'partner'], ['partner']] })
    expect(summary.groupings.map(grouping => grouping.rows.every(row => row.toDate !== undefined))).toEqual([
      true,
      false,
      false,
    ])
    const toDate = summary.groupings[0]?.rows.map(row => row.toDate)
    expect(
      toDate?.map(row =>
        [row?.jobs, row?.savingsNok, row?.co2eInForce, row?.co2eAvoidedUpperToDate].map(value => text(value ?? null)),
      ),
    ).toEqual([
      ['1', '100', '1', '1'],
      ['1.5', '99.99', '3.5', '4.5'],
    ])
  })
})

describe('Aggregator, sum over partners (reconciliation)', () => {
  it('equals the totals under split and counts shared records once per partner under full', () => {
    expect(texts(aggregate({}).totals.sumOverPartners)).toEqual(texts(aggregate({}).totals.measures))
    const full = aggregate({ attribution: 'full' })
    // P1 (3 partners) counts 3 times, P3 (2 partners) twice: jobs 1×3 + 0.5 = 3.5; savings 100×3 − 0.01×2 = 299.98; CO2e 1×3 + 2.5 = 5.5
    expect(texts(full.totals.sumOverPartners)).toEqual(['3.5', '299.98', '5.5'])
    expect(texts(full.totals.sumOverPartners)).toEqual(sumOfRows(full, ['partner']))
  })
})

describe('Aggregator, constant kroner (--real)', () => {
  const index = {
    source: 'kpi.csv',
    builtIn: false,
    referenceYear: null,
    levels: new Map([
      [2016, amount('103.6') as Amount],
      [2019, amount('110.8') as Amount],
      [2020, amount('112.2') as Amount],
    ]),
  }
  const prices = { year: 2020, index }
  // The worked example of constant-kroner.ts, as records: 2016 savings 600 000 + 400 000 (A, B), 2019 500 000 (A, B shared).
  const records = [
    record('P1', 2016, ['A'], ['1', '600000', null]),
    record('P2', 2016, ['B'], [null, '400000', null], { line: 3 }),
    record('P3', 2019, ['A', 'B'], [null, '500000', null], { line: 4 }),
  ]

  it('deflates each year with its own index and rounds the total to øre once', () => {
    const summary = aggregate({ prices }, records)
    expect(texts(summary.totals.measures)).toEqual(['1', '1589329.27', null])
    expect(rowsOf(summary, ['year'])).toEqual([
      [[2016], 2, 2, ['1', '1083011.58', null]],
      [[2019], 1, 1, [null, '506317.69', null]],
    ])
    expect(summary.prices).toBe(prices)
  })

  it('keeps partner rows adding up exactly to the rounded total', () => {
    const summary = aggregate({ prices }, records)
    // Checked with bc (scale 12): A gets 600 000 (2016) + 250 000 (2019), B 400 000 (2016) + 250 000 (2019):
    //   A = 600 000 × 112.2/103.6 + 250 000 × 112.2/110.8 = 902 965.7945…  → floor 902 965.79 (remainder 0.46 øre)
    //   B = 400 000 × 112.2/103.6 + 250 000 × 112.2/110.8 = 686 363.4779…  → floor 686 363.47 (remainder 0.80 øre)
    // The floors add up to 1 589 329.26, one øre short of the total 1 589 329.27: it goes to B.
    expect(rowsOf(summary, ['partner']).map(row => row[3][1])).toEqual(['902965.79', '686363.48'])
    expect(sumOfRows(summary, ['partner'])).toEqual(texts(summary.totals.measures))
  })

  it('running savings to date add up the rounded year rows', () => {
    const summary = aggregate({ prices, groupings: [['year']] }, records)
    expect(summary.groupings[0]?.rows.map(row => text(row.toDate?.savingsNok ?? null))).toEqual([
      '1083011.58',
      '1589329.27',
    ])
  })

  it('names the years the index lacks, with the first record of each, instead of guessing', () => {
    const aggregator = new Aggregator({ attribution: 'split', groupings: [], filters: NO_FILTERS, prices })
    aggregator.add(record('P1', 2015, ['A'], [null, '1', null], { line: 7 }))
    aggregator.add(record('P2', 2015, ['A'], [null, '2', null], { line: 8 }))
    aggregator.add(record('P3', 2014, ['A'], ['1', null, null], { line: 9 })) // no savings: nothing to convert
    aggregator.add(record('P4', 2016, ['A'], [null, '3', null], { line: 10 }))
    expect(aggregator.missingPriceYears()).toEqual([{ year: 2015, first: { file: 'a.csv', line: 7 } }])
  })
})
