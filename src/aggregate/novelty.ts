// Per-group project counts and coverage without a set of projects per group. A group row says how many
// distinct projects it has, and how many of them reported each measure; for year-based groupings that
// is about one (group, project) pair per record, too many to keep as strings at 10 million records.
// Instead, for each record, the project's few ledger entries (record/ledger.ts) are read: an earlier
// counted entry that adds to the same group means the project is not new there, and its measure bits
// say what the project has already reported there.
//
// Example, --by year,partner: project P has counted entries (2018, {A}, jobs) and (2019, {A, B}, jobs).
// A record (2019, {B, C}, jobs + savings) adds to groups (2019, B) and (2019, C). For (2019, B) the
// second entry matches (same year, B in its set): P is not new there and has reported jobs, so only
// savings count as newly reported. For (2019, C) nothing matches: P is new, with jobs and savings.
//
// A project with many entries (see Ledger.isLarge) keeps a map from group to what it reported there
// instead, built once from its entries, so that a file whose rows all share one id stays linear.
import { type Ledger, NO_ENTRY, packedBasis, packedBits, packedCounted, packedYear } from '../record/ledger.js'
import { type RecordKeys, RecordView } from '../record/view.js'
import type { RecordFilter, Selection } from './filters.js'
import type { Group, GroupBy } from './group-by.js'

/** In a state: the project has a counted record here; the low three bits are the measures it reported. */
export const SEEN = 8

interface LargeProject {
  totals: number
  groups: Map<Group, number>
}

export class Novelty {
  /** Per grouping, per group the record adds to: SEEN | bits before this record, or 0. */
  readonly before: number[][]
  /** The same for the programme totals. */
  totalsBefore = 0
  private readonly large = new Map<number, LargeProject>()
  private readonly scratch: RecordView

  constructor(
    private readonly ledger: Ledger,
    private readonly groupings: readonly GroupBy[],
    private readonly filter: RecordFilter,
    private readonly keys: RecordKeys,
  ) {
    this.before = groupings.map(() => [])
    this.scratch = new RecordView(keys)
  }

  /**
   * Fills `before` and `totalsBefore` for `view`, credited to `selection`, whose groups are `groups`
   * (per grouping: one per credited partner for groupings by partner, else one).
   */
  scan(view: RecordView, selection: Selection, groups: readonly (readonly Group[])[]): void {
    const ledger = this.ledger
    if (ledger.isLarge(view.project)) return this.scanLarge(view, selection, groups)
    const groupings = this.groupings
    const credited = selection.partners
    for (let grouping = 0; grouping < groupings.length; grouping++) {
      const before = this.before[grouping] as number[]
      const count = (groupings[grouping] as GroupBy).includesPartner ? credited.length : 1
      for (let position = 0; position < count; position++) before[position] = 0
    }
    let totals = 0
    for (let entry = ledger.first(view.project); entry !== NO_ENTRY; entry = ledger.next(entry)) {
      const packed = ledger.packed(entry)
      if (!packedCounted(packed)) continue
      const state = SEEN | packedBits(packed)
      totals |= state
      let sameSet = -1 // unknown yet
      let entrySelection: Selection | null = null
      for (let index = 0; index < groupings.length; index++) {
        const grouping = groupings[index] as GroupBy
        if (grouping.byYear && packedYear(packed) !== view.year) continue
        if (grouping.byBasis && packedBasis(packed) !== view.basis) continue
        if (grouping.byCategory && ledger.category(entry) !== view.category) continue
        const before = this.before[index] as number[]
        if (!grouping.includesPartner) {
          before[0] = (before[0] as number) | state
          continue
        }
        if (sameSet < 0) {
          const set = ledger.partnerSet(entry)
          sameSet = set === view.partners.id ? 1 : 0
          if (sameSet === 0) entrySelection = this.filter.selection(this.keys.partnerSets.get(set))
        }
        for (let position = 0; position < credited.length; position++) {
          if (sameSet === 1 || (entrySelection?.partners.includes(credited[position] as number) ?? false)) {
            before[position] = (before[position] as number) | state
          }
        }
      }
    }
    this.totalsBefore = totals
  }

  /** Records that the record just scanned is counted, reporting `bits`. */
  update(
    view: RecordView,
    entry: number,
    bits: number,
    selection: Selection,
    groups: readonly (readonly Group[])[],
  ): void {
    this.ledger.markCounted(entry, bits)
    if (!this.ledger.isLarge(view.project)) return
    const large = this.large.get(view.project) as LargeProject
    large.totals |= SEEN | bits
    this.groupings.forEach((grouping, index) => {
      const count = grouping.includesPartner ? selection.partners.length : 1
      const each = groups[index] as readonly Group[]
      for (let position = 0; position < count; position++) {
        const group = each[position] as Group
        large.groups.set(group, (large.groups.get(group) ?? 0) | SEEN | bits)
      }
    })
  }

  private scanLarge(view: RecordView, selection: Selection, groups: readonly (readonly Group[])[]): void {
    let large = this.large.get(view.project)
    if (large === undefined) {
      large = this.replay(view.project)
      this.large.set(view.project, large)
    }
    for (let grouping = 0; grouping < groups.length; grouping++) {
      const before = this.before[grouping] as number[]
      const each = groups[grouping] as readonly Group[]
      const count = (this.groupings[grouping] as GroupBy).includesPartner ? selection.partners.length : 1
      for (let position = 0; position < count; position++)
        before[position] = large.groups.get(each[position] as Group) ?? 0
    }
    this.totalsBefore = large.totals
  }

  /** What a large project has reported where, from its counted entries so far. */
  private replay(project: number): LargeProject {
    const large: LargeProject = { totals: 0, groups: new Map() }
    const scratch = this.scratch
    scratch.project = project
    for (let entry = this.ledger.first(project); entry !== NO_ENTRY; entry = this.ledger.next(entry)) {
      const packed = this.ledger.packed(entry)
      if (!packedCounted(packed)) continue
      const state = SEEN | packedBits(packed)
      large.totals |= state
      scratch.year = packedYear(packed)
      scratch.basis = packedBasis(packed)
      scratch.category = this.ledger.category(entry)
      const selection = this.filter.selection(this.keys.partnerSets.get(this.ledger.partnerSet(entry))) as Selection
      for (const grouping of this.groupings) {
        const partners = grouping.includesPartner ? selection.partners : [-1]
        for (const partner of partners) {
          const group = grouping.group(scratch, partner)
          large.groups.set(group, (large.groups.get(group) ?? 0) | state)
        }
      }
    }
    return large
  }
}
