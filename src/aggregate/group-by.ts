// Keyed accumulators for one grouping, such as by year or by year and partner. Groups are found by
// an integer made of the record's interned keys (year, partner index, category index, …), never by
// a string built per record; the names come back only when the rows are made.
import { BASES, type ConstantPrices, type Dimension, type GroupKey, type GroupRow } from '../model.js'
import { NO_CATEGORY, type RecordKeys, type RecordView } from '../record/view.js'
import { compareNames } from '../record/norwegian-order.js'
import { IntMap } from '../record/int-map.js'
import { KeyLimitError, MAX_GROUP_ROWS } from '../record/limits.js'
import { roundParts } from './constant-kroner.js'
import { SumTable, type SumTableOptions, withSavings } from './sum-table.js'

export interface Group {
  /** Where the group's sums are in its grouping's SumTable. */
  readonly row: number
  /** The key values, one per dimension: year, partner index, category index + 1 (0: none), project index, basis index. */
  readonly values: readonly number[]
  records: number
  /** Distinct projects with a record here: counted by the Aggregator (see novelty.ts). */
  projects: number
}

const YEAR = 0
const PARTNER = 1
const CATEGORY = 2
const PROJECT = 3
const BASIS = 4
const CODES: Record<Dimension, number> = {
  year: YEAR,
  partner: PARTNER,
  category: CATEGORY,
  project: PROJECT,
  basis: BASIS,
}

/** How many values each dimension's key part can take in a numeric key; past that, keys are strings. */
const IDS = 2 ** 26
const RANGES = [0x10000, IDS, IDS, IDS, 4]

export class GroupBy {
  readonly includesPartner: boolean
  readonly byYear: boolean
  readonly byCategory: boolean
  readonly byBasis: boolean
  /** The groups' sums, coverage and bases, a row each. */
  readonly sums: SumTable
  private readonly groups = new IntMap<Group>()
  /** Groups whose key does not fit in a number (three or more dimensions, or past 2^26 distinct names). */
  private readonly others = new Map<string, Group>()
  private readonly codes: number[]
  /** For pairs: which of the two goes in the low part of the key (the one with fewer values). */
  private readonly low: number
  private readonly high: number

  constructor(
    readonly dimensions: readonly Dimension[],
    options: SumTableOptions = {},
  ) {
    this.sums = new SumTable(options)
    this.codes = dimensions.map(dimension => CODES[dimension])
    this.includesPartner = dimensions.includes('partner')
    this.byYear = dimensions.includes('year')
    this.byCategory = dimensions.includes('category')
    this.byBasis = dimensions.includes('basis')
    const [first = YEAR, second = YEAR] = this.codes
    const firstIsLow = (RANGES[first] as number) <= (RANGES[second] as number)
    this.low = firstIsLow ? 0 : 1
    this.high = firstIsLow ? 1 : 0
  }

  /** The group `view` adds to; `partner` is the partner index of this share for groupings by partner. */
  group(view: RecordView, partner: number): Group {
    const codes = this.codes
    let key = -1
    if (codes.length === 1) key = keyValueOf(codes[0] as number, view, partner)
    else if (codes.length === 2) {
      const lowCode = codes[this.low] as number
      const low = keyValueOf(lowCode, view, partner)
      const high = keyValueOf(codes[this.high] as number, view, partner)
      if (low < (RANGES[lowCode] as number) && high < IDS) key = high * (RANGES[lowCode] as number) + low
    }
    if (key < 0) return this.otherGroup(view, partner)
    let group = this.groups.get(key)
    if (group === undefined) {
      group = this.newGroup(view, partner)
      this.groups.set(key, group)
    }
    return group
  }

  private otherGroup(view: RecordView, partner: number): Group {
    const key = this.codes.map(code => keyValueOf(code, view, partner)).join(',')
    let group = this.others.get(key)
    if (group === undefined) {
      group = this.newGroup(view, partner)
      this.others.set(key, group)
    }
    return group
  }

  private newGroup(view: RecordView, partner: number): Group {
    if (this.groups.size + this.others.size >= MAX_GROUP_ROWS)
      throw new KeyLimitError('group', MAX_GROUP_ROWS, this.dimensions)
    return {
      row: this.sums.addRow(),
      values: this.codes.map(code => keyValueOf(code, view, partner)),
      records: 0,
      projects: 0,
    }
  }

  /**
   * The rows in key order. Under --real the rows' savings are rounded together, so that they add up
   * exactly to the rounded sum of their exact values (the real total, where the rows partition it).
   */
  rows(keys: RecordKeys, prices: ConstantPrices | null = null): GroupRow[] {
    const groups = [...[...this.groups.entries()].map(([, group]) => group), ...this.others.values()]
    const keyed = groups.map(group => ({
      group,
      keys: group.values.map((value, position) => keyOf(this.codes[position] as number, value, keys)),
    }))
    keyed.sort((a, b) => compareKeys(a.keys, b.keys, this.dimensions))
    const sums = this.sums
    const realSavings =
      prices === null ? null : roundParts(keyed.map(({ group }) => sums.realSavings(group.row, prices)))
    return keyed.map(({ group, keys: groupKeys }, position) => {
      const values = sums.values(group.row)
      return {
        keys: groupKeys,
        records: group.records,
        projects: group.projects,
        measures: realSavings === null ? values : withSavings(values, realSavings[position] ?? null),
        coverage: sums.coverage(group.row),
        bases: sums.bases(group.row),
      }
    })
  }
}

function keyValueOf(code: number, view: RecordView, partner: number): number {
  switch (code) {
    case YEAR:
      return view.year
    case PARTNER:
      return partner
    case CATEGORY:
      return view.category + 1
    case PROJECT:
      return view.project
    default:
      return view.basis
  }
}

function keyOf(code: number, value: number, keys: RecordKeys): GroupKey {
  switch (code) {
    case YEAR:
      return value
    case PARTNER:
      return keys.partnerSets.partners.name(value)
    case CATEGORY:
      return value - 1 === NO_CATEGORY ? null : keys.categories.name(value - 1)
    case PROJECT:
      return keys.projects.name(value)
    default:
      return BASES[value] as string
  }
}

/** Years ascending, bases as in BASES (realised first), names in Norwegian order (norwegian-order.ts), "no category" (null) last. */
export function compareKeys(
  a: readonly GroupKey[],
  b: readonly GroupKey[],
  dimensions: readonly Dimension[] = [],
): number {
  for (let position = 0; position < a.length; position++) {
    const left = a[position] ?? null
    const right = b[position] ?? null
    if (left === right) continue
    if (left === null) return 1
    if (right === null) return -1
    if (typeof left === 'number' && typeof right === 'number') return left - right
    if (dimensions[position] === 'basis') return BASES.indexOf(left as never) - BASES.indexOf(right as never)
    return compareNames(String(left), String(right))
  }
  return 0
}
