// The number rules of PRODUCT.md, as one pure function.
//
// A file has one decimal convention. In a comma-decimal file "1 234,5" and
// "1.234,5" are 1234.5, "1.234.567" is 1234567, but "1.234" alone could be
// either 1234 or 1.234 and "2.5" looks like a dot decimal: both are errors,
// never guesses. Dot-decimal files mirror this with "," for grouping.
import type { Amount } from '../amount.js'
import type { DecimalConvention } from '../model.js'

export type ConventionSetting = DecimalConvention | 'auto'

export type ParsedAmount =
  | { ok: true; value: Amount; decided?: DecimalConvention }
  | { ok: false; reason: AmountProblem }

export type AmountProblem =
  | 'malformed'
  | 'ambiguous-grouping'
  | 'wrong-decimal-separator'
  | 'scientific'
  | 'currency-not-allowed'
  | 'too-long'
  | 'undecided'

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
const ONE_FOREIGN_GROUP: Record<DecimalConvention, RegExp> = { comma: /^[1-9]\d{0,2}\.\d{3}$/, dot: /^[1-9]\d{0,2},\d{3}$/ }

/** `text` is a non-empty cell (empty cells mean "not reported" and never get here). */
export function parseAmount(text: string, convention: ConventionSetting, options: AmountOptions): ParsedAmount {
  let body = text.trim()
  if (body.length > MAX_LENGTH) return { ok: false, reason: 'too-long' }

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
  const withoutCurrency = CURRENCY_BEFORE.test(body) ? body.replace(CURRENCY_BEFORE, '') : body.replace(CURRENCY_AFTER, '')
  if (withoutCurrency !== body) {
    if (!options.currency) return { ok: false, reason: 'currency-not-allowed' }
    body = withoutCurrency
    takeSign()
  }

  let decided: DecimalConvention | undefined
  let wholeKroner = false
  if (WHOLE_KRONER.test(body) && options.currency && convention !== 'dot') {
    body = body.slice(0, -2)
    wholeKroner = true
    if (convention === 'auto') decided = 'comma'
  }
  if (SCIENTIFIC.test(body)) return { ok: false, reason: 'scientific' }

  let resolved: DecimalConvention
  if (convention === 'auto' && decided === undefined) {
    const inferred = inferConvention(body)
    if (inferred === 'ambiguous') return { ok: false, reason: 'undecided' }
    if (inferred !== undefined) decided = inferred
    resolved = inferred ?? 'dot' // a number without separators reads the same either way
  } else {
    resolved = convention === 'auto' ? (decided as DecimalConvention) : convention
  }

  const match = BODY[resolved].exec(body)
  if (match === null || (match[1] === undefined && match[2] === undefined)) {
    return { ok: false, reason: diagnose(body, resolved) }
  }
  const fraction = match[2] ?? ''
  if (fraction === '' && !wholeKroner && ONE_FOREIGN_GROUP[resolved].test(body)) return { ok: false, reason: 'ambiguous-grouping' }
  const digits = `${(match[1] ?? '0').replace(/[^0-9]/g, '')}${fraction}`
  const units = BigInt(digits)
  const value: Amount = { units: negative ? -units : units, scale: fraction.length }
  return decided === undefined ? { ok: true, value } : { ok: true, value, decided }
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
