import { lowerAssumptions, UPPER_ASSUMPTIONS } from '../../src/aggregate/co2e-over-time.js'
import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { Aggregator } from '../../src/aggregate/index.js'
import type { Attribution, Filters, ImpactRecord, Totals } from '../../src/model.js'

const amount = (text: string | null): Amount | null => (text === null ? null : amountFromPlainString(text))

function record(changes: Partial<ImpactRecord> = {}): ImpactRecord {
  return {
    file: 'a.csv',
    line: 2,
    projectId: 'P1',
    year: 2019,
    partners: ['Aker'],
    category: null,
    projectName: null,
    basis: 'realised',
    measures: [null, null, null],
    ...changes,
  }
}

const NO_FILTERS: Filters = { from: null, to: null, partners: [], categories: [], bases: [] }

/** The totals side of the Aggregator: no groupings. */
class TotalsOnly {
  private readonly aggregator: Aggregator
  constructor(attribution: Attribution = 'split', filters: Partial<Filters> = {}) {
    this.aggregator = new Aggregator({ attribution, groupings: [], filters: { ...NO_FILTERS, ...filters } })
  }
  add(each: ImpactRecord): void {
    this.aggregator.add(each)
  }
  result(): Totals {
    return this.aggregator.result([], { errors: 0, warnings: 0, skippedRecords: 0 }).totals
  }
}

function add(totals: TotalsOnly, changes: Partial<ImpactRecord>, measures: (string | null)[]): void {
  totals.add(record({ ...changes, measures: measures.map(amount) as ImpactRecord['measures'] }))
}

describe('Aggregator totals', () => {
  it('reports no records as zero counts and nulls', () => {
    expect(new TotalsOnly().result()).toEqual({
      records: 0,
      projects: 0,
      partners: 0,
      firstYear: null,
      lastYear: null,
      measures: [null, null, null],
      coverage: [
        { records: 0, projects: 0 },
        { records: 0, projects: 0 },
        { records: 0, projects: 0 },
      ],
      multiPartnerRecords: 0,
      byBasis: [
        [null, null, null],
        [null, null, null],
        [null, null, null],
      ],
      bases: [],
      sumOverPartners: [null, null, null],
      precision: [0, 0, 0],
      co2e: {
        years: [],
        inForce: null,
        lower: { tonnes: null, assumptions: lowerAssumptions(false) },
        upper: { tonnes: null, assumptions: [...UPPER_ASSUMPTIONS] },
        persist: false,
      },
      jobsHeld: null,
      members: null,
    })
  })

  it('counts records, distinct projects and partners, the year span and coverage', () => {
    const totals = new TotalsOnly()
    add(totals, { projectId: 'P1', year: 2016, partners: ['Aker', 'Bergen'] }, ['1.5', '100', null])
    add(totals, { projectId: 'P1', year: 2012, partners: ['Aker'] }, ['0.5', null, null])
    add(totals, { projectId: 'P2', year: 2019, partners: ['Ørland'] }, [null, '-0.01', '2.125'])
    add(totals, { projectId: 'P3', year: 2014, partners: ['Bergen', 'Ørland', 'Aker'] }, [null, null, '0'])
    const result = totals.result()
    expect(result).toMatchObject({
      records: 4,
      projects: 3,
      partners: 3,
      firstYear: 2012,
      lastYear: 2019,
      multiPartnerRecords: 2,
    })
    expect(result.measures.map(value => (value === null ? null : amountToPlainString(value)))).toEqual([
      '2',
      '99.99',
      '2.125',
    ])
    expect(result.coverage).toEqual([
      { records: 2, projects: 1 },
      { records: 2, projects: 2 },
      { records: 2, projects: 2 }, // a reported zero counts as reported
    ])
    // The most decimals a record wrote, per measure, even where the sum needs fewer (2.125 + 0 → 3).
    expect(result.precision).toEqual([1, 2, 3])
  })

  it('keeps a measure nobody reported null even when others are summed', () => {
    const totals = new TotalsOnly()
    add(totals, {}, ['1', null, null])
    add(totals, { year: 2020 }, ['2', null, null])
    expect(totals.result().measures).toEqual([{ units: 3n, scale: 0 }, null, null])
    expect(totals.result().coverage[1]).toEqual({ records: 0, projects: 0 })
  })

  it("counts the partners credited (--partner), not the record's partners", () => {
    const totals = new TotalsOnly('split', { partners: ['Bergen'] })
    totals.add(record({ partners: ['Aker', 'Bergen', 'Ørland'], measures: [amount('1'), null, null] }))
    expect(totals.result()).toMatchObject({ records: 1, partners: 1, multiPartnerRecords: 0 })
  })

  it('says how much of each measure rests on each basis, the parts adding up to the total', () => {
    const totals = new TotalsOnly()
    add(totals, { projectId: 'P1' }, ['1.5', '100', null])
    add(totals, { projectId: 'P2', basis: 'potential' }, ['2', null, '3.5'])
    add(totals, { projectId: 'P3', basis: 'potential' }, [null, '-0.01', '0.5'])
    add(totals, { projectId: 'P4' }, ['0.25', null, null])
    const result = totals.result()
    const shown = (values: (Amount | null)[]): (string | null)[] =>
      values.map(value => (value === null ? null : amountToPlainString(value)))
    expect(result.bases).toEqual(['realised', 'potential'])
    expect(result.byBasis.map(shown)).toEqual([
      ['1.75', '100', null],
      [null, null, null],
      ['2', '-0.01', '4'],
    ])
    expect(shown(result.measures)).toEqual(['3.75', '99.99', '4'])
  })

  it('counts shared records once per partner in the sum over partners when told to (full attribution)', () => {
    const totals = new TotalsOnly('full')
    totals.add(record({ partners: ['Aker', 'Bergen', 'Ørland'], measures: [amount('1'), amount('10.5'), null] }))
    totals.add(record({ projectId: 'P2', measures: [amount('2'), null, null] }))
    const result = totals.result()
    expect(result.measures.map(value => (value === null ? null : amountToPlainString(value)))).toEqual([
      '3',
      '10.5',
      null,
    ])
    expect(result.sumOverPartners.map(value => (value === null ? null : amountToPlainString(value)))).toEqual([
      '5',
      '31.5',
      null,
    ])
  })

  it('sets first and last year from a single record', () => {
    const totals = new TotalsOnly()
    add(totals, { year: 2017 }, ['1', null, null])
    expect(totals.result()).toMatchObject({ firstYear: 2017, lastYear: 2017 })
  })
})
