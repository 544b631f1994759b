import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { Aggregator } from '../../src/aggregate/index.js'
import { Tracer } from '../../src/aggregate/trace.js'
import type { Attribution, Filters, ImpactRecord, MeasureName as Measure, MeasureValues } from '../../src/model.js'

const amount = (text: string | null): Amount | null => (text === null ? null : amountFromPlainString(text))
const text = (value: Amount | null): string | null => (value === null ? null : amountToPlainString(value))

function record(
  projectId: string,
  year: number,
  partners: string[],
  measures: (string | null)[],
  line: number,
): ImpactRecord {
  return {
    file: 'a.csv',
    line,
    projectId,
    year,
    partners,
    category: null,
    projectName: null,
    basis: 'realised',
    measures: measures.map(amount) as MeasureValues,
  }
}

// P1 shared by A, B, C: 100 NOK split 33.34 / 33.33 / 33.33 (the extra øre to A, first by name).
const RECORDS = [
  record('P1', 2019, ['A', 'B', 'C'], ['1', '100', null], 2),
  record('P2', 2020, ['A'], ['0.5', null, '2.5'], 3),
  record('P3', 2020, ['B', 'C'], [null, '-0.01', null], 4),
]
const NO_FILTERS: Filters = { from: null, to: null, partners: [], categories: [], bases: [] }

function trace(metric: Measure, filters: Partial<Filters> = {}, attribution: Attribution = 'split') {
  const tracer = new Tracer({ metric, attribution, filters: { ...NO_FILTERS, ...filters } })
  const rows = RECORDS.map(each => tracer.add(each)).filter(row => row !== null)
  return { rows, result: tracer.result([], { errors: 0, warnings: 0, skippedRecords: 0 }) }
}

function summarized(
  metric: Measure,
  filters: Partial<Filters> = {},
  attribution: Attribution = 'split',
): string | null {
  const aggregator = new Aggregator({ attribution, groupings: [], filters: { ...NO_FILTERS, ...filters } })
  for (const each of RECORDS) aggregator.add(each)
  return text(
    aggregator.result([], { errors: 0, warnings: 0, skippedRecords: 0 }).totals.measures[
      ['jobs', 'savings_nok', 'co2e_tonnes'].indexOf(metric)
    ] ?? null,
  )
}

describe('Tracer', () => {
  it('lists the records that reported the metric, with their full amount, and sums them', () => {
    const { rows, result } = trace('savings_nok')
    expect(rows.map(row => [row.line, text(row.amount), text(row.attributed), row.credited])).toEqual([
      [2, '100', '100', ['A', 'B', 'C']],
      [4, '-0.01', '-0.01', ['B', 'C']],
    ])
    expect(result).toMatchObject({ metric: 'savings_nok', records: 3, traced: 2 })
    expect(text(result.sum)).toBe('99.99')
  })

  it("under a partner filter, counts the partner's split share", () => {
    const { rows, result } = trace('savings_nok', { partners: ['a'] })
    expect(rows.map(row => [row.line, text(row.amount), text(row.attributed), row.credited])).toEqual([
      [2, '100', '33.34', ['A']],
    ])
    expect(text(result.sum)).toBe('33.34')
  })

  it('under full attribution, counts the whole record for the partner', () => {
    const { result } = trace('savings_nok', { partners: ['C'] }, 'full')
    expect(text(result.sum)).toBe('99.99')
  })

  it('reports a metric nobody reported as null, not 0', () => {
    const { rows, result } = trace('co2e_tonnes', { from: 2019, to: 2019 })
    expect(rows).toEqual([])
    expect(result).toMatchObject({ records: 1, traced: 0, sum: null })
  })

  it.each([
    ['jobs', {}, 'split'],
    ['savings_nok', { partners: ['B'] }, 'split'],
    ['savings_nok', { partners: ['B', 'C'] }, 'split'],
    ['savings_nok', { partners: ['C'] }, 'split'],
    ['savings_nok', { partners: ['C'] }, 'full'],
    ['co2e_tonnes', { from: 2020, to: 2020 }, 'split'],
    ['jobs', { bases: ['estimated'] }, 'split'],
  ] as [Measure, Partial<Filters>, Attribution][])(
    'sums %s with %j (%s) to the figure the Aggregator computes',
    (metric, filters, attribution) => {
      expect(text(trace(metric, filters, attribution).result.sum)).toBe(summarized(metric, filters, attribution))
    },
  )
})
