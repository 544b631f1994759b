import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { MeasureAccumulator } from '../../src/aggregate/accumulator.js'
import { MeasureAmounts } from '../../src/record-view.js'

function add(accumulator: MeasureAccumulator, values: (Amount | null)[]): void {
  const amounts = new MeasureAmounts()
  values.forEach((value, measure) => {
    if (value !== null) amounts.setAmount(measure, value)
  })
  accumulator.addAmounts(amounts, 2019, 0)
}
const amount = (text: string | null): Amount | null => (text === null ? null : amountFromPlainString(text))
const shown = (accumulator: MeasureAccumulator): (string | null)[] =>
  accumulator.values().map((value) => (value === null ? null : amountToPlainString(value)))

function accumulate(rows: (string | null)[][]): MeasureAccumulator {
  const accumulator = new MeasureAccumulator()
  for (const row of rows) add(accumulator, row.map(amount))
  return accumulator
}

describe('MeasureAccumulator', () => {
  it('is null for every measure when nothing was added', () => {
    expect(new MeasureAccumulator().values()).toEqual([null, null, null])
  })

  it.each([
    [[[null, null, null]], [null, null, null]],
    [[['1', null, null]], ['1', null, null]],
    [[['0', null, '0.000']], ['0', null, '0']], // a reported zero is not "not reported"
    [[['0.1', '100', null], ['0.2', null, null]], ['0.3', '100', null]],
    [[['1.5', '-0.01', '2.125'], [null, '0.01', '-2.125'], ['0.25', null, null]], ['1.75', '0', '0']],
    [[[null, '999999999999999.99', null], [null, '0.01', null]], [null, '1000000000000000', null]],
    [[['0.001', null, null], ['1', null, null], ['0.10', null, null]], ['1.101', null, null]],
  ])('%j → %j', (rows, expected) => expect(shown(accumulate(rows))).toEqual(expected))

  it('returns normalised values (trailing zeros dropped)', () => {
    expect(accumulate([['1.50', '2.000', null]]).values()).toEqual([{ units: 15n, scale: 1 }, { units: 2n, scale: 0 }, null])
  })

  it('accepts shorter arrays, treating missing measures as not reported', () => {
    const accumulator = new MeasureAccumulator()
    add(accumulator, [amount('3')])
    expect(shown(accumulator)).toEqual(['3', null, null])
  })
})
