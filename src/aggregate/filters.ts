// --from / --to / --partner / --category / --basis as a predicate. A record credited to
// several partners is narrowed to the partners asked for.
import type { Filters, ImpactRecord } from '../model.js'
import { normalizeName } from '../validate/record.js'

const fold = (name: string): string => normalizeName(name).toLowerCase()

export class RecordFilter {
  // Folded name → itself; the names the user typed are matched through their folded form.
  private readonly partners: Set<string>
  private readonly categories: Set<string>
  private readonly matched = new Set<string>()

  constructor(private readonly filters: Filters) {
    this.partners = new Set(filters.partners.map(fold))
    this.categories = new Set(filters.categories.map(fold))
  }

  get narrowsPartners(): boolean {
    return this.partners.size > 0
  }

  /** Positions of the record's partners that are selected, or null when the record is left out. */
  select(record: ImpactRecord): number[] | null {
    const { from, to } = this.filters
    if ((from !== null && record.year < from) || (to !== null && record.year > to)) return null
    if (this.filters.bases.length > 0 && !this.filters.bases.includes(record.basis)) return null
    if (this.categories.size > 0) {
      const category = record.category === null ? null : fold(record.category)
      if (category === null || !this.categories.has(category)) return null
      this.matched.add(`category\u0000${category}`)
    }
    const all = record.partners.map((_, position) => position)
    if (this.partners.size === 0) return all
    const selected = all.filter((position) => {
      const partner = fold(record.partners[position] as string)
      if (!this.partners.has(partner)) return false
      this.matched.add(`partner\u0000${partner}`)
      return true
    })
    return selected.length > 0 ? selected : null
  }

  /** Filter values that matched no record, to warn about (a typo in --partner is a common mistake). */
  unmatched(): { option: '--partner' | '--category'; value: string }[] {
    return [
      ...this.filters.partners
        .filter((value) => !this.matched.has(`partner\u0000${fold(value)}`))
        .map((value) => ({ option: '--partner' as const, value })),
      ...this.filters.categories
        .filter((value) => !this.matched.has(`category\u0000${fold(value)}`))
        .map((value) => ({ option: '--category' as const, value })),
    ]
  }
}
