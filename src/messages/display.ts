// Text from the data as a message shows it: a cell on one line, control characters escaped, long
// values cut; and the labels that are the same in every language (JSON's price basis).
import type { ConstantPrices } from '../model.js'

const MAX_VALUE_CHARS = 80

/** A cell as it can be shown on one line: control characters escaped, long values cut. */
export function displayValue(value: string): string {
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value
  return shown.replace(/[\u0000-\u001f\u007f"\\]/g, char => {
    if (char === '\n') return '\\n'
    if (char === '\r') return '\\r'
    if (char === '\t') return '\\t'
    if (char === '"') return '\\"'
    if (char === '\\') return '\\\\'
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** "2020 kroner, KPI 2015=100": the price basis in JSON (options.price_basis) and English tables. */
export function priceBasisLabel(prices: ConstantPrices): string {
  const { index } = prices
  if (index.builtIn) return `${prices.year} kroner, KPI ${index.referenceYear ?? 2015}=100`
  return `${prices.year} kroner, index ${index.source}${index.referenceYear === null ? '' : ` ${index.referenceYear}=100`}`
}
