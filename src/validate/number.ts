// The number rules of PRODUCT.md, as one pure function.
//
// A file has one decimal convention. In a comma-decimal file "1 234,5" and
// "1.234,5" are 1234.5, "1.234.567" is 1234567, but "1.234" alone could be
// either 1234 or 1.234 and "2.5" looks like a dot decimal: both are errors,
// never guesses. Dot-decimal files mirror this with "," for grouping.
import type { Amount } from '../amount.js'
import type { DecimalConvention } from '../model.js'

import type { AmountProblem, ConventionSetting } from '../model.js'

export type { ConventionSetting }

export type ParsedAmount =
  | { ok: true; value: Amount; decided?: DecimalConvention }
  | { ok: false; reason: AmountProblem }

export type { AmountProblem }

export interface AmountOptions {
  /** Whether "kr"/"NOK" may stand before or after the number. */
  currency: boolean
}

const MAX_LENGTH = 64
const SPACES = '[ \\u00a0\\u202f]'
const CURRENCY_BEFORE = /^(?:kr\.?|nok)\s*/i
const CURRENCY_AFTER = /\s*(?:kr\.?|nok)$/i
// Norwegian prices write whole kroner as "1 000,-".
const WHOLE_KRONER = /,[-\u2013]$/
const SCIENTIFIC = /^\d[\d.,]*[eE][+-]?\d+$/

function bodyPattern(group: string, decimal: string): RegExp {
  const grouped = `[1-9]\\d{0,2}(?:(?:${SPACES}\\d{3})+|(?:\\${group}\\d{3})+)`
  return new RegExp(`^(\\d+|${grouped})?(?:\\${decimal}(\\d+))?$`)
}

const BODY: Record<DecimalConvention, RegExp> = {
  comma: bodyPattern('.', ','),
  dot: bodyPattern(',', '.'),
}
// "1.234" in a comma-decimal file: 1234 or 1.234? Only a second group or a decimal part tells.
const ONE_FOREIGN_GROUP: Record<DecimalConvention, RegExp> = {
  comma: /^[1-9]\d{0,2}\.\d{3}$/,
  dot: /^[1-9]\d{0,2},\d{3}$/,
}

/** What scanAmount reads a cell into: reused for every cell on the per-record path. */
export interface AmountScan {
  /** The units as a double holding an integer exactly (15 digits or fewer); ignored when `big` is set. */
  units: number
  big: bigint | null
  scale: number
  /** Set when this value settled an 'auto' convention. */
  decided: DecimalConvention | undefined
}

export const newAmountScan = (): AmountScan => ({ units: 0, big: null, scale: 0, decided: undefined })

/** `text` is a non-empty cell (empty cells mean "not reported" and never get here). */
export function parseAmount(text: string, convention: ConventionSetting, options: AmountOptions): ParsedAmount {
  const scan = newAmountScan()
  const problem = scanAmount(text, convention, options.currency, scan)
  if (problem !== null) return { ok: false, reason: problem }
  const value: Amount = { units: scan.big ?? BigInt(scan.units), scale: scan.scale }
  return scan.decided === undefined ? { ok: true, value } : { ok: true, value, decided: scan.decided }
}

/**
 * Reads a non-empty cell into `out`, returning null, or the problem with it. The plain forms that
 * make up nearly every cell ("-1234", "1 234 567,89" in a comma file) are read by their character
 * codes into a double; everything else, and every problem, goes through the rules below (the regular
 * expressions), which are the reference: a property test holds the two to identical results.
 */
export function scanAmount(
  text: string,
  convention: ConventionSetting,
  currency: boolean,
  out: AmountScan,
): AmountProblem | null {
  if (scanPlainAmount(text, 0, text.length, convention, out)) return null
  return scanAmountByRules(text, convention, currency, out)
}

const MINUS = 0x2d
const DOT = 0x2e
const COMMA = 0x2c
const SPACE = 0x20
const NO_BREAK_SPACE = 0xa0
const NARROW_NO_BREAK_SPACE = 0x202f
/** Up to 15 digits a double holds every integer exactly (10^15 < 2^53). */
const MAX_PLAIN_DIGITS = 15
/** The largest integer a double holds along with all below it (2^53 - 1). */
const MAX_SAFE_UNITS = BigInt(Number.MAX_SAFE_INTEGER)

const isSpace = (code: number): boolean => code === SPACE || code === NO_BREAK_SPACE || code === NARROW_NO_BREAK_SPACE

/**
 * The fast path, on text[start, end): an optional "-", digits, optionally grouped in threes by spaces
 * (or by the file's grouping mark), and an optional decimal part, 15 digits at most. False for
 * anything else, which the rules then read (or reject), including the one ambiguous form here, a
 * single foreign group ("1.234" in a comma file).
 */
export function scanPlainAmount(
  text: string,
  start: number,
  end: number,
  convention: ConventionSetting,
  out: AmountScan,
): boolean {
  let position = start
  const negative = end > start && text.charCodeAt(start) === MINUS
  if (negative) position++
  // Under 'auto' only numbers without a decimal or grouping mark are read here: those read the same either way.
  const decimal = convention === 'comma' ? COMMA : convention === 'dot' ? DOT : -1
  const group = convention === 'comma' ? DOT : convention === 'dot' ? COMMA : -1
  const lead = position
  let units = 0
  let code = 0
  while (position < end) {
    code = text.charCodeAt(position)
    if (code < 48 || code > 57) break
    units = units * 10 + (code - 48)
    position++
  }
  let digits = position - lead
  if (digits === 0) return false
  if (position < end && (isSpace(code) || code === group)) {
    // Thousands: 1–3 leading digits, not starting with 0, then separator + exactly three digits, repeated.
    if (digits > 3 || text.charCodeAt(lead) === 48) return false
    const spaces = code !== group
    let groups = 0
    while (position < end) {
      code = text.charCodeAt(position)
      if (spaces ? !isSpace(code) : code !== group) break
      if (position + 3 >= end) return false
      for (let each = 1; each <= 3; each++) {
        const digit = text.charCodeAt(position + each) - 48
        if (digit < 0 || digit > 9) return false
        units = units * 10 + digit
      }
      position += 4
      digits += 3
      groups++
    }
    if (!spaces && groups === 1 && position === end) return false
  }
  let scale = 0
  if (position < end) {
    if (text.charCodeAt(position) !== decimal) return false
    position++
    const fraction = position
    while (position < end) {
      const digit = text.charCodeAt(position) - 48
      if (digit < 0 || digit > 9) return false
      units = units * 10 + digit
      position++
    }
    scale = position - fraction
    if (scale === 0) return false
    digits += scale
  }
  if (digits > MAX_PLAIN_DIGITS) return false
  out.units = negative ? -units : units
  out.big = null
  out.scale = scale
  out.decided = undefined
  return true
}

/** The number rules of PRODUCT.md, as regular expressions: the reference for every form. */
export function scanAmountByRules(
  text: string,
  convention: ConventionSetting,
  currency: boolean,
  out: AmountScan,
): AmountProblem | null {
  let body = text.trim()
  if (body.length > MAX_LENGTH) return 'too-long'

  let negative = false
  let signed = false
  const takeSign = (): void => {
    const first = body.charAt(0)
    if (!signed && (first === '-' || first === '+' || first === '\u2212')) {
      negative = first !== '+'
      signed = true
      body = body.slice(1).trimStart()
    }
  }
  takeSign()
  const withoutCurrency = CURRENCY_BEFORE.test(body)
    ? body.replace(CURRENCY_BEFORE, '')
    : body.replace(CURRENCY_AFTER, '')
  if (withoutCurrency !== body) {
    if (!currency) return 'currency-not-allowed'
    body = withoutCurrency
    takeSign()
  }

  let decided: DecimalConvention | undefined
  let wholeKroner = false
  if (WHOLE_KRONER.test(body) && currency && convention !== 'dot') {
    body = body.slice(0, -2)
    wholeKroner = true
    if (convention === 'auto') decided = 'comma'
  }
  if (SCIENTIFIC.test(body)) return 'scientific'

  let resolved: DecimalConvention
  if (convention === 'auto' && decided === undefined) {
    const inferred = inferConvention(body)
    if (inferred === 'ambiguous') return 'undecided'
    if (inferred !== undefined) decided = inferred
    resolved = inferred ?? 'dot' // a number without separators reads the same either way
  } else {
    resolved = convention === 'auto' ? (decided as DecimalConvention) : convention
  }

  const match = BODY[resolved].exec(body)
  if (match === null || (match[1] === undefined && match[2] === undefined)) return diagnose(body, resolved)
  const fraction = match[2] ?? ''
  if (fraction === '' && !wholeKroner && ONE_FOREIGN_GROUP[resolved].test(body)) return 'ambiguous-grouping'
  // Exact by construction, and on purpose not tied to the fast path's digit limit, so that the
  // property test comparing the two would catch a fast path that read more digits than a double holds.
  const units = BigInt(`${(match[1] ?? '0').replace(/[^0-9]/g, '')}${fraction}`)
  if (units <= MAX_SAFE_UNITS) {
    out.units = Number(negative ? -units : units)
    out.big = null
  } else {
    out.units = 0
    out.big = negative ? -units : units
  }
  out.scale = fraction.length
  out.decided = decided
  return null
}

// For files whose convention comes from the values (tab-delimited exports):
// undefined = this value does not tell; 'ambiguous' = it cannot be read without knowing.
function inferConvention(body: string): DecimalConvention | 'ambiguous' | undefined {
  const lastComma = body.lastIndexOf(',')
  const lastDot = body.lastIndexOf('.')
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? 'comma' : 'dot'
  if (lastComma < 0 && lastDot < 0) return undefined
  const separator = lastComma >= 0 ? ',' : '.'
  const occurrences = body.split(separator).length - 1
  if (occurrences > 1) return separator === ',' ? 'dot' : 'comma' // repeated, so it groups thousands
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(body)) return 'ambiguous'
  return separator === ',' ? 'comma' : 'dot'
}

function diagnose(body: string, convention: DecimalConvention): AmountProblem {
  const other: DecimalConvention = convention === 'comma' ? 'dot' : 'comma'
  const readsAsOther = BODY[other].exec(body)
  if (readsAsOther !== null && (readsAsOther[1] !== undefined || readsAsOther[2] !== undefined)) {
    // Fine under the other convention: either the wrong --decimal or a lone group that could be either.
    return /^[1-9]\d{0,2}[.,]\d{3}$/.test(body) ? 'ambiguous-grouping' : 'wrong-decimal-separator'
  }
  return 'malformed'
}
