import type { Dimension } from '../model.js'

/** The field a dimension's key is written under in JSON and CSV. */
export const KEY_FIELDS: Record<Dimension, string> = {
  year: 'year',
  partner: 'partner',
  category: 'category',
  project: 'project_id',
}

/** "year_partner" for --by year,partner: the suffix of the JSON key and the CSV group name. */
export function groupingName(dimensions: readonly Dimension[]): string {
  return dimensions.join('_')
}
