// The discount factors of R-109/21 and a flat rate, and the appraisal's streams, on figures checked by hand.
import { describe, expect, it } from 'vitest'
import { amountFromPlainString } from '../../src/amount.js'
import { baseYearFactor, growth, HorizonTooEarly, MissingValueInput, appraiseValue } from '../../src/aggregate/value.js'
import type { Co2eOverTime, Ratio, ValueSettings } from '../../src/model.js'

const text = (ratio: Ratio): string => `${ratio.numerator}/${ratio.denominator}`
const amount = amountFromPlainString
const zero = { units: 0n, scale: 0 }

describe('discount factors', () => {
  it('a flat 4 %: 1.04^2 before the base year, 1/1.04 after', () => {
    const flat = { kind: 'flat' as const, percent: amount('4') }
    expect(text(baseYearFactor(2019, 2021, flat))).toBe('676/625') // 1.0816
    expect(text(baseYearFactor(2021, 2021, flat))).toBe('1/1')
    expect(text(baseYearFactor(2022, 2021, flat))).toBe('25/26') // 1/1.04
  })
  it('R-109/21: 4 % for years 1–40, 3 % for 41–75, 2 % after', () => {
    const r109 = { kind: 'r-109' as const }
    const expected = (n: number): bigint[] => {
      let numerator = 1n
      let denominator = 1n
      for (let k = 1; k <= n; k++) {
        numerator *= k <= 40 ? 104n : k <= 75 ? 103n : 102n
        denominator *= 100n
      }
      return [numerator, denominator]
    }
    for (const n of [1, 40, 41, 75, 76, 100]) {
      const [numerator, denominator] = expected(n)
      const ratio = growth(n, r109)
      expect(ratio.numerator * (denominator as bigint)).toBe((numerator as bigint) * ratio.denominator)
    }
  })
  it('a fractional flat rate (3.5 %)', () =>
    expect(text(growth(1, { kind: 'flat', percent: amount('3.5') }))).toBe('207/200'))
})

describe('appraiseValue', () => {
  const year = (y: number, inForce: string, ets = '0') => ({
    year: y,
    inForce: amount(inForce),
    inForceEts: amount(ets),
    avoidedLower: zero,
    avoidedUpper: zero,
    avoidedLowerToDate: zero,
    avoidedUpperToDate: zero,
  })
  const co2e = (years: Co2eOverTime['years']): Co2eOverTime => ({
    years,
    inForce: years[years.length - 1]?.inForce ?? null,
    lower: { tonnes: null, assumptions: [] },
    upper: { tonnes: null, assumptions: [] },
    persist: false,
  })
  const settings = (prices: [string, number, string, number][], extra: Partial<ValueSettings> = {}): ValueSettings => ({
    path: {
      source: 'p.csv',
      builtIn: false,
      sha256: 'x',
      prices: new Map(
        prices.map(([emissionClass, y, price, level]) => [
          `${emissionClass}:${y}`,
          {
            year: y,
            emissionClass: emissionClass as 'non_ets',
            nokPerTonne: amount(price),
            priceLevel: level,
            line: 2,
          },
        ]),
      ),
      priceLevel: 2020,
    },
    priceLevel: 2020,
    index: {
      source: 'kpi',
      builtIn: true,
      levels: new Map([
        [2020, amount('112.2')],
        [2021, amount('116.1')],
      ]),
      referenceYear: null,
    },
    baseYear: null,
    discount: { kind: 'flat', percent: amount('4') },
    horizon: null,
    costs: null,
    beforePath: 'error',
    ...extra,
  })

  it('a price in another year’s kroner is converted with the KPI: 600 (2021) × 112.2/116.1', () => {
    const value = appraiseValue(
      { co2e: co2e([year(2021, '10')]), savingsByYear: new Map(), firstYear: 2021, lastYear: 2021 },
      settings([['non_ets', 2021, '600', 2021]]),
    )
    // 10 t × 600 × 112.2 / 116.1 = 6 732 000 / 1 161 = 748 000 / 129 (both divided by 9)
    expect(text(value.years[0]?.carbonValue as Ratio)).toBe('748000/129')
  })
  it('a year with cuts in force and no price names the years and the class', () => {
    const run = () =>
      appraiseValue(
        {
          co2e: co2e([year(2020, '5', '5'), year(2021, '5', '5')]),
          savingsByYear: new Map(),
          firstYear: 2020,
          lastYear: 2021,
        },
        settings([['non_ets', 2020, '1', 2020]]),
      )
    expect(run).toThrowError(MissingValueInput)
    try {
      run()
    } catch (error) {
      expect([(error as MissingValueInput).emissionClass, (error as MissingValueInput).years]).toEqual([
        'ets',
        [2020, 2021],
      ])
    }
  })
  it('--before-path hold: years before the path take its first price, held in real terms', () => {
    const inputs = {
      co2e: co2e([year(2019, '10'), year(2020, '10'), year(2021, '10')]),
      savingsByYear: new Map(),
      firstYear: 2019,
      lastYear: 2021,
    }
    const path: [string, number, string, number][] = [
      ['non_ets', 2020, '500', 2020],
      ['non_ets', 2021, '600', 2020],
    ]
    expect(() => appraiseValue(inputs, settings(path))).toThrowError(MissingValueInput)
    const value = appraiseValue(inputs, settings(path, { beforePath: 'hold' }))
    // 2019 takes the 2020 row (500 in 2020 kroner): 10 × 500 = 5 000, not converted a second time.
    expect(value.years.map(each => [each.year, text(each.carbonValue), each.priceYearNonEts])).toEqual([
      [2019, '5000/1', 2020],
      [2020, '5000/1', 2020],
      [2021, '6000/1', 2021],
    ])
  })
  it('--before-path hold fills no gap inside the path and nothing after it', () => {
    const run = () =>
      appraiseValue(
        {
          co2e: co2e([year(2020, '1'), year(2021, '1'), year(2022, '1')]),
          savingsByYear: new Map(),
          firstYear: 2020,
          lastYear: 2022,
        },
        settings(
          [
            ['non_ets', 2020, '1', 2020],
            ['non_ets', 2022, '1', 2020],
          ],
          { beforePath: 'hold' },
        ),
      )
    expect(run).toThrowError(MissingValueInput)
    try {
      run()
    } catch (error) {
      expect((error as MissingValueInput).years).toEqual([2021])
    }
  })
  it('an index year missing for a held price and for savings: the message names only the years of its reason', () => {
    const run = () =>
      appraiseValue(
        {
          co2e: co2e([year(2019, '10'), year(2020, '10')]),
          savingsByYear: new Map([[2019, amount('100')]]),
          firstYear: 2019,
          lastYear: 2020,
        },
        // The path's first row is in 2018 kroner, which the index lacks; 2019's savings need 2019, also lacking.
        settings([['non_ets', 2020, '500', 2018]], { beforePath: 'hold' }),
      )
    expect(run).toThrowError(MissingValueInput)
    try {
      run()
    } catch (error) {
      expect([(error as MissingValueInput).purpose, (error as MissingValueInput).years]).toEqual([
        'price-level',
        [2018],
      ])
    }
  })
  it('costs after the data are a projection only under --horizon, and no later than it', () => {
    const inputs = {
      co2e: co2e([year(2020, '1')]),
      savingsByYear: new Map(),
      firstYear: 2020,
      lastYear: 2020,
    }
    const path: [string, number, string, number][] = [
      ['non_ets', 2020, '1', 2020],
      ['non_ets', 2021, '1', 2020],
      ['non_ets', 2022, '1', 2020],
    ]
    const costs = {
      source: 'c.csv',
      sha256: 'y',
      byYear: new Map([
        [2019, amount('5')],
        [2021, amount('7')],
        [2022, amount('9')],
      ]),
      lines: new Map(),
    }
    const caught = (extra: Partial<ValueSettings>): unknown => {
      try {
        appraiseValue(inputs, settings(path, { costs, ...extra }))
      } catch (error) {
        return error
      }
      return null
    }
    expect(caught({})).toMatchObject({ name: 'CostsAfterEnd', years: [2021, 2022], lastYear: 2020, horizon: null })
    expect(caught({ horizon: 2021 })).toMatchObject({ name: 'CostsAfterEnd', years: [2022], horizon: 2021 })
    // A cost before the data is a past flow: compounded, no horizon needed.
    const flat = new Map([2019, 2020, 2021, 2022].map(each => [each, amount('100')]))
    const index = { source: 'kpi', builtIn: true, levels: flat, referenceYear: null }
    const value = appraiseValue(inputs, settings(path, { costs, horizon: 2022, index }))
    expect(value.years.map(each => [each.year, each.projection])).toEqual([
      [2019, false],
      [2020, false],
      [2021, true],
      [2022, true],
    ])
  })
  it('a year without cuts in force needs no price', () => {
    const value = appraiseValue(
      {
        co2e: co2e([year(2020, '0')]),
        savingsByYear: new Map([[2020, amount('100')]]),
        firstYear: 2020,
        lastYear: 2020,
      },
      settings([]),
    )
    expect(text(value.carbonValue)).toBe('0/1')
    expect(text(value.savings)).toBe('100/1')
  })
  it('--horizon must lie after the data', () =>
    expect(() =>
      appraiseValue(
        { co2e: co2e([year(2020, '1')]), savingsByYear: new Map(), firstYear: 2020, lastYear: 2020 },
        settings([['non_ets', 2020, '1', 2020]], { horizon: 2020 }),
      ),
    ).toThrowError(HorizonTooEarly))
})
