import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Amount,
  addAmounts,
  amountFromPlainString,
  amountToPlainString,
  normalizeAmount,
} from '../../src/amount.js'
import { SumTable } from '../../src/aggregate/sum-table.js'
import type { Measure } from '../../src/model.js'
import { MeasureAmounts } from '../../src/record/view.js'

function amountsOf(values: readonly (Amount | null)[]): MeasureAmounts {
  const amounts = new MeasureAmounts()
  values.forEach((value, measure) => {
    if (value !== null) amounts.setAmount(measure as Measure, value)
  })
  return amounts
}
const amount = (text: string | null): Amount | null => (text === null ? null : amountFromPlainString(text))
const shown = (table: SumTable, row = 0): (string | null)[] =>
  table.values(row).map(value => (value === null ? null : amountToPlainString(value)))

function accumulate(rows: (string | null)[][]): SumTable {
  const table = new SumTable()
  table.addRow()
  for (const row of rows) table.add(0, amountsOf(row.map(amount)), 2019, 0)
  return table
}

describe('SumTable', () => {
  it('is null for every measure of a row nothing was added to', () => {
    const table = new SumTable()
    expect(table.values(table.addRow())).toEqual([null, null, null])
  })

  it.each([
    [[[null, null, null]], [null, null, null]],
    [[['1', null, null]], ['1', null, null]],
    [[['0', null, '0.000']], ['0', null, '0']], // a reported zero is not "not reported"
    [
      [
        ['0.1', '100', null],
        ['0.2', null, null],
      ],
      ['0.3', '100', null],
    ],
    [
      [
        ['1.5', '-0.01', '2.125'],
        [null, '0.01', '-2.125'],
        ['0.25', null, null],
      ],
      ['1.75', '0', '0'],
    ],
    [
      [
        [null, '999999999999999.99', null],
        [null, '0.01', null],
      ],
      [null, '1000000000000000', null],
    ],
    [
      [
        ['0.001', null, null],
        ['1', null, null],
        ['0.10', null, null],
      ],
      ['1.101', null, null],
    ],
    [
      [
        ['4503599627370495', null, null],
        ['1', null, null],
        ['0.5', null, null],
      ],
      ['4503599627370496.5', null, null],
    ], // 2^52 − 1, then past it
    [
      [
        ['0.0000000000000000000001', null, null],
        ['123456789', null, null],
      ],
      ['123456789.0000000000000000000001', null, null],
    ],
  ])('%j → %j', (rows, expected) => expect(shown(accumulate(rows))).toEqual(expected))

  it('returns normalised values (trailing zeros dropped)', () => {
    expect(accumulate([['1.50', '2.000', null]]).values(0)).toEqual([
      { units: 15n, scale: 1 },
      { units: 2n, scale: 0 },
      null,
    ])
  })

  it('counts records, projects and bases per row and measure', () => {
    const table = new SumTable()
    const [first, second] = [table.addRow(), table.addRow()]
    table.add(first, amountsOf([amount('1'), null, amount('2')]), 2019, 0)
    table.add(first, amountsOf([amount('1'), null, null]), 2019, 2)
    table.countProjects(first, 0b101)
    table.add(second, amountsOf([null, amount('5'), null]), 2020, 1)
    expect(table.coverage(first)).toEqual([
      { records: 2, projects: 1 },
      { records: 0, projects: 0 },
      { records: 1, projects: 1 },
    ])
    expect(table.bases(first)).toEqual([['realised', 'potential'], [], ['realised']])
    expect(table.bases(second)).toEqual([[], ['estimated'], []])
    expect(shown(table, second)).toEqual([null, '5', null])
  })

  it('keeps savings per year when asked to (for --real)', () => {
    const table = new SumTable({ savingsByYear: true })
    const row = table.addRow()
    table.add(row, amountsOf([null, amount('100'), null]), 2016, 0)
    table.add(row, amountsOf([null, amount('0.5'), null]), 2016, 0)
    table.add(row, amountsOf([null, amount('7'), null]), 2019, 0)
    expect([...table.savingsOfYears(row)].map(([year, sum]) => [year, amountToPlainString(sum.value())])).toEqual([
      [2016, '100.5'],
      [2019, '7'],
    ])
  })

  it('equals a plain bigint sum in every row, whatever the sizes and scales, across growth', () => {
    const value = fc.option(
      fc.record({
        units: fc.oneof(
          fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
          fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        ),
        scale: fc.integer({ min: 0, max: 25 }),
      }),
      { nil: null },
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 40 }), fc.tuple(value, value, value)), { maxLength: 200 }),
        additions => {
          const table = new SumTable()
          for (let row = 0; row <= 40; row++) table.addRow()
          const expected = Array.from({ length: 41 }, () => [null, null, null] as (Amount | null)[])
          for (const [row, values] of additions) {
            table.add(row, amountsOf(values), 2019, 0)
            values.forEach((each, measure) => {
              if (each === null) return
              const sums = expected[row] as (Amount | null)[]
              sums[measure] = sums[measure] === null ? each : addAmounts(sums[measure] as Amount, each)
            })
          }
          for (const [row, sums] of expected.entries())
            expect(table.values(row)).toEqual(sums.map(sum => (sum === null ? null : normalizeAmount(sum))))
        },
      ),
      { numRuns: 300 },
    )
  })
})
