import type { Dimension } from '../model.js'

export { priceBasisLabel } from '../messages/display.js'

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
