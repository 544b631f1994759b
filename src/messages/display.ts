// Text from the data as a message shows it: a cell on one line, invisible and layout-changing
// characters made visible (escape.ts), long values cut; and the labels that are the same in every
// language (JSON's price basis).
import { visible } from '../escape.js'
import type { ConstantPrices } from '../model.js'

const MAX_VALUE_CHARS = 80

/**
 * A cell as it can be quoted on one line: quotes and backslashes escaped, every invisible or
 * layout-changing character made visible (escape.ts), long values cut.
 */
export function displayValue(value: string): string {
  // Cut between characters, not inside a surrogate pair.
  const cut = MAX_VALUE_CHARS - (/[\ud800-\udbff]/.test(value.charAt(MAX_VALUE_CHARS - 1)) ? 1 : 0)
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, cut)}…` : value
  return visible(shown.replace(/["\\]/g, '\\$&'))
}

/** "2020 kroner, KPI 2015=100": the price basis in JSON (options.price_basis) and English tables. */
export function priceBasisLabel(prices: ConstantPrices): string {
  const { index } = prices
  if (index.builtIn) return `${prices.year} kroner, KPI ${index.referenceYear ?? 2015}=100`
  return `${prices.year} kroner, index ${index.source}${index.referenceYear === null ? '' : ` ${index.referenceYear}=100`}`
}
