// --from / --to / --partner / --category as a predicate. A record credited to
// several partners is narrowed to the partners asked for.
import type { Filters, ImpactRecord } from '../model.js'
import { normalizeName } from '../validate/record.js'

const fold = (name: string): string => normalizeName(name).toLowerCase()

export class RecordFilter {
  private readonly partners: Map<string, string>
  private readonly categories: Map<string, string>
  private readonly matched = new Set<string>()

  constructor(private readonly filters: Filters) {
    this.partners = new Map(filters.partners.map((name) => [fold(name), name]))
    this.categories = new Map(filters.categories.map((name) => [fold(name), name]))
  }

  get narrowsPartners(): boolean {
    return this.partners.size > 0
  }

  /** Positions of the record's partners that are selected, or null when the record is left out. */
  select(record: ImpactRecord): number[] | null {
    const { from, to } = this.filters
    if ((from !== null && record.year < from) || (to !== null && record.year > to)) return null
    if (this.categories.size > 0) {
      const category = record.category === null ? undefined : this.categories.get(fold(record.category))
      if (category === undefined) return null
      this.matched.add(`category\u0000${category}`)
    }
    const all = record.partners.map((_, position) => position)
    if (this.partners.size === 0) return all
    const selected = all.filter((position) => {
      const wanted = this.partners.get(fold(record.partners[position] as string))
      if (wanted !== undefined) this.matched.add(`partner\u0000${wanted}`)
      return wanted !== undefined
    })
    return selected.length > 0 ? selected : null
  }

  /** Filter values that matched no record, to warn about (a typo in --partner is a common mistake). */
  unmatched(): { option: '--partner' | '--category'; value: string }[] {
    return [
      ...this.filters.partners
        .filter((value) => !this.matched.has(`partner\u0000${value}`))
        .map((value) => ({ option: '--partner' as const, value })),
      ...this.filters.categories
        .filter((value) => !this.matched.has(`category\u0000${value}`))
        .map((value) => ({ option: '--category' as const, value })),
    ]
  }
}
