import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { Co2eOverTimeAccumulator, REALISED } from '../../src/aggregate/co2e-over-time.js'
import { runningTotals } from '../../src/aggregate/running-totals.js'
import type { Co2eOverTime, MeasureValues, RunningTotals } from '../../src/model.js'

const values = (...texts: (string | null)[]): MeasureValues =>
  texts.map(text => (text === null ? null : amountFromPlainString(text))) as MeasureValues
const text = (value: Amount | null): string | null => (value === null ? null : amountToPlainString(value))
const shown = (totals: RunningTotals[]): (string | null)[][] =>
  totals.map(row => [
    text(row.jobs),
    text(row.savingsNok),
    text(row.co2eInForce),
    text(row.co2eAvoidedLowerToDate),
    text(row.co2eAvoidedUpperToDate),
  ])

/** The CO2e series of realised cuts (one project each, reporting through `last`). */
function cuts(first: number, last: number, ...rates: [number, string][]): Co2eOverTime {
  const accumulator = new Co2eOverTimeAccumulator({ persist: false })
  rates.forEach(([year, rate], project) => {
    accumulator.seen(project, last)
    accumulator.add(project, year, REALISED, amountFromPlainString(rate), null)
  })
  return accumulator.result(first, last)
}

describe('runningTotals', () => {
  it('adds up jobs and savings over the rows, and takes CO2e from the series, gap years included', () => {
    // Checked by hand: jobs 1.5 + 2, savings 100 − 40; cuts 10 (2012) and 5 (2014), both reported through 2015:
    //   year  in force  lower to date               upper to date
    //   2012        10    5                           10
    //   2013        10   15   (no row, still counted)  20
    //   2014        15   27.5 (10 + half of 5)         35
    //   2015        15   42.5                          50
    const rows = [
      { year: 2012, measures: values('1.5', '100', '10') },
      { year: 2014, measures: values('2', '-40', '5') },
      { year: 2015, measures: values(null, null, null) },
    ]
    expect(shown(runningTotals(rows, cuts(2012, 2015, [2012, '10'], [2014, '5'])))).toEqual([
      ['1.5', '100', '10', '5', '10'],
      ['3.5', '60', '15', '27.5', '35'],
      ['3.5', '60', '15', '42.5', '50'],
    ])
  })

  it('stays null until something is reported ("–", never 0)', () => {
    const rows = [
      { year: 2010, measures: values('1', null, null) },
      { year: 2011, measures: values(null, '5', null) },
      { year: 2013, measures: values(null, null, '2') },
    ]
    expect(shown(runningTotals(rows, cuts(2010, 2013, [2013, '2'])))).toEqual([
      ['1', null, null, null, null],
      ['1', '5', null, null, null],
      ['1', '5', '2', '1', '2'],
    ])
  })

  it('has nothing for no rows, and refuses rows out of order', () => {
    const none = cuts(2012, 2014)
    expect(runningTotals([], none)).toEqual([])
    expect(() =>
      runningTotals(
        [
          { year: 2014, measures: values('1', null, null) },
          { year: 2012, measures: values('1', null, null) },
        ],
        none,
      ),
    ).toThrow()
  })
})
