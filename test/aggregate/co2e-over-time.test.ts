// The CO2e cut in force and the range of tonnes avoided (src/aggregate/co2e-over-time.ts), as tables
// checked by hand. Projects are numbers here; `seen` says how long each kept reporting.
import { describe, expect, it } from 'vitest'
import { amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import {
  boundsFed,
  Co2eOverTimeAccumulator,
  ESTIMATED,
  POTENTIAL,
  REALISED,
} from '../../src/aggregate/co2e-over-time.js'

interface Cut {
  project: number
  year: number
  basis: number
  rate: string
  end?: number
}

/** Per year: in force, lower and upper that year, lower and upper to date; and the totals. */
function series(first: number, last: number, lastReported: Record<number, number>, cuts: Cut[], persist = false) {
  const accumulator = new Co2eOverTimeAccumulator({ persist })
  for (const [project, year] of Object.entries(lastReported)) accumulator.seen(Number(project), year)
  for (const cut of cuts) {
    accumulator.seen(cut.project, cut.year)
    accumulator.add(cut.project, cut.year, cut.basis, amountFromPlainString(cut.rate), cut.end ?? null)
  }
  const result = accumulator.result(first, last)
  const shown = (value: { units: bigint; scale: number } | null) => (value === null ? null : amountToPlainString(value))
  return {
    years: result.years.map(year =>
      [year.year, year.inForce, year.avoidedLower, year.avoidedUpper, year.avoidedLowerToDate, year.avoidedUpperToDate]
        .map(value => (typeof value === 'number' ? String(value) : shown(value)))
        .join(' '),
    ),
    inForce: shown(result.inForce),
    lower: shown(result.lower.tonnes),
    upper: shown(result.upper.tonnes),
    lowerAssumptions: result.lower.assumptions,
  }
}

describe('Co2eOverTimeAccumulator', () => {
  it("the issue's case: 100 t/yr realised from 2015, last record 2017, period to 2019 → 250 to 500 t", () => {
    //   year  in force  lower  upper  lower to date  upper to date
    //   2015       100     50    100             50            100   (half a year in the year it takes effect)
    //   2016       100    100    100            150            200
    //   2017       100    100    100            250            300   (the project's last reported year)
    //   2018       100      0    100            250            400
    //   2019       100      0    100            250            500
    const result = series(2015, 2019, { 0: 2017 }, [{ project: 0, year: 2015, basis: REALISED, rate: '100' }])
    expect(result.years).toEqual([
      '2015 100 50 100 50 100',
      '2016 100 100 100 150 200',
      '2017 100 100 100 250 300',
      '2018 100 0 100 250 400',
      '2019 100 0 100 250 500',
    ])
    expect([result.lower, result.upper, result.inForce]).toEqual(['250', '500', '100'])
    expect(result.lowerAssumptions).toContain('in-force-through-last-reported-year')
  })

  it('a potential cut adds nothing to either bound nor to the cut in force', () => {
    const without = series(2015, 2019, { 0: 2017 }, [{ project: 0, year: 2015, basis: REALISED, rate: '100' }])
    const withPotential = series(2015, 2019, { 0: 2017, 1: 2019 }, [
      { project: 0, year: 2015, basis: REALISED, rate: '100' },
      { project: 1, year: 2016, basis: POTENTIAL, rate: '70' },
    ])
    expect(withPotential).toEqual(without)
  })

  it('only potential cuts: reported, so the figures are 0, not missing', () => {
    const result = series(2018, 2019, {}, [{ project: 0, year: 2018, basis: POTENTIAL, rate: '70' }])
    expect([result.lower, result.upper, result.inForce]).toEqual(['0', '0', '0'])
  })

  it('an estimated cut counts in the upper bound and in force, never in the lower', () => {
    //   30 t/yr estimated from 2017, period 2016–2019: upper 30 × 3 = 90; lower 0
    const result = series(2016, 2019, { 0: 2019 }, [{ project: 0, year: 2017, basis: ESTIMATED, rate: '30' }])
    expect(result.years).toEqual(['2017 30 0 30 0 30', '2018 30 0 30 0 60', '2019 30 0 30 0 90'])
  })

  it('--persist keeps realised cuts in force through the period in the lower bound', () => {
    //   100 from 2015, last record 2017, to 2019: 50 + 100 × 4 = 450
    const result = series(2015, 2019, { 0: 2017 }, [{ project: 0, year: 2015, basis: REALISED, rate: '100' }], true)
    expect([result.lower, result.upper]).toEqual(['450', '500'])
    expect(result.lowerAssumptions).toContain('in-force-through-period-end')
  })

  it('co2e_end_year ends a cut in both bounds and in force', () => {
    //   100 from 2015 ending 2016; the project reports through 2019
    //   lower: 50 + 100 = 150; upper: 100 + 100 = 200; in force 0 from 2017
    const result = series(2015, 2019, { 0: 2019 }, [
      { project: 0, year: 2015, basis: REALISED, rate: '100', end: 2016 },
    ])
    expect(result.years).toEqual([
      '2015 100 50 100 50 100',
      '2016 100 100 100 150 200',
      '2017 0 0 0 150 200',
      '2018 0 0 0 150 200',
      '2019 0 0 0 150 200',
    ])
  })

  it('several cuts of one project end together after its last reported year', () => {
    //   10 (2012) and 20 (2014), last record 2014, to 2016:
    //   lower: 2012 5, 2013 10, 2014 10 + 10 = 20, then 0 → 35; upper: 10 + 10 + 30 + 30 + 30 = 110
    const result = series(2012, 2016, { 0: 2014 }, [
      { project: 0, year: 2012, basis: REALISED, rate: '10' },
      { project: 0, year: 2014, basis: REALISED, rate: '20' },
    ])
    expect([result.lower, result.upper, result.inForce]).toEqual(['35', '110', '30'])
  })

  it('an increase (a negative cut) counts in full in both bounds, so the lower stays below the upper', () => {
    //   realised 10 from 2018 (reported through 2018) and an estimated increase of −4 from 2019, to 2020:
    //   upper: 10 + 6 + 6 = 22; lower: 5 + (0 − 4) + (0 − 4) = −3
    const result = series(2018, 2020, { 0: 2018, 1: 2020 }, [
      { project: 0, year: 2018, basis: REALISED, rate: '10' },
      { project: 1, year: 2019, basis: ESTIMATED, rate: '-4' },
    ])
    expect([result.lower, result.upper, result.inForce]).toEqual(['-3', '22', '6'])
  })

  it('starts at the first year a cut is reported; nothing reported gives null', () => {
    expect(series(2010, 2013, {}, [{ project: 0, year: 2012, basis: REALISED, rate: '2' }]).years).toEqual([
      '2012 2 1 2 1 2',
      '2013 2 0 2 1 4',
    ])
    const none = series(2010, 2013, { 0: 2013 }, [])
    expect([none.years, none.lower, none.upper, none.inForce]).toEqual([[], null, null, null])
  })

  it('says which bounds a record feeds', () => {
    const rate = (text: string) => amountFromPlainString(text)
    expect(boundsFed(REALISED, rate('5'))).toBe('both')
    expect(boundsFed(ESTIMATED, rate('5'))).toBe('upper')
    expect(boundsFed(ESTIMATED, rate('-5'))).toBe('both')
    expect(boundsFed(POTENTIAL, rate('5'))).toBe('neither')
    expect(boundsFed(REALISED, rate('0'))).toBe('neither')
  })
})
