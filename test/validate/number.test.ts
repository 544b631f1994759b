import { describe, expect, it } from 'vitest'
import { amountToPlainString } from '../../src/amount.js'
import { type ConventionSetting, type ParsedAmount, parseAmount } from '../../src/validate/number.js'

// A parsed value shows at its own scale ("12.50" is 1250 units at scale 2), followed by
// the convention it decided, if any; a rejected value shows its reason.
const show = (parsed: ParsedAmount): string =>
  parsed.ok
    ? `${amountToPlainString(parsed.value, parsed.value.scale)}${parsed.decided === undefined ? '' : ` (${parsed.decided})`}`
    : parsed.reason
const parse = (text: string, convention: ConventionSetting, currency = true): string =>
  show(parseAmount(text, convention, { currency }))

describe('parseAmount, comma-decimal files', () => {
  it.each([
    ['0', '0'],
    ['12', '12'],
    ['00012', '12'],
    ['12,5', '12.5'],
    ['12,50', '12.50'],
    ['0,10', '0.10'],
    ['1,000', '1.000'], // in a comma file this is one and three decimals
    [',5', '0.5'],
    [' 12,5 ', '12.5'],
    ['0,0000001', '0.0000001'],
  ])('%j → %s', (text, expected) => expect(parse(text, 'comma')).toBe(expected))

  it('keeps the exact scale of the value', () => {
    expect(parseAmount('12,50', 'comma', { currency: false })).toEqual({ ok: true, value: { units: 1250n, scale: 2 } })
    expect(parseAmount('-0,050', 'comma', { currency: false })).toEqual({ ok: true, value: { units: -50n, scale: 3 } })
  })
})

describe('parseAmount, dot-decimal files', () => {
  it.each([
    ['12', '12'],
    ['12.5', '12.5'],
    ['12.50', '12.50'],
    ['.5', '0.5'],
    ['1.234', '1.234'], // a dot decimal in a dot file is no grouping
    ['1.000', '1.000'],
  ])('%j → %s', (text, expected) => expect(parse(text, 'dot')).toBe(expected))
})

describe('parseAmount, thousands grouping', () => {
  it.each([
    ['1 234', 'comma', '1234'],
    ['334 000 000', 'comma', '334000000'],
    ['1\u00a0234', 'comma', '1234'],
    ['334\u00a0000\u00a0000', 'comma', '334000000'],
    ['1\u202f234,5', 'comma', '1234.5'],
    ['1 234\u00a0567\u202f890', 'comma', '1234567890'],
    ['1 234,50', 'comma', '1234.50'],
    ['1.234,5', 'comma', '1234.5'],
    ['1.234.567', 'comma', '1234567'],
    ['1.234.567,89', 'comma', '1234567.89'],
    ['12.345,6', 'comma', '12345.6'],
    ['1 234', 'dot', '1234'],
    ['1\u00a0234.5', 'dot', '1234.5'],
    ['1,234,567', 'dot', '1234567'],
    ['1,234.5', 'dot', '1234.5'],
    ['123,456,789.01', 'dot', '123456789.01'],
  ])('%j in a %s file → %s', (text, convention, expected) =>
    expect(parse(text, convention as ConventionSetting)).toBe(expected),
  )

  it.each([
    ['1 23', 'comma'],
    ['12 34', 'comma'],
    ['1234 567', 'comma'],
    ['1 2345', 'comma'],
    ['1  234', 'comma'],
    ['1\t234', 'comma'],
    ['1.234 567,5', 'comma'], // two kinds of grouping in one number
    ['12 34', 'dot'],
  ])('%j in a %s file is malformed', (text, convention) =>
    expect(parse(text, convention as ConventionSetting)).toBe('malformed'),
  )
})

describe('parseAmount, ambiguous and wrong separators', () => {
  it.each([
    // a single group of the other separator could be thousands or decimals
    ['1.234', 'comma', 'ambiguous-grouping'],
    ['123.456', 'comma', 'ambiguous-grouping'],
    ['-1.234', 'comma', 'ambiguous-grouping'],
    ['12,345', 'dot', 'ambiguous-grouping'],
    ['1,234', 'dot', 'ambiguous-grouping'],
    // the other separator as a decimal mark
    ['2.5', 'comma', 'wrong-decimal-separator'],
    ['1.23', 'comma', 'wrong-decimal-separator'],
    ['1.2345', 'comma', 'wrong-decimal-separator'],
    ['2,5', 'dot', 'wrong-decimal-separator'],
    ['1,23', 'dot', 'wrong-decimal-separator'],
    // well-formed only under the other convention: the hint points to --decimal
    ['1 234.567', 'comma', 'wrong-decimal-separator'],
    ['1 234,567', 'dot', 'wrong-decimal-separator'],
    ['1,234,567', 'comma', 'wrong-decimal-separator'],
    ['1.234,5', 'dot', 'wrong-decimal-separator'],
    // malformed under any reading
    ['1.234.56', 'comma', 'malformed'],
    ['1,2,3', 'comma', 'malformed'],
    ['1.2.3', 'dot', 'malformed'],
    ['1,', 'comma', 'malformed'],
    ['1.', 'dot', 'malformed'], // a decimal mark needs digits after it
    [',', 'comma', 'malformed'],
    ['.', 'dot', 'malformed'],
    ['abc', 'comma', 'malformed'],
    ['NaN', 'dot', 'malformed'],
    ['Infinity', 'dot', 'malformed'],
    ['0x10', 'dot', 'malformed'],
    ['1_000', 'dot', 'malformed'],
    ['１２', 'comma', 'malformed'], // full-width digits
    ['٣', 'comma', 'malformed'], // Arabic-Indic digit
    ['12%', 'comma', 'malformed'],
    ['(5)', 'comma', 'malformed'],
    ['5-', 'comma', 'malformed'],
  ])('%j in a %s file → %s', (text, convention, expected) =>
    expect(parse(text, convention as ConventionSetting)).toBe(expected),
  )
})

describe('parseAmount, signs', () => {
  it.each([
    ['-12,5', '-12.5'],
    ['+12,5', '12.5'],
    ['\u221212,5', '-12.5'], // U+2212 MINUS SIGN
    ['- 12,5', '-12.5'],
    ['-0,05', '-0.05'],
    ['-1 234,5', '-1234.5'],
    ['-1.234.567', '-1234567'],
    ['-0', '0'],
    ['-', 'malformed'],
    ['+', 'malformed'],
    ['\u2212', 'malformed'],
    ['--5', 'malformed'],
    ['+-5', 'malformed'],
    ['-+5', 'malformed'],
  ])('%j → %s', (text, expected) => expect(parse(text, 'comma')).toBe(expected))
})

describe('parseAmount, currency', () => {
  it.each([
    ['kr 12,50', '12.50'],
    ['12,50 kr', '12.50'],
    ['12,50kr', '12.50'],
    ['kr12,50', '12.50'],
    ['KR 12,50', '12.50'],
    ['12,50 Kr', '12.50'],
    ['kr. 12,50', '12.50'],
    ['12,50 kr.', '12.50'],
    ['NOK 1 000', '1000'],
    ['1 000 NOK', '1000'],
    ['nok 1 000', '1000'],
    ['1 000nok', '1000'],
    ['Nok 5', '5'],
    ['-kr 5', '-5'],
    ['kr -5', '-5'],
    ['kr \u22125', '-5'],
    ['-5 kr', '-5'],
    ['NOK 334\u00a0000\u00a0000', '334000000'],
    ['1.234,5 kr', '1234.5'],
    ['-kr -5', 'malformed'], // two signs
    ['+kr -5', 'malformed'],
    ['+kr +5', 'malformed'],
    ['kr', 'malformed'],
    ['NOK', 'malformed'],
    ['kr -', 'malformed'],
    ['5 kroner', 'malformed'], // not a currency we know, and certainly not an exponent
    ['ukjent', 'malformed'],
    ['ukjent (ca 5)', 'malformed'],
  ])('%j in a comma file with currency allowed → %s', (text, expected) => expect(parse(text, 'comma')).toBe(expected))

  it.each([
    ['NOK 1,234,567.5', '1234567.5'],
    ['1,234 kr', 'ambiguous-grouping'],
    ['$5', 'malformed'],
    ['5 EUR', 'malformed'],
  ])('%j in a dot file with currency allowed → %s', (text, expected) => expect(parse(text, 'dot')).toBe(expected))

  it.each(['5 kr', 'kr 5', '5 NOK', 'nok 5', '-5 kr', '12,50kr'])(
    '%j where no currency is allowed → currency-not-allowed',
    text => {
      expect(parse(text, 'comma', false)).toBe('currency-not-allowed')
    },
  )
})

describe('parseAmount, whole kroner ("1 000,-")', () => {
  it.each([
    ['1 000,-', 'comma', '1000'],
    ['1 000,\u2013', 'comma', '1000'], // en dash
    ['250,-', 'comma', '250'],
    ['-1 000,-', 'comma', '-1000'],
    ['kr 1 000,-', 'comma', '1000'],
    ['1 000,- kr', 'comma', '1000'],
    // ",-" is a decimal part, so the dot can only group thousands
    ['1.000,-', 'comma', '1000'],
    ['1 000,-', 'auto', '1000 (comma)'],
  ])('%j in a %s file → %s', (text, convention, expected) =>
    expect(parse(text, convention as ConventionSetting)).toBe(expected),
  )

  it('is not a number outside savings', () => {
    expect(parse('1 000,-', 'comma', false)).toBe('malformed')
  })

  it('is not a number in a dot file', () => {
    expect(parseAmount('1 000,-', 'dot', { currency: true }).ok).toBe(false)
  })
})

describe('parseAmount, scientific notation', () => {
  it.each([
    ['1e5', 'dot'],
    ['1E5', 'dot'],
    ['2.5e-3', 'dot'],
    ['1,5E+06', 'comma'],
    ['-1,5e6', 'comma'],
    ['1e5', 'auto'],
  ])('%j in a %s file → scientific', (text, convention) =>
    expect(parse(text, convention as ConventionSetting)).toBe('scientific'),
  )

  it('is only claimed for a number with an exponent', () => expect(parse('E5', 'comma')).toBe('malformed'))
})

describe('parseAmount, length limit', () => {
  const digits = (count: number): string => '1'.repeat(count)
  it('accepts 64 characters', () => expect(parse(digits(64), 'comma')).toBe(digits(64)))
  it('rejects 65 characters', () => expect(parse(digits(65), 'comma')).toBe('too-long'))
  it('rejects long text that is not a number as too long', () =>
    expect(parse('x'.repeat(100), 'comma')).toBe('too-long'))
  it('does not count surrounding white space', () => expect(parse(`   ${digits(64)}   `, 'comma')).toBe(digits(64)))
})

describe('parseAmount, auto convention (tab files)', () => {
  it.each([
    ['1,5', '1.5 (comma)'],
    ['1.5', '1.5 (dot)'],
    ['.5', '0.5 (dot)'],
    ['1.234.567', '1234567 (comma)'],
    ['1,234,567', '1234567 (dot)'],
    ['1.234,5', '1234.5 (comma)'],
    ['1,234.5', '1234.5 (dot)'],
    ['1 234,5', '1234.5 (comma)'],
    ['1 234.5', '1234.5 (dot)'],
    ['-2,25', '-2.25 (comma)'],
    ['12,3456', '12.3456 (comma)'],
    // values without a separator read the same either way and decide nothing
    ['1 234', '1234'],
    ['12', '12'],
    ['-7', '-7'],
    // a single group of three could be either
    ['1.234', 'undecided'],
    ['12,345', 'undecided'],
    ['123.456', 'undecided'],
    ['1,', 'malformed'],
    ['1.', 'malformed'],
    ['abc', 'malformed'],
  ])('%j → %s', (text, expected) => expect(parse(text, 'auto')).toBe(expected))

  it('never reports a decided convention when the convention is fixed', () => {
    for (const text of ['1,5', '1.234.567', '1 000,-']) {
      const parsed = parseAmount(text, 'comma', { currency: true })
      expect(parsed.ok).toBe(true)
      expect('decided' in parsed).toBe(false)
    }
  })
})
