import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { runningTotals } from '../../src/aggregate/running-totals.js'
import type { MeasureValues, RunningTotals } from '../../src/model.js'

const values = (...texts: (string | null)[]): MeasureValues =>
  texts.map(text => (text === null ? null : amountFromPlainString(text))) as MeasureValues
const text = (value: Amount | null): string | null => (value === null ? null : amountToPlainString(value))
const shown = (totals: RunningTotals[]): (string | null)[][] =>
  totals.map(row => [text(row.jobs), text(row.savingsNok), text(row.co2eInForce), text(row.co2eAvoided)])

describe('runningTotals', () => {
  it('adds up jobs and savings, and counts each CO2e cut from the year it took effect, gap years included', () => {
    // Checked by hand (the worked example at the top of running-totals.ts, plus jobs and savings):
    //   year  jobs  savings  cut   jobs to date  savings to date  in force  avoided to date
    //   2012   1.5      100   10            1.5              100        10   10
    //   2013    (no row: the 10 t/yr cut still avoids 10 t)               10   20
    //   2014     2      -40    5            3.5               60        15   35
    //   2015     –        –    –            3.5               60        15   50
    const rows = [
      { year: 2012, measures: values('1.5', '100', '10') },
      { year: 2014, measures: values('2', '-40', '5') },
      { year: 2015, measures: values(null, null, null) },
    ]
    expect(shown(runningTotals(rows))).toEqual([
      ['1.5', '100', '10', '10'],
      ['3.5', '60', '15', '35'],
      ['3.5', '60', '15', '50'],
    ])
  })

  it('matches Σ rate × (Y − year + 1) over the cuts in force', () => {
    // Cuts 65.4 (2012), 499.6 (2013), 518.2 (2015); through 2016:
    //   65.4 × 5 + 499.6 × 4 + 518.2 × 2 = 327 + 1998.4 + 1036.4 = 3361.8
    const rows = [
      { year: 2012, measures: values(null, null, '65.4') },
      { year: 2013, measures: values(null, null, '499.6') },
      { year: 2015, measures: values(null, null, '518.2') },
      { year: 2016, measures: values('1', null, null) },
    ]
    const result = runningTotals(rows)
    expect(text(result[3]?.co2eAvoided ?? null)).toBe('3361.8')
    expect(text(result[3]?.co2eInForce ?? null)).toBe('1083.2')
  })

  it('stays null until something is reported ("–", never 0)', () => {
    const rows = [
      { year: 2010, measures: values('1', null, null) },
      { year: 2011, measures: values(null, '5', null) },
      { year: 2013, measures: values(null, null, '2') },
    ]
    expect(shown(runningTotals(rows))).toEqual([
      ['1', null, null, null],
      ['1', '5', null, null],
      ['1', '5', '2', '2'],
    ])
  })

  it('lets a negative cut (an increase) lower the cut in force', () => {
    const rows = [
      { year: 2018, measures: values(null, null, '10') },
      { year: 2019, measures: values(null, null, '-4') },
    ]
    expect(shown(runningTotals(rows))).toEqual([
      [null, null, '10', '10'],
      [null, null, '6', '16'],
    ])
  })

  it('has nothing for no rows, and refuses rows out of order', () => {
    expect(runningTotals([])).toEqual([])
    expect(() =>
      runningTotals([
        { year: 2014, measures: values('1', null, null) },
        { year: 2012, measures: values('1', null, null) },
      ]),
    ).toThrow()
  })
})
