import { describe, expect, it } from 'vitest'
import { type Amount, ExactSum, amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import {
  type Fraction,
  deflate,
  deflateByYear,
  fractionOf,
  roundFraction,
  roundParts,
} from '../../src/aggregate/constant-kroner.js'
import type { ConstantPrices } from '../../src/model.js'

const amount = (text: string): Amount => amountFromPlainString(text)
const shown = (value: Amount | null): string | null => (value === null ? null : amountToPlainString(value, 2))

// KPI 2015 = 100 as shipped in data/kpi-2015-100.csv.
const KPI: ConstantPrices['index'] = {
  source: 'data/kpi-2015-100.csv',
  builtIn: true,
  referenceYear: 2015,
  levels: new Map([
    [2015, amount('100.0')],
    [2016, amount('103.6')],
    [2019, amount('110.8')],
    [2020, amount('112.2')],
  ]),
}
const IN_2020: ConstantPrices = { year: 2020, index: KPI }

describe('deflate: savings × CPI(target) / CPI(year), exact', () => {
  // Checked by hand (and with bc, scale 12):
  //   1 000 000 × 112.2 / 103.6 = 112 200 000 / 103.6 = 1 083 011.583011583011…
  //     500 000 × 112.2 / 110.8 =  56 100 000 / 110.8 =   506 317.689530685920…
  it('2016 kroner to 2020 kroner is an exact fraction', () => {
    const value = deflate(amount('1000000'), 2016, IN_2020)
    expect(value).toEqual({ numerator: 280500000n, denominator: 259n }) // 1 000 000 × 1 122 / 1 036, reduced by 4
    expect(shown(roundFraction(value))).toBe('1083011.58')
  })

  it('index levels with different numbers of decimals: 1000 × 112.25 / 103.6 = 1083.494… → 1083.49', () => {
    const mixed: ConstantPrices = {
      year: 2020,
      index: { ...KPI, levels: new Map([...KPI.levels, [2020, amount('112.25')]]) },
    }
    const value = deflate(amount('1000'), 2016, mixed)
    expect(value).toEqual({ numerator: 280625n, denominator: 259n }) // 1000 × 11225 × 10 / (100 × 1036), reduced
    expect(shown(roundFraction(value))).toBe('1083.49')
    // The other way round: 1000 × 103.6 / 112.25 = 922.939866… → 922.94
    expect(shown(roundFraction(deflate(amount('1000'), 2020, { year: 2016, index: mixed.index })))).toBe('922.94')
  })

  it('2019 kroner to 2020 kroner', () => {
    expect(shown(roundFraction(deflate(amount('500000'), 2019, IN_2020)))).toBe('506317.69')
  })

  it('the target year and the reference year leave amounts as they are', () => {
    expect(shown(roundFraction(deflate(amount('123.45'), 2020, IN_2020)))).toBe('123.45')
    expect(shown(roundFraction(deflate(amount('100'), 2015, { year: 2015, index: KPI })))).toBe('100.00')
  })

  it('deflates negative savings symmetrically', () => {
    expect(shown(roundFraction(deflate(amount('-1000000'), 2016, IN_2020)))).toBe('-1083011.58')
  })

  it('sums per-year sums before rounding: 1 589 329.2725… → 1 589 329.27', () => {
    const byYear = new Map<number, ExactSum>()
    for (const [year, value] of [
      [2016, '600000'],
      [2016, '400000'],
      [2019, '500000'],
    ] as const) {
      const sum = byYear.get(year) ?? new ExactSum()
      sum.add(amount(value))
      byYear.set(year, sum)
    }
    expect(shown(roundFraction(deflateByYear(byYear, IN_2020)))).toBe('1589329.27')
  })

  it('refuses a year the index lacks', () => {
    expect(() => deflate(amount('1'), 1999, IN_2020)).toThrow(/1999/)
  })
})

describe('roundFraction: to øre, halves away from zero', () => {
  const fraction = (text: string): Fraction => fractionOf(amount(text))
  it.each([
    ['1.004', '1.00'],
    ['1.005', '1.01'],
    ['1.0049999', '1.00'],
    ['-1.005', '-1.01'],
    ['-1.004', '-1.00'],
    ['-0.001', '0.00'],
    ['2.5', '2.50'],
  ])('%s → %s', (value, expected) => expect(shown(roundFraction(fraction(value)))).toBe(expected))

  it('rounds thirds', () => {
    expect(shown(roundFraction({ numerator: 1n, denominator: 3n }))).toBe('0.33')
    expect(shown(roundFraction({ numerator: -2n, denominator: 3n }))).toBe('-0.67')
  })
})

describe('roundParts: rounded parts add up exactly to the rounded whole', () => {
  it('gives the missing øre to the largest remainder (the worked example of constant-kroner.ts)', () => {
    const parts = [deflate(amount('1000000'), 2016, IN_2020), deflate(amount('500000'), 2019, IN_2020)]
    // Floors 1 083 011.58 + 506 317.68 = 1 589 329.26; the whole rounds to …27; 2019 has the larger remainder (0.95 øre).
    expect(roundParts(parts).map(shown)).toEqual(['1083011.58', '506317.69'])
  })

  it('three thirds of a krone: 0.34 + 0.33 + 0.33, the earlier part winning the tie', () => {
    const third: Fraction = { numerator: 1n, denominator: 3n }
    expect(roundParts([third, third, third]).map(shown)).toEqual(['0.34', '0.33', '0.33'])
  })

  it('keeps nulls (groups without savings) and parts that are exact', () => {
    expect(roundParts([null, fractionOf(amount('1.5')), null]).map(shown)).toEqual([null, '1.50', null])
  })

  it('handles negative parts: floors go toward minus infinity', () => {
    // -0.004 + -0.004 + 0.012 = 0.004 → 0.00; floors -0.01, -0.01, 0.01 = -0.01; one øre to the largest remainder (0.6 øre each for the first two).
    const parts = ['-0.004', '-0.004', '0.012'].map(text => fractionOf(amount(text)))
    const rounded = roundParts(parts)
    expect(rounded.map(shown)).toEqual(['0.00', '-0.01', '0.01'])
  })

  it('never moves a part by a whole øre or more, and always adds up (many random parts)', () => {
    let seed = 7
    const next = (): bigint => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return BigInt(seed)
    }
    for (let round = 0; round < 200; round++) {
      const parts: Fraction[] = Array.from({ length: 1 + (round % 9) }, () => ({
        numerator: next() - 2n ** 30n,
        denominator: 1n + (next() % 997n),
      }))
      const rounded = roundParts(parts) as Amount[]
      const sum = rounded.reduce((total, part) => total + part.units * 10n ** BigInt(2 - part.scale), 0n)
      const whole = parts.reduce(
        (total, part) => ({
          numerator: total.numerator * part.denominator + part.numerator * total.denominator,
          denominator: total.denominator * part.denominator,
        }),
        { numerator: 0n, denominator: 1n },
      )
      const target = roundFraction(whole)
      expect(sum).toBe(target.units * 10n ** BigInt(2 - target.scale))
      rounded.forEach((part, position) => {
        const exact = parts[position] as Fraction
        // |part × denominator − numerator × 100| < denominator, in øre.
        const difference = part.units * 10n ** BigInt(2 - part.scale) * exact.denominator - exact.numerator * 100n
        expect(difference < 0n ? -difference : difference).toBeLessThan(exact.denominator)
      })
    }
  })
})
