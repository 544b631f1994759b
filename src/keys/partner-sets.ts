// A record's partners as one interned set: the sorted names, their partner indexes, and an id.
// Records repeat the same few partner combinations, so a record carries one small integer for them
// and the set is worked out once.
import { KeyLimitError, MAX_DISTINCT_NAMES } from './limits.js'
import { NameTable } from './names.js'

export interface PartnerSet {
  readonly id: number
  /** Distinct, trimmed, sorted by code point (the order ties are broken in). */
  readonly names: readonly string[]
  /** Index of each name in PartnerSets.partners, same order. */
  readonly partners: readonly number[]
}

export class PartnerSets {
  readonly partners = new NameTable()
  private readonly byNames = new Map<string, PartnerSet>()
  private readonly sets: PartnerSet[] = []

  get size(): number {
    return this.sets.length
  }

  get(id: number): PartnerSet {
    return this.sets[id] as PartnerSet
  }

  /** The set of these names, in the order given (callers pass them sorted). */
  intern(names: readonly string[]): PartnerSet {
    const key = names.length === 1 ? (names[0] as string) : names.join('\u0000')
    let set = this.byNames.get(key)
    if (set === undefined) {
      if (this.sets.length >= MAX_DISTINCT_NAMES) throw new KeyLimitError('partner-set', MAX_DISTINCT_NAMES)
      const partners = names.map(name => this.partners.intern(name))
      set = { id: this.sets.length, names: partners.map(partner => this.partners.name(partner)), partners }
      this.sets.push(set)
      this.byNames.set(set.names.join('\u0000'), set)
    }
    return set
  }
}
