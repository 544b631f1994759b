// Keyed accumulators for one grouping, such as by year or by year and partner.
import type { Amount } from '../amount.js'
import { BASES, type ConstantPrices, type Dimension, type GroupKey, type GroupRow, type ImpactRecord } from '../model.js'
import { compareByCodePoint } from '../validate/record.js'
import { type AccumulatorOptions, MeasureAccumulator, withSavings } from './accumulator.js'
import { roundParts } from './constant-kroner.js'

interface Group {
  keys: GroupKey[]
  records: number
  projects: Set<string>
  measures: MeasureAccumulator
}

export class GroupBy {
  readonly includesPartner: boolean
  private readonly groups = new Map<string, Group>()

  constructor(
    readonly dimensions: readonly Dimension[],
    private readonly options: AccumulatorOptions = {},
  ) {
    this.includesPartner = dimensions.includes('partner')
  }

  /** `partner` is the partner this share belongs to (for groupings by partner), else ignored. */
  add(record: ImpactRecord, partner: string | null, amounts: readonly (Amount | null)[]): void {
    const keys = this.dimensions.map((dimension) => keyOf(record, dimension, partner))
    const id = keys.join('\u0000')
    let group = this.groups.get(id)
    if (group === undefined) {
      group = { keys, records: 0, projects: new Set(), measures: new MeasureAccumulator(this.options) }
      this.groups.set(id, group)
    }
    group.records++
    group.projects.add(record.projectId)
    group.measures.add(amounts, record)
  }

  /**
   * The rows in key order. Under --real the rows' savings are rounded together, so that they add up
   * exactly to the rounded sum of their exact values (the real total, where the rows partition it).
   */
  rows(prices: ConstantPrices | null = null): GroupRow[] {
    const groups = [...this.groups.values()].sort((a, b) => compareKeys(a.keys, b.keys, this.dimensions))
    const realSavings = prices === null ? null : roundParts(groups.map((group) => group.measures.realSavings(prices)))
    return groups.map((group, position) => {
      const values = group.measures.values()
      return {
        keys: group.keys,
        records: group.records,
        projects: group.projects.size,
        measures: realSavings === null ? values : withSavings(values, realSavings[position] ?? null),
        coverage: group.measures.coverage(),
        bases: group.measures.bases(),
      }
    })
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
    case 'basis':
      return record.basis
  }
}

/** Years ascending, bases as in BASES (realised first), names by code point, "no category" (null) last. */
export function compareKeys(a: readonly GroupKey[], b: readonly GroupKey[], dimensions: readonly Dimension[] = []): number {
  for (let position = 0; position < a.length; position++) {
    const left = a[position] ?? null
    const right = b[position] ?? null
    if (left === right) continue
    if (left === null) return 1
    if (right === null) return -1
    if (typeof left === 'number' && typeof right === 'number') return left - right
    if (dimensions[position] === 'basis') return BASES.indexOf(left as never) - BASES.indexOf(right as never)
    return compareByCodePoint(String(left), String(right))
  }
  return 0
}
