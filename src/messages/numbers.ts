// The one place an exact amount becomes display text, in tables (NUMBER_STYLES) and in prose
// (formatProseNumber). Grouping and decimal marks follow the language; digits are never rounded away.
import { type Amount, amountToPlainString, normalizeAmount } from '../amount.js'
import type { Language } from '../model.js'

export interface NumberStyle {
  group: string
  decimal: string
}

export const NUMBER_STYLES: Record<Language, NumberStyle> = {
  en: { group: ',', decimal: '.' },
  nb: { group: ' ', decimal: ',' },
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group)
}

/** "334,000,000" / "2,987.40" (en) or "334 000 000" / "2 987,40" (nb); `minScale` pads the fraction. */
export function formatAmount(amount: Amount, style: NumberStyle, minScale = 0): string {
  const plain = amountToPlainString(amount, minScale)
  const negative = plain.startsWith('-')
  const [integer = '', fraction] = (negative ? plain.slice(1) : plain).split('.')
  const text = groupDigits(integer, style.group) + (fraction === undefined ? '' : style.decimal + fraction)
  return negative ? `-${text}` : text
}

export function formatCount(value: number, style: NumberStyle): string {
  return groupDigits(String(value), style.group)
}

/** Fraction digits of the exact value, trailing zeros dropped: what a column must show of it. */
export function significantScale(amount: Amount): number {
  return normalizeAmount(amount).scale
}

const NO_BREAK_SPACE = '\u00a0'

/**
 * A number as prose writes it. English groups thousands with commas ("3,000", "11,200"); Norwegian
 * writes four-digit numbers unbroken ("3000", as Språkrådet recommends and the KS article wrote it)
 * and groups longer ones with a no-break space ("11 200"), with a decimal comma ("1,5").
 */
export function formatProseNumber(amount: Amount, language: Language): string {
  const plain = amountToPlainString(amount)
  const negative = plain.startsWith('-')
  const [integer = '', fraction] = (negative ? plain.slice(1) : plain).split('.')
  const style = language === 'en' ? NUMBER_STYLES.en : { group: NO_BREAK_SPACE, decimal: NUMBER_STYLES.nb.decimal }
  const grouped = language === 'nb' && integer.length <= 4 ? integer : groupDigits(integer, style.group)
  const text = grouped + (fraction === undefined ? '' : style.decimal + fraction)
  return negative ? `-${text}` : text
}

export function formatProseCount(count: number, language: Language): string {
  return formatProseNumber({ units: BigInt(count), scale: 0 }, language)
}
