import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Amount,
  ExactSum,
  SMALL_LIMIT,
  ZERO,
  addAmounts,
  amountFromPlainString,
  amountToPlainString,
  compareAmounts,
  normalizeAmount,
  powerOfTen,
  unitsAtScale,
} from '../src/amount.js'

const a = (units: bigint, scale: number): Amount => ({ units, scale })
const plain = (amount: Amount): string => amountToPlainString(amount)
const sumOf = (texts: string[]): string => {
  const sum = new ExactSum()
  for (const text of texts) sum.add(amountFromPlainString(text))
  return plain(sum.value())
}

describe('powerOfTen', () => {
  it.each([
    [0, 1n],
    [1, 10n],
    [2, 100n],
    [18, 1_000_000_000_000_000_000n],
    [30, 10n ** 30n],
  ])('10^%i', (exponent, expected) => expect(powerOfTen(exponent)).toBe(expected))

  it('returns the same value when asked twice (cached)', () => {
    expect(powerOfTen(7)).toBe(10_000_000n)
    expect(powerOfTen(7)).toBe(10_000_000n)
  })
})

describe('unitsAtScale', () => {
  it.each([
    [a(1234n, 2), 2, 1234n],
    [a(1234n, 2), 4, 123400n],
    [a(-5n, 0), 3, -5000n],
    [a(0n, 0), 6, 0n],
  ])('%o at scale %i', (amount, scale, expected) => expect(unitsAtScale(amount, scale)).toBe(expected))

  it('refuses to drop digits by going to a coarser scale', () => {
    expect(() => unitsAtScale(a(1234n, 2), 1)).toThrow(RangeError)
  })
})

describe('addAmounts', () => {
  it.each([
    ['0.1', '0.2', '0.3'],
    ['1.5', '2', '3.5'],
    ['12.345', '-0.345', '12'],
    ['-1', '0.99', '-0.01'],
    ['999999999999999.99', '0.01', '1000000000000000'],
  ])('%s + %s = %s', (left, right, expected) => {
    expect(plain(addAmounts(amountFromPlainString(left), amountFromPlainString(right)))).toBe(expected)
  })

  it('takes the finer of the two scales', () => {
    expect(addAmounts(a(15n, 1), a(2n, 0))).toEqual({ units: 35n, scale: 1 })
    expect(addAmounts(a(1n, 3), a(1n, 1))).toEqual({ units: 101n, scale: 3 })
  })
})

describe('compareAmounts', () => {
  it.each([
    ['1.5', '1.50', 0],
    ['1.5', '1.49', 1],
    ['1.49', '1.5', -1],
    ['-0.05', '0', -1],
    ['0', '-0.00', 0],
    ['1000000000000000.01', '1000000000000000', 1],
  ])('%s vs %s → %i', (left, right, expected) => {
    expect(compareAmounts(amountFromPlainString(left), amountFromPlainString(right))).toBe(expected)
  })
})

describe('normalizeAmount', () => {
  it.each([
    [a(1250n, 2), a(125n, 1)],
    [a(1000n, 3), a(1n, 0)],
    [a(0n, 4), a(0n, 0)],
    [a(-500n, 2), a(-5n, 0)],
    [a(1000n, 0), a(1000n, 0)], // integer zeros are digits, not trailing fraction zeros
    [a(1234n, 2), a(1234n, 2)],
  ])('%o → %o', (amount, expected) => expect(normalizeAmount(amount)).toEqual(expected))

  it('returns the same object when there is nothing to remove', () => {
    const amount = a(1234n, 2)
    expect(normalizeAmount(amount)).toBe(amount)
  })
})

describe('amountToPlainString', () => {
  it.each([
    [a(0n, 0), 0, '0'],
    [ZERO, 2, '0.00'],
    [a(12345n, 2), 0, '123.45'],
    [a(1250n, 2), 0, '12.5'],
    [a(1250n, 2), 2, '12.50'],
    [a(125n, 1), 3, '12.500'],
    [a(12345n, 2), 1, '123.45'], // minScale never rounds digits away
    [a(-5n, 2), 0, '-0.05'],
    [a(-5n, 2), 3, '-0.050'],
    [a(5n, 2), 0, '0.05'],
    [a(-1234n, 1), 0, '-123.4'],
    [a(-7n, 0), 2, '-7.00'],
    [a(1n, 7), 0, '0.0000001'],
    [a(10n ** 21n, 0), 0, '1000000000000000000000'],
    [a(10n ** 15n * 100n + 1n, 2), 0, '1000000000000000.01'],
    [a(0n, 5), 0, '0'],
  ])('%o (minScale %i) → %s', (amount, minScale, expected) => {
    expect(amountToPlainString(amount, minScale)).toBe(expected)
  })
})

describe('amountFromPlainString', () => {
  it.each([
    ['0', a(0n, 0)],
    ['12.50', a(1250n, 2)],
    ['-0.05', a(-5n, 2)],
    ['+7', a(7n, 0)],
    ['1000000000000000.01', a(100000000000000001n, 2)],
  ])('%s', (text, expected) => expect(amountFromPlainString(text)).toEqual(expected))

  it.each(['', '1e5', '.5', '5.', '1,5', ' 1', '--1', 'NaN', '1 000'])('rejects %j', text => {
    expect(() => amountFromPlainString(text)).toThrow(SyntaxError)
  })

  it.each(['0', '-0.05', '123.45', '1000000000000000000000', '-98765.4321'])('round-trips %s', text => {
    expect(amountToPlainString(amountFromPlainString(text))).toBe(text)
  })
})

describe('ExactSum', () => {
  it('starts at zero', () => expect(new ExactSum().value()).toEqual({ units: 0n, scale: 0 }))

  it.each([
    [['0.1', '0.2'], '0.3'],
    [['0.1', '0.2', '-0.3'], '0'],
    [['1', '0.25', '0.125', '3'], '4.375'], // coarse, finer, finer still, coarse again
    [['0.125', '1', '2.5'], '3.625'], // finest first
    [['1000000000000000', '0.01', '1000000000000000'], '2000000000000000.01'],
    [['999999999999999.99', '0.01'], '1000000000000000'],
    [['334000000', '-0.5', '0.5'], '334000000'],
    [['123456789012345678901234567890.123', '0.877'], '123456789012345678901234567891'],
  ])('%j sums to %s', (texts, expected) => expect(sumOf(texts)).toBe(expected))

  it('sums ten thousand times 0.1 to exactly 1000', () => {
    const sum = new ExactSum()
    for (let count = 0; count < 10_000; count++) sum.add(a(1n, 1))
    expect(sum.value()).toEqual({ units: 1000n, scale: 0 })
  })

  it('keeps 10^15-size values exact where a float would not', () => {
    const sum = new ExactSum()
    sum.add(amountFromPlainString('1000000000000000.1'))
    sum.add(amountFromPlainString('0.2'))
    expect(plain(sum.value())).toBe('1000000000000000.3')
    expect(String(Number('1000000000000000.1') + 0.2)).toBe('1000000000000000.4') // the float result this guards against
  })

  // The sum keeps a double part and a bigint part; these cross the line between them.
  it.each([
    [[2 ** 52 - 1, 1], 2n ** 52n],
    [[2 ** 52 - 1, 2 ** 52 - 1, 2 ** 52 - 1], 3n * (2n ** 52n - 1n)],
    [[-(2 ** 52) + 1, -1, -1], -(2n ** 52n) - 1n],
    [[2 ** 53, 1], 2n ** 53n + 1n],
  ])('adds units %j exactly across the double/bigint line', (units, expected) => {
    const sum = new ExactSum()
    for (const each of units) sum.addUnits(each, 0)
    expect(sum.value()).toEqual(normalizeAmount(a(expected, 0)))
  })

  it('rescales a double part that would pass 2^52 into the bigint part', () => {
    const sum = new ExactSum()
    sum.addUnits(SMALL_LIMIT - 1, 0)
    sum.addUnits(1, 3) // 0.001: the 2^52 - 1 units become (2^52 - 1) × 1000
    expect(sum.value()).toEqual(a((2n ** 52n - 1n) * 1000n + 1n, 3))
  })

  it('adds a coarse value to a fine sum when the scaled value leaves the double range', () => {
    const sum = new ExactSum()
    sum.addUnits(1, 22)
    sum.addUnits(123_456_789, 0)
    expect(plain(sum.value())).toBe('123456789.0000000000000000000001')
  })

  it('equals a plain bigint sum, whichever of add, addUnits and addBigUnits takes each value', () => {
    const value = fc.record({
      units: fc.oneof(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.constantFrom(2n ** 52n - 1n, -(2n ** 52n) + 1n, 2n ** 52n, 2n ** 53n - 1n),
      ),
      scale: fc.integer({ min: 0, max: 25 }),
      via: fc.constantFrom('add', 'units', 'big'),
    })
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), values => {
        const sum = new ExactSum()
        let reference = a(0n, 0)
        for (const { units, scale, via } of values) {
          const safe = units <= 2n ** 53n && units >= -(2n ** 53n)
          if (via === 'units' && safe) sum.addUnits(Number(units), scale)
          else if (via === 'big') sum.addBigUnits(units, scale)
          else sum.add(a(units, scale))
          reference = addAmounts(reference, a(units, scale))
        }
        expect(sum.value()).toEqual(normalizeAmount(reference))
      }),
      { numRuns: 500 },
    )
  })
})
