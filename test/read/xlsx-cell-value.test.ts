import { describe, expect, it } from 'vitest'
import {
  decimalOfDouble,
  decodeEscapes,
  isBuiltInDateFormat,
  isDateFormatCode,
  isoDateOfSerial,
  plainDecimal,
} from '../../src/read/xlsx/cell-value.js'
import { columnOfReference } from '../../src/read/xlsx/sheet-rows.js'
import { chooseSheet } from '../../src/read/xlsx-reader.js'

describe('decimalOfDouble: the decimal a spreadsheet shows of a stored double', () => {
  it.each([
    [5.5, '5.5'],
    [1237268.39, '1237268.39'],
    [0.1 + 0.2, '0.3'], // 0.30000000000000004: the 16th and 17th digits are binary noise
    [-0, '0'],
    [-12.5, '-12.5'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [123456789012345.6, '123456789012346'], // 16 significant digits: shown as 15
    [2 ** 53 + 2, '9007199254740990'],
    [334000000, '334000000'],
  ])('%s → %s', (value, expected) => expect(decimalOfDouble(value)).toBe(expected))

  it('has no decimal for NaN or infinities', () => {
    expect(decimalOfDouble(Number.NaN)).toBeUndefined()
    expect(decimalOfDouble(Number.POSITIVE_INFINITY)).toBeUndefined()
  })

  it('round-trips every double of 15 significant digits or fewer', () => {
    let seed = 15
    for (let run = 0; run < 2000; run++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      const digits = 1 + (seed % 15)
      const scale = seed % 9
      const text = String(seed).padStart(digits, '1').slice(0, digits)
      const value = Number(`${text.slice(0, Math.max(1, digits - scale))}.${text.slice(Math.max(1, digits - scale))}`)
      expect(Number(decimalOfDouble(value))).toBe(value)
    }
  })
})

describe('plainDecimal', () => {
  it.each([
    ['1e+21', '1000000000000000000000'],
    ['1.25e-3', '0.00125'],
    ['-4.5e2', '-450'],
    ['12.5', '12.5'],
  ])('%s → %s', (text, expected) => expect(plainDecimal(text)).toBe(expected))
})

describe('isoDateOfSerial: date serials as ISO dates', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [60, false, '1900-02-29'], // Lotus 1-2-3's day that never was, which Excel keeps
    [61, false, '1900-03-01'],
    [43281, false, '2018-06-30'],
    [43281.5, false, '2018-06-30T12:00:00'],
    [0, true, '1904-01-01'],
    [41819, true, '2018-06-30'],
    [2958465, false, '9999-12-31'],
  ])('%s (1904: %s) → %s', (serial, date1904, expected) => expect(isoDateOfSerial(serial, date1904)).toBe(expected))

  it('has no date out of range', () => {
    expect(isoDateOfSerial(-1, false)).toBeUndefined()
    expect(isoDateOfSerial(2958466, false)).toBeUndefined()
  })
})

describe('number formats that show dates', () => {
  it.each([
    ['dd.mm.yyyy', true],
    ['[$-414]d. mmmm yyyy;@', true],
    ['h:mm', true],
    ['[h]:mm:ss', true],
    ['# ##0,00 "kr"', false],
    ['_-* #,##0.00 _k_r_-;-* #,##0.00 _k_r_-', false],
    ['0.00E+00', false],
    ['General', false],
    ['"dager" 0', false],
    ['0;[Red]-0', false],
    ['[$kr-414] #,##0', false],
  ])('%s: %s', (code, expected) => expect(isDateFormatCode(code)).toBe(expected))

  it('knows the built-in date formats', () => {
    expect([14, 22, 45].map(isBuiltInDateFormat)).toEqual([true, true, true])
    expect([0, 2, 4, 10, 49].map(isBuiltInDateFormat)).toEqual([false, false, false, false, false])
  })
})

describe('OOXML escapes', () => {
  it.each([
    ['a_x000D_b', 'a\rb'],
    ['Evil_x001B_[2J', 'Evil\u001b[2J'],
    ['_x005F_x0041_', '_x0041_'],
    ['plain_text', 'plain_text'],
  ])('%j → %j', (text, expected) => expect(decodeEscapes(text)).toBe(expected))
})

describe('cell references and sheets', () => {
  it.each([
    ['A1', 0],
    ['Z7', 25],
    ['AA1', 26],
    ['XFD1048576', 16383],
    ['XFE1', -1],
    ['7', -1],
  ])('%s → column %s', (reference, column) => expect(columnOfReference(reference)).toBe(column))

  const sheets = [
    { name: 'Skjult', state: 'hidden', part: 'a' },
    { name: 'Ark1', state: 'visible', part: 'b' },
    { name: 'ARK2', state: 'visible', part: 'c' },
  ]
  it('takes the first visible sheet, or the one named (exactly, else without case)', () => {
    expect(chooseSheet(sheets, undefined)?.name).toBe('Ark1')
    expect(chooseSheet(sheets, 'Skjult')?.name).toBe('Skjult')
    expect(chooseSheet(sheets, 'ark2')?.name).toBe('ARK2')
    expect(chooseSheet(sheets, 'Ark3')).toBeUndefined()
  })
})
