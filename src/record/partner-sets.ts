// A record's partners as one interned set: the sorted names, their partner indexes, and an id.
// Records repeat the same few partner combinations, so a record carries one small integer for them
// and the set is worked out once.
import { KeyLimitError, MAX_DISTINCT_NAMES } from './limits.js'
import { compareByCodePoint } from './code-point-order.js'
import { NameTable, type SpellingSink } from './names.js'

export interface PartnerSet {
  readonly id: number
  /** Distinct partners as shown (each one's first spelling), sorted by code point (the order ties are broken in). */
  readonly names: readonly string[]
  /** Index of each name in PartnerSets.partners, same order. */
  readonly partners: readonly number[]
}

export class PartnerSets {
  readonly partners: NameTable
  /** Sorted partner indexes → the set. */
  private readonly byPartners = new Map<string, PartnerSet>()
  private readonly sets: PartnerSet[] = []

  /** `sink`: where other spellings of a partner are noted (names.ts). */
  constructor(sink?: SpellingSink) {
    this.partners = new NameTable('partner', MAX_DISTINCT_NAMES, sink)
  }

  get size(): number {
    return this.sets.length
  }

  get(id: number): PartnerSet {
    return this.sets[id] as PartnerSet
  }

  /** The set of these (normalised, distinct) names; "A | b" and "a | B" are one set. */
  intern(names: readonly string[]): PartnerSet {
    const indexes = names.map(name => this.partners.intern(name))
    const key = indexes.length === 1 ? String(indexes[0]) : [...indexes].sort((a, b) => a - b).join(',')
    let set = this.byPartners.get(key)
    if (set === undefined) {
      if (this.sets.length >= MAX_DISTINCT_NAMES) throw new KeyLimitError('partner-set', MAX_DISTINCT_NAMES)
      const shown = indexes
        .map(partner => ({ partner, name: this.partners.name(partner) }))
        .sort((a, b) => compareByCodePoint(a.name, b.name))
      set = { id: this.sets.length, names: shown.map(each => each.name), partners: shown.map(each => each.partner) }
      this.sets.push(set)
      this.byPartners.set(key, set)
    }
    return set
  }
}
