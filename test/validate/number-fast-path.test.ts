// The per-record path reads plain numbers by their character codes; the regular expressions of the
// number rules are the reference. Both must give the same value, scale, decided convention and
// problem for every text, so random texts from the characters that matter are run through both.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AmountScan,
  type ConventionSetting,
  newAmountScan,
  parseAmount,
  scanAmount,
  scanAmountByRules,
  scanPlainAmount,
} from '../../src/validate/number.js'

const CONVENTIONS: ConventionSetting[] = ['comma', 'dot', 'auto']

function read(scanner: typeof scanAmount, text: string, convention: ConventionSetting, currency: boolean): string {
  const out: AmountScan = newAmountScan()
  const problem = scanner(text, convention, currency, out)
  if (problem !== null) return `problem ${problem}`
  const units = out.big ?? BigInt(out.units) // -0 and 0 are the same number
  if (out.big === null && !Number.isSafeInteger(out.units)) return `inexact ${out.units}`
  return `${units} e-${out.scale} ${out.decided ?? ''}`
}

const expectSame = (text: string, convention: ConventionSetting, currency: boolean): void => {
  expect(read(scanAmount, text, convention, currency), `${JSON.stringify(text)} ${convention}`).toBe(
    read(scanAmountByRules, text, convention, currency),
  )
}

// Texts made of the characters the rules care about, so that near-misses are common.
const piece = fc.constantFrom(
  '0',
  '1',
  '2',
  '5',
  '9',
  '12',
  '345',
  '000',
  '999',
  ' ',
  '\u00a0',
  '\u202f',
  '.',
  ',',
  '-',
  '+',
  '\u2212',
  'kr',
  'NOK',
  ',-',
  'e5',
  'E+3',
  'x',
  '\t',
)
const messy = fc.array(piece, { maxLength: 12 }).map(pieces => pieces.join(''))

// Well-formed numbers in either convention, grouped or not, with up to 20 digits.
const grouped = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
const wellFormed = fc
  .record({
    sign: fc.constantFrom('', '-'),
    integer: fc.stringMatching(/^[0-9]{1,14}$/),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,8}$/)),
    separator: fc.constantFrom('', ' ', '\u00a0', '\u202f', '.', ','),
    decimal: fc.constantFrom('.', ','),
  })
  .map(
    ({ sign, integer, fraction, separator, decimal }) =>
      `${sign}${grouped(integer, separator)}${fraction === null ? '' : decimal + fraction}`,
  )

describe('scanAmount: the fast path reads exactly as the rules do', () => {
  it('on random texts of digits, separators, signs and currency', () => {
    fc.assert(
      fc.property(messy, fc.constantFrom(...CONVENTIONS), fc.boolean(), (text, convention, currency) => {
        fc.pre(text.trim() !== '')
        expectSame(text, convention, currency)
      }),
      { numRuns: 20_000 },
    )
  })

  it('on well-formed numbers in both conventions', () => {
    fc.assert(
      fc.property(wellFormed, fc.constantFrom(...CONVENTIONS), fc.boolean(), (text, convention, currency) =>
        expectSame(text, convention, currency),
      ),
      { numRuns: 20_000 },
    )
  })

  it.each([
    ['1 234 567,89', 'comma'],
    ['1.234', 'comma'],
    ['1.234.567', 'comma'],
    ['1.234,5', 'comma'],
    ['12,345', 'dot'],
    ['123456789012345', 'dot'],
    ['1234567890123456', 'dot'],
    ['999 999 999 999 999', 'comma'],
    ['-0', 'dot'],
    ['-0,00', 'comma'],
    ['007', 'dot'],
    ['0 123', 'comma'],
    ['1 2345', 'comma'],
    ['1 234', 'auto'],
    ['12,5', 'auto'],
    ['-', 'dot'],
    ['1,', 'comma'],
    ['9007199254740991', 'dot'],
    ['9007199254740993', 'dot'],
    ['-9007199254740993', 'dot'],
    ['1000000000000000.01', 'dot'],
    ['1 000 000 000 000 000,01', 'comma'],
  ] as const)('%j in a %s file', (text, convention) => expectSame(text, convention, true))
})

describe('values a double cannot hold', () => {
  // 2^53 + 1 and 10^15 + 0.01: a double reads them as 9007199254740992 and 1000000000000000.
  it.each([
    ['9007199254740993', 'dot', '9007199254740993 e-0'],
    ['-9007199254740993', 'dot', '-9007199254740993 e-0'],
    ['1000000000000000.01', 'dot', '100000000000000001 e-2'],
    ['1 000 000 000 000 000,01', 'comma', '100000000000000001 e-2'],
    ['12345678901234567890123', 'dot', '12345678901234567890123 e-0'],
  ] as const)('%j is read exactly', (text, convention, expected) => {
    const parsed = parseAmount(text, convention, { currency: true })
    expect(parsed.ok && `${parsed.value.units} e-${parsed.value.scale}`).toBe(expected)
  })

  it('never takes the double fast path at 16 digits or more, grouped or not, with or without decimals', () => {
    const fast = (text: string, convention: ConventionSetting): boolean =>
      scanPlainAmount(text, 0, text.length, convention, newAmountScan())
    expect(fast('123456789012345', 'dot')).toBe(true) // 15 digits: a double holds every such integer
    expect(fast('12345678901234.5', 'dot')).toBe(true)
    for (const [text, convention] of [
      ['1234567890123456', 'dot'],
      ['9007199254740993', 'dot'],
      ['1000000000000000.01', 'dot'],
      ['123456789012345.6', 'dot'],
      ['1 234 567 890 123 456', 'comma'],
      ['1.234.567.890.123.456', 'comma'],
      ['1 000 000 000 000 000,01', 'comma'],
    ] as const)
      expect(fast(text, convention), text).toBe(false)
  })
})
