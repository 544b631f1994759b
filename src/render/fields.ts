import type { ConstantPrices, Dimension } from '../model.js'

/** The field a dimension's key is written under in JSON and CSV. */
export const KEY_FIELDS: Record<Dimension, string> = {
  year: 'year',
  partner: 'partner',
  category: 'category',
  project: 'project_id',
  basis: 'basis',
}

/** "year_partner" for --by year,partner: the suffix of the JSON key and the CSV group name. */
export function groupingName(dimensions: readonly Dimension[]): string {
  return dimensions.join('_')
}

/** options.price_basis in JSON: "2020 kroner, KPI 2015=100", the same whatever the language. */
export function priceBasisLabel(prices: ConstantPrices): string {
  const { index } = prices
  if (index.builtIn) return `${prices.year} kroner, KPI ${index.referenceYear ?? 2015}=100`
  return `${prices.year} kroner, index ${index.source}${index.referenceYear === null ? '' : ` ${index.referenceYear}=100`}`
}
