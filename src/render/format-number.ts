// The one place an exact amount becomes display text. Grouping and decimal
// marks follow the language; digits are never rounded away.
import { type Amount, amountToPlainString, normalizeAmount } from '../amount.js'

export interface NumberStyle {
  group: string
  decimal: string
}

export const NUMBER_STYLES = {
  en: { group: ',', decimal: '.' },
  nb: { group: ' ', decimal: ',' },
} satisfies Record<string, NumberStyle>

export type Language = keyof typeof NUMBER_STYLES

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
