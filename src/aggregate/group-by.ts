// Keyed accumulators for one grouping, such as by year or by year and partner.
import type { Amount } from '../amount.js'
import type { Dimension, GroupKey, GroupRow, ImpactRecord } from '../model.js'
import { compareByCodePoint } from '../validate/record.js'
import { MeasureAccumulator } from './accumulator.js'

interface Group {
  keys: GroupKey[]
  records: number
  projects: Set<string>
  measures: MeasureAccumulator
}

export class GroupBy {
  readonly includesPartner: boolean
  private readonly groups = new Map<string, Group>()

  constructor(readonly dimensions: readonly Dimension[]) {
    this.includesPartner = dimensions.includes('partner')
  }

  /** `partner` is the partner this share belongs to (for groupings by partner), else ignored. */
  add(record: ImpactRecord, partner: string | null, amounts: readonly (Amount | null)[]): void {
    const keys = this.dimensions.map((dimension) => keyOf(record, dimension, partner))
    const id = keys.join('\u0000')
    let group = this.groups.get(id)
    if (group === undefined) {
      group = { keys, records: 0, projects: new Set(), measures: new MeasureAccumulator() }
      this.groups.set(id, group)
    }
    group.records++
    group.projects.add(record.projectId)
    group.measures.add(amounts)
  }

  rows(): GroupRow[] {
    return [...this.groups.values()]
      .map((group) => ({ keys: group.keys, records: group.records, projects: group.projects.size, measures: group.measures.values() }))
      .sort((a, b) => compareKeys(a.keys, b.keys))
  }
}

function keyOf(record: ImpactRecord, dimension: Dimension, partner: string | null): GroupKey {
  switch (dimension) {
    case 'year':
      return record.year
    case 'partner':
      return partner
    case 'category':
      return record.category
    case 'project':
      return record.projectId
  }
}

/** Years ascending, names by code point, "no category" (null) last. */
export function compareKeys(a: readonly GroupKey[], b: readonly GroupKey[]): number {
  for (let position = 0; position < a.length; position++) {
    const left = a[position] ?? null
    const right = b[position] ?? null
    if (left === right) continue
    if (left === null) return 1
    if (right === null) return -1
    if (typeof left === 'number' && typeof right === 'number') return left - right
    return compareByCodePoint(String(left), String(right))
  }
  return 0
}
