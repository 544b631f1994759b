import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Amount,
  ExactSum,
  amountFromPlainString,
  amountToPlainString,
  compareAmounts,
  normalizeAmount,
  unitsAtScale,
} from '../../src/amount.js'
import { SPLIT_SCALES, allocateLargestRemainder, splitAmount } from '../../src/aggregate/attribution.js'

const plainShares = (shares: Amount[]): string[] => shares.map(share => amountToPlainString(share, share.scale))
const split = (value: string, parties: number, unitScale: number): string[] =>
  plainShares(splitAmount(amountFromPlainString(value), parties, unitScale))

describe('allocateLargestRemainder', () => {
  it.each([
    [10000n, [1n, 1n, 1n], [3334n, 3333n, 3333n]],
    [2n, [1n, 1n, 1n], [1n, 1n, 0n]], // ties go to the earliest positions
    [1n, [1n, 1n, 1n], [1n, 0n, 0n]],
    [7n, [1n, 1n, 1n, 1n], [2n, 2n, 2n, 1n]],
    [0n, [1n, 1n], [0n, 0n]],
    [6n, [1n, 1n, 1n], [2n, 2n, 2n]],
    [10n, [1n, 2n], [3n, 7n]], // 3.33 + 6.67: the larger remainder wins
    [11n, [2n, 3n, 5n], [2n, 3n, 6n]], // 2.2 + 3.3 + 5.5
    [100n, [3n, 1n], [75n, 25n]],
    [10n, [1n, 0n, 1n], [5n, 0n, 5n]],
    [3n, [1n, 2n, 1n], [1n, 1n, 1n]], // 0.75, 1.5, 0.75: the two .75 remainders beat the .5
    [2n, [1n, 2n, 1n], [1n, 1n, 0n]], // 0.5, 1, 0.5: a tie between the first and last goes to the first
    [5n, [7n], [5n]],
    [10n ** 30n + 1n, [1n, 1n], [5n * 10n ** 29n + 1n, 5n * 10n ** 29n]],
  ])('%s by [%s] → [%s]', (total, weights, expected) =>
    expect(allocateLargestRemainder(total, weights)).toEqual(expected),
  )

  it('refuses a negative total', () => expect(() => allocateLargestRemainder(-1n, [1n, 1n])).toThrow(RangeError))
  it('refuses weights that add up to nothing', () => {
    expect(() => allocateLargestRemainder(5n, [0n, 0n])).toThrow(RangeError)
    expect(() => allocateLargestRemainder(5n, [])).toThrow(RangeError)
  })

  it('hands out exactly the total, each share within one unit of its exact quota', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 6n }), { minLength: 1, maxLength: 7 }),
        (total, weights) => {
          const shares = allocateLargestRemainder(total, weights)
          const weightSum = weights.reduce((sum, weight) => sum + weight, 0n)
          expect(shares.reduce((sum, share) => sum + share, 0n)).toBe(total)
          shares.forEach((share, position) => {
            const floor = (total * (weights[position] as bigint)) / weightSum
            expect(share === floor || share === floor + 1n).toBe(true)
          })
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('splitAmount', () => {
  it.each([
    // NOK, split in øre
    ['100', 3, 2, ['33.34', '33.33', '33.33']],
    ['100.00', 3, 2, ['33.34', '33.33', '33.33']],
    ['0.02', 3, 2, ['0.01', '0.01', '0.00']],
    ['0.01', 3, 2, ['0.01', '0.00', '0.00']],
    ['10', 4, 2, ['2.50', '2.50', '2.50', '2.50']],
    [
      '334000000',
      7,
      2,
      ['47714285.72', '47714285.72', '47714285.72', '47714285.71', '47714285.71', '47714285.71', '47714285.71'],
    ],
    // jobs in 0.01, CO2e in kg
    ['1', 3, 2, ['0.34', '0.33', '0.33']],
    ['1', 3, 3, ['0.334', '0.333', '0.333']],
    ['2.5', 2, 3, ['1.250', '1.250']],
    // negative: split the absolute value, the sign on every share
    ['-100', 3, 2, ['-33.34', '-33.33', '-33.33']],
    ['-0.01', 2, 2, ['-0.01', '0.00']],
    ['-7', 3, 3, ['-2.334', '-2.333', '-2.333']],
    // a value finer than the unit keeps its own scale
    ['10.005', 2, 2, ['5.003', '5.002']],
    ['0.0001', 3, 2, ['0.0001', '0.0000', '0.0000']],
    ['-1.23456', 4, 3, ['-0.30864', '-0.30864', '-0.30864', '-0.30864']],
    ['0', 3, 2, ['0.00', '0.00', '0.00']],
  ])('%s among %i in units of 10^-%i → %j', (value, parties, unitScale, expected) => {
    expect(split(value, parties, unitScale)).toEqual(expected)
  })

  it('gives a single partner the amount untouched', () => {
    const amount = amountFromPlainString('12.5')
    expect(splitAmount(amount, 1, 3)).toEqual([amount])
  })

  it('splits in the documented units: 0.01 job, 0.01 NOK, 0.001 t', () => {
    expect(SPLIT_SCALES).toEqual([2, 2, 3])
  })

  it('gives every share the same scale when splitting', () => {
    const shares = splitAmount(amountFromPlainString('1.5'), 3, 2)
    expect(shares.map(share => share.scale)).toEqual([2, 2, 2])
    expect(shares.map(share => share.units)).toEqual([50n, 50n, 50n])
  })

  it('always adds up exactly to the amount, with shares one unit apart at most and the larger ones first', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(...SPLIT_SCALES),
        (units, scale, parties, unitScale) => {
          const amount: Amount = { units, scale }
          const shares = splitAmount(amount, parties, unitScale)
          expect(shares).toHaveLength(parties)
          const sum = new ExactSum()
          for (const share of shares) sum.add(share)
          expect(compareAmounts(sum.value(), amount)).toBe(0)
          if (parties === 1) return
          // Trailing zeros do not make a value finer: 1.4850 splits like 1.485.
          const shareScale = Math.max(normalizeAmount(amount).scale, unitScale)
          const magnitudes = shares.map(share => {
            expect(share.scale).toBe(shareScale)
            expect(units < 0n ? share.units <= 0n : share.units >= 0n).toBe(true)
            return share.units < 0n ? -share.units : share.units
          })
          const largest = magnitudes[0] as bigint
          const smallest = magnitudes[magnitudes.length - 1] as bigint
          expect(largest - smallest <= 1n).toBe(true)
          expect([...magnitudes].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(magnitudes)
          expect(unitsAtScale(normalizeAmount(amount), shareScale)).toBe(
            shares.reduce((total, share) => total + share.units, 0n),
          )
        },
      ),
      { numRuns: 500 },
    )
  })
})
