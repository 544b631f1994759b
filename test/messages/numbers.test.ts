import { describe, expect, it } from 'vitest'
import { amountFromPlainString } from '../../src/amount.js'
import { NUMBER_STYLES, formatAmount, formatCount, significantScale } from '../../src/messages/numbers.js'

const { en, nb } = NUMBER_STYLES

describe('formatAmount', () => {
  it.each([
    ['0', 0, '0', '0'],
    ['7', 0, '7', '7'],
    ['999', 0, '999', '999'],
    ['1000', 0, '1,000', '1 000'],
    ['334000000', 0, '334,000,000', '334 000 000'],
    ['2987.4', 0, '2,987.4', '2 987,4'],
    ['2987.4', 2, '2,987.40', '2 987,40'],
    ['1234567.891', 0, '1,234,567.891', '1 234 567,891'], // the fraction is never grouped
    ['1234567.891', 1, '1,234,567.891', '1 234 567,891'], // nor rounded
    ['-1234.5', 0, '-1,234.5', '-1 234,5'],
    ['-0.05', 0, '-0.05', '-0,05'],
    ['-100', 2, '-100.00', '-100,00'],
    ['12.50', 0, '12.5', '12,5'],
    ['0.0000001', 0, '0.0000001', '0,0000001'],
    ['1000000000000000000000', 0, '1,000,000,000,000,000,000,000', '1 000 000 000 000 000 000 000'],
  ])('%s (minScale %i) → en %s, nb %s', (value, minScale, english, norwegian) => {
    const amount = amountFromPlainString(value)
    expect(formatAmount(amount, en, minScale)).toBe(english)
    expect(formatAmount(amount, nb, minScale)).toBe(norwegian)
  })

  it('uses any style it is given', () => {
    expect(formatAmount(amountFromPlainString('-1234567.5'), { group: '\u202f', decimal: '·' })).toBe(
      '-1\u202f234\u202f567·5',
    )
  })
})

describe('formatCount', () => {
  it.each([
    [0, '0', '0'],
    [35, '35', '35'],
    [1000, '1,000', '1 000'],
    [1234567, '1,234,567', '1 234 567'],
  ])('%i → en %s, nb %s', (value, english, norwegian) => {
    expect(formatCount(value, en)).toBe(english)
    expect(formatCount(value, nb)).toBe(norwegian)
  })
})

describe('significantScale', () => {
  it.each([
    [{ units: 1250n, scale: 2 }, 1],
    [{ units: 1000n, scale: 3 }, 0],
    [{ units: 1234n, scale: 2 }, 2],
    [{ units: 0n, scale: 4 }, 0],
    [{ units: -5n, scale: 2 }, 2],
    [{ units: 1000n, scale: 0 }, 0],
  ])('%o → %i', (amount, expected) => expect(significantScale(amount)).toBe(expected))
})
