// --jobs held (src/aggregate/jobs-held.ts): the figures of a stock, table-tested.
import { describe, expect, it } from 'vitest'
import { amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { ESTIMATED, REALISED } from '../../src/aggregate/co2e-over-time.js'
import { JobsHeldAccumulator } from '../../src/aggregate/jobs-held.js'

type Row = [project: number, year: number, basis: number, jobs: string | null]

function held(rows: Row[]): string[] {
  const accumulator = new JobsHeldAccumulator()
  let sum = 0
  let realised = 0
  for (const [project, year, basis, jobs] of rows) {
    accumulator.add(project, year, basis, jobs === null ? null : amountFromPlainString(jobs))
    sum += jobs === null ? 0 : Number(jobs)
    if (basis === REALISED) realised += jobs === null ? 0 : Number(jobs)
  }
  const result = accumulator.result(amountFromPlainString(String(sum)), amountFromPlainString(String(realised)))
  const text = (value: { units: bigint; scale: number } | null) => (value === null ? '–' : amountToPlainString(value))
  return [
    `last ${text(result.last)}`,
    `last realised ${text(result.lastRealised)}`,
    `peak ${result.peak === null ? '–' : `${text(result.peak.jobs)} in ${result.peak.year}`}`,
    `person-years ${text(result.personYears)}`,
  ]
}

describe('JobsHeldAccumulator', () => {
  it('one project reporting 4, 7, 7, 6, 7, 4: last 4, peak 7 (its first year), 35 person-years', () => {
    const rows: Row[] = [4, 7, 7, 6, 7, 4].map((jobs, index) => [0, 2014 + index, REALISED, String(jobs)])
    expect(held(rows)).toEqual(['last 4', 'last realised 4', 'peak 7 in 2015', 'person-years 35'])
  })

  it('the same rows in any order give the same figures', () => {
    const rows: Row[] = [4, 7, 7, 6, 7, 4].map((jobs, index) => [0, 2014 + index, REALISED, String(jobs)])
    expect(held([...rows].reverse())).toEqual(held(rows))
  })

  it('projects add up: each its latest year; the peak is the highest year summed over projects', () => {
    //   project 0: 2015 3, 2016 5; project 1: 2015 4, 2017 2 (a gap in 2016)
    //   last: 5 + 2 = 7; years: 2015 7, 2016 5, 2017 2 → peak 7 in 2015; person-years 14
    expect(
      held([
        [0, 2015, REALISED, '3'],
        [0, 2016, REALISED, '5'],
        [1, 2015, REALISED, '4'],
        [1, 2017, REALISED, '2'],
      ]),
    ).toEqual(['last 7', 'last realised 7', 'peak 7 in 2015', 'person-years 14'])
  })

  it('held jobs with gaps: the latest year that reported jobs counts, not a later empty one', () => {
    expect(
      held([
        [0, 2015, REALISED, '4'],
        [0, 2017, REALISED, '7'],
        [0, 2018, REALISED, null],
      ]),
    ).toEqual(['last 7', 'last realised 7', 'peak 7 in 2017', 'person-years 11'])
  })

  it('two records of one project and year (two partner sets) add up; realised only leaves estimates out', () => {
    expect(
      held([
        [0, 2019, REALISED, '2'],
        [0, 2019, ESTIMATED, '1.5'],
      ]),
    ).toEqual(['last 3.5', 'last realised 2', 'peak 3.5 in 2019', 'person-years 3.5'])
  })
})
