// --from / --to / --partner / --category / --basis as a predicate. A record credited to
// several partners is narrowed to the partners asked for.
import { BASES, type Filters } from '../model.js'
import { identityKey, normalizeName } from '../record/names.js'
import type { PartnerSet } from '../record/partner-sets.js'
import { NO_CATEGORY, type RecordView } from '../record/view.js'

/** Filter values match names by identity (record/names.ts): case, composition and spacing aside. */
const fold = (name: string): string => identityKey(normalizeName(name))

/** The partners of a record that are credited: their positions in the record's set, and their partner indexes. */
export interface Selection {
  readonly positions: readonly number[]
  readonly partners: readonly number[]
}

export class RecordFilter {
  // Folded name → itself; the names the user typed are matched through their folded form.
  private readonly partners: Set<string>
  private readonly categories: Set<string>
  private readonly matched = new Set<string>()
  private readonly bases: boolean[]
  /** Per partner set id: the selection, or null when none of its partners is selected. */
  private readonly selections: (Selection | null | undefined)[] = []
  /** Per category index + 1: whether --category selects it. */
  private readonly categoryChoices: (boolean | undefined)[] = []

  constructor(private readonly filters: Filters) {
    this.partners = new Set(filters.partners.map(fold))
    this.categories = new Set(filters.categories.map(fold))
    this.bases = BASES.map(basis => filters.bases.length === 0 || filters.bases.includes(basis))
  }

  get narrowsPartners(): boolean {
    return this.partners.size > 0
  }

  /** The partners of `view` that are credited, or null when the record is left out; the answers for a category or a partner set are worked out once. */
  selectView(view: RecordView): Selection | null {
    const { from, to } = this.filters
    if ((from !== null && view.year < from) || (to !== null && view.year > to)) return null
    if (this.bases[view.basis] !== true) return null
    if (this.categories.size > 0) {
      let chosen = this.categoryChoices[view.category + 1]
      if (chosen === undefined) {
        chosen = this.selectsCategory(view.category === NO_CATEGORY ? null : view.keys.categories.name(view.category))
        this.categoryChoices[view.category + 1] = chosen
      }
      if (!chosen) return null
    }
    return this.selection(view.partners)
  }

  /** The selection of a partner set (a record that passed the other filters has it). */
  selection(set: PartnerSet): Selection | null {
    let selection = this.selections[set.id]
    if (selection === undefined) {
      const positions = set.names
        .map((_, position) => position)
        .filter(position => this.partners.size === 0 || this.selectsPartner(set.names[position] as string))
      selection =
        positions.length === 0
          ? null
          : { positions, partners: positions.map(position => set.partners[position] as number) }
      this.selections[set.id] = selection
    }
    return selection
  }

  /** Filter values that matched no record, to warn about (a typo in --partner is a common mistake). */
  unmatched(): { option: '--partner' | '--category'; value: string }[] {
    return [
      ...this.filters.partners
        .filter(value => !this.matched.has(`partner\u0000${fold(value)}`))
        .map(value => ({ option: '--partner' as const, value })),
      ...this.filters.categories
        .filter(value => !this.matched.has(`category\u0000${fold(value)}`))
        .map(value => ({ option: '--category' as const, value })),
    ]
  }

  private selectsCategory(name: string | null): boolean {
    const category = name === null ? null : fold(name)
    if (category === null || !this.categories.has(category)) return false
    this.matched.add(`category\u0000${category}`)
    return true
  }

  private selectsPartner(name: string): boolean {
    const partner = fold(name)
    if (!this.partners.has(partner)) return false
    this.matched.add(`partner\u0000${partner}`)
    return true
  }
}
