// --from / --to / --partner / --category / --basis over an ImpactRecord, as defined: the reference
// that RecordFilter.selectView (src/aggregate/filters.ts, worked out once per partner set and
// category) is checked against in test/aggregate/filters.test.ts. Names match by identity: after
// trimming, collapsing inner white space, NFC and Norwegian case folding (record/names.ts).
import type { Filters, ImpactRecord } from '../../src/model.js'
import { identityKey, normalizeName } from '../../src/record/names.js'

const fold = (name: string): string => identityKey(normalizeName(name))

/** Positions of the record's partners that are selected, or null when the record is left out. */
export function select(filters: Filters, record: ImpactRecord): number[] | null {
  const { from, to } = filters
  if ((from !== null && record.year < from) || (to !== null && record.year > to)) return null
  if (filters.bases.length > 0 && !filters.bases.includes(record.basis)) return null
  const categories = new Set(filters.categories.map(fold))
  if (categories.size > 0 && (record.category === null || !categories.has(fold(record.category)))) return null
  const all = record.partners.map((_, position) => position)
  const partners = new Set(filters.partners.map(fold))
  if (partners.size === 0) return all
  const selected = all.filter(position => partners.has(fold(record.partners[position] as string)))
  return selected.length > 0 ? selected : null
}
