// What a spreadsheet cell holds, as the text the rest of the pipeline reads: a stored double as the
// decimal the spreadsheet shows, a date serial as an ISO date, OOXML's _xHHHH_ escapes decoded, and
// whether a number format is a date format. Pure.

/**
 * Significant digits a spreadsheet shows of a number (Excel and LibreOffice in "General" format):
 * a double holds 15 decimal digits exactly, its 16th and 17th are binary noise (0.1+0.2 is stored
 * as 0.30000000000000004, and shown as 0.3).
 */
export const SHOWN_DIGITS = 15

/**
 * The shortest plain decimal (no exponent) that round-trips `value`, cut to SHOWN_DIGITS
 * significant digits where it is longer: 5.5 → "5.5", 1237268.39 → "1237268.39",
 * 0.30000000000000004 → "0.3", 1e21 → "1000000000000000000000", 1e-7 → "0.0000001".
 * Undefined for NaN and infinities (no spreadsheet stores them).
 */
export function decimalOfDouble(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined
  if (value === 0) return '0'
  let text = String(value)
  // Most cells: no exponent and at most 15 digits, counting leading zeros (the regex-free path).
  if (!text.includes('e') && text.length - (value < 0 ? 1 : 0) - (text.includes('.') ? 1 : 0) <= SHOWN_DIGITS)
    return text
  if (significantDigits(text) > SHOWN_DIGITS) text = String(Number(value.toPrecision(SHOWN_DIGITS)))
  return plainDecimal(text)
}

function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '')
  return mantissa.replace(/^0+/, '').length
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000"; plain text as it is. */
export function plainDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(text)
  if (match === null) return text
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match
  const digits = `${whole}${fraction}`
  const point = whole.length + Number(exponentText)
  let plain: string
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`
  else if (point >= digits.length) plain = `${digits}${'0'.repeat(point - digits.length)}`
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`
  plain = plain.replace(/^0+(?=\d)/, '')
  if (plain.includes('.')) plain = plain.replace(/\.?0+$/, '')
  return `${sign}${plain}`
}

/** Largest serial a date cell may hold: 9999-12-31 in the 1900 date system. */
const LAST_SERIAL = 2_958_465
const DAY_MS = 86_400_000

/**
 * A date serial as an ISO date ("2015-06-30", with "T12:00:00" when it has a time of day), or
 * undefined when it is out of range. In the 1900 system (Excel's default) serial 1 is 1900-01-01
 * and serial 60 the 29 February 1900 that Lotus 1-2-3 invented and Excel kept; in the 1904 system
 * (old Mac workbooks) serial 0 is 1904-01-01.
 */
export function isoDateOfSerial(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return undefined
  let days = Math.floor(serial)
  let seconds = Math.round((serial - days) * 86_400)
  if (seconds === 86_400) {
    days++
    seconds = 0
  }
  if (!date1904 && days === 60) return withTime('1900-02-29', seconds)
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)
  const date = new Date(epoch + days * DAY_MS + seconds * 1000)
  const iso = date.toISOString()
  return seconds === 0 ? iso.slice(0, 10) : iso.slice(0, 19)
}

function withTime(day: string, seconds: number): string {
  if (seconds === 0) return day
  const time = new Date(seconds * 1000).toISOString().slice(11, 19)
  return `${day}T${time}`
}

/** The year of an ISO date ("2015-06-30" → "2015"), as the year column reads it. */
export const yearOfIsoDate = (iso: string): string => iso.slice(0, iso.indexOf('-', 1))

/** OOXML writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30; 27–36, 50–58 and 71–81 are East Asian and Thai dates). */
const BUILT_IN_DATE_FORMATS = new Set<number>([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
])

export const isBuiltInDateFormat = (id: number): boolean => BUILT_IN_DATE_FORMATS.has(id)

/**
 * Whether a custom number format code shows a date or time: a y, m, d, h or s outside quoted text,
 * escapes (\x, _x, *x) and [brackets] (colours, conditions, locales; [h] [m] [s] elapsed time
 * count). Only the first section (positive numbers) decides: "0;[Red]-0" is a number format.
 */
export function isDateFormatCode(code: string): boolean {
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
  const first = stripped.split(';')[0] ?? ''
  if (/general/i.test(first)) return false
  return /[ymdhs]/i.test(first.replace(/[eE][+-]/g, ''))
}
