// The per-project ledger: for every project, the distinct (year, partner set[, category][, basis])
// it was seen with, each entry with the measures its counted records reported. One short walk
// through a project's entries answers the questions that would otherwise each need a set of string
// keys as large as the input:
//   - is this (project, year, partner set) a duplicate, and where was the first? (validate/duplicates.ts)
//   - is this project and year already there under another partner set (an overlap), and where?
//   - is this project new to each group the record adds to, and which measures does it report there
//     for the first time? (per-group project counts and coverage, aggregate/novelty.ts)
//
// An entry is two int32 in chunked arrays, 8 bytes: the next entry of the same project, and a key
//   partner set (18 bits) | year − base (8 bits) | basis (2) | counted (1) | measure bits (3)
// for the usual data: under 262 144 partner sets and a 256-year span. A record outside that widens
// the ledger once to three int32 an entry (partner set; year | basis | counted | bits). Categories,
// when a grouping needs them, sit in a column of their own. Entry locations are kept as runs
// (LineRuns), a few bytes per file when records are one line each. A project with more than
// `largeProject` entries also gets a hash index, so that a file whose rows all share one id stays linear.
import { Int32Column, Uint16Column } from './columns.js'
import { LineRuns } from './locations.js'

const CHUNK_BITS = 14
const CHUNK_SIZE = 1 << CHUNK_BITS
const CHUNK_MASK = CHUNK_SIZE - 1

// The packed form every reader sees (and the wide layout stores): year | basis | bits | counted.
const YEAR_MASK = 0xffff
const BASIS_SHIFT = 16
const BITS_SHIFT = 18
const COUNTED = 1 << 21

// The compact key.
const KEY_BITS = 7 // measure bits, low three
const KEY_COUNTED = 8
const KEY_BASIS_SHIFT = 4
const KEY_YEAR_SHIFT = 6
const KEY_PARTNERS_SHIFT = 14
const COMPACT_PARTNER_SETS = 1 << 18
const COMPACT_YEARS = 256

export const NO_ENTRY = -1

export const packedYear = (packed: number): number => packed & YEAR_MASK
export const packedBasis = (packed: number): number => (packed >>> BASIS_SHIFT) & 3
export const packedBits = (packed: number): number => (packed >>> BITS_SHIFT) & 7
export const packedCounted = (packed: number): boolean => (packed & COUNTED) !== 0

export interface LedgerOptions {
  /**
   * On: one entry per (project, year, partner set), with the location of its first record, for
   * duplicate detection. Off: one entry per distinct (year, partner set, category, basis) as tracked.
   */
  duplicates: boolean
  /** Keep each entry's category (a grouping uses it); otherwise entries ignore it. */
  categories: boolean
  /** Keep each entry's basis (a grouping uses it); otherwise entries ignore it. */
  bases: boolean
  /** Entries a project may have before it gets a hash index (tests lower it). */
  largeProject?: number
  /** Start in the wide layout (tests). */
  wide?: boolean
}

export class Ledger {
  private readonly heads = new Int32Column(NO_ENTRY)
  /** Entries per project, saturating. */
  private readonly counts = new Uint16Column()
  private chunks: Int32Array[] = []
  private wide: boolean
  private stride: number
  /** The first year of the compact layout's 256-year window; set by the first entry. */
  private baseYear = -1
  private readonly categoryColumn: Int32Column | null
  private readonly locations: LineRuns | null
  private readonly largeProject: number
  private readonly indexes = new Map<number, Map<number | string, number>>()
  size = 0

  constructor(readonly options: LedgerOptions) {
    this.wide = options.wide === true
    this.stride = this.wide ? 3 : 2
    this.categoryColumn = options.categories ? new Int32Column() : null
    this.locations = options.duplicates ? new LineRuns() : null
    this.largeProject = options.largeProject ?? 64
  }

  /** The entry's year, basis, measure bits and counted flag, packed (read them with the functions above). */
  packed(entry: number): number {
    const chunk = this.chunks[entry >>> CHUNK_BITS] as Int32Array
    const at = (entry & CHUNK_MASK) * this.stride
    if (this.wide) return chunk[at + 2] as number
    const key = chunk[at + 1] as number
    return (
      (((key >>> KEY_YEAR_SHIFT) & (COMPACT_YEARS - 1)) + this.baseYear) |
      (((key >>> KEY_BASIS_SHIFT) & 3) << BASIS_SHIFT) |
      ((key & KEY_BITS) << BITS_SHIFT) |
      ((key & KEY_COUNTED) !== 0 ? COUNTED : 0)
    )
  }

  first(project: number): number {
    return this.heads.at(project)
  }

  next(entry: number): number {
    return (this.chunks[entry >>> CHUNK_BITS] as Int32Array)[(entry & CHUNK_MASK) * this.stride] as number
  }

  partnerSet(entry: number): number {
    const value = (this.chunks[entry >>> CHUNK_BITS] as Int32Array)[(entry & CHUNK_MASK) * this.stride + 1] as number
    return this.wide ? value : value >>> KEY_PARTNERS_SHIFT
  }

  year(entry: number): number {
    return packedYear(this.packed(entry))
  }

  basis(entry: number): number {
    return packedBasis(this.packed(entry))
  }

  /** The measures reported by the entry's counted records, one bit per measure. */
  bits(entry: number): number {
    return packedBits(this.packed(entry))
  }

  counted(entry: number): boolean {
    return packedCounted(this.packed(entry))
  }

  category(entry: number): number {
    return this.categoryColumn === null ? -1 : this.categoryColumn.get(entry)
  }

  /** Where the entry's first record was read (packed, see Locations); only with `duplicates`. */
  location(entry: number): number {
    if (this.locations === null) throw new Error('entry locations are kept for duplicate detection only')
    return this.locations.get(entry)
  }

  /** Records that `entry` now has a counted record reporting `bits`. */
  markCounted(entry: number, bits: number): void {
    const chunk = this.chunks[entry >>> CHUNK_BITS] as Int32Array
    const at = (entry & CHUNK_MASK) * this.stride
    if (this.wide) chunk[at + 2] = (chunk[at + 2] as number) | COUNTED | (bits << BITS_SHIFT)
    else chunk[at + 1] = (chunk[at + 1] as number) | KEY_COUNTED | bits
  }

  isLarge(project: number): boolean {
    return this.counts.at(project) > this.largeProject
  }

  /** With `duplicates`: the entry of (project, year, partner set), or NO_ENTRY. */
  findDuplicate(project: number, year: number, partnerSet: number): number {
    if (this.isLarge(project)) return this.indexes.get(project)?.get(partnerSet * 0x10000 + year) ?? NO_ENTRY
    if (!this.wide) {
      if (!this.fitsCompact(year, partnerSet)) return NO_ENTRY // such an entry would have widened the ledger
      const wanted = (partnerSet << KEY_PARTNERS_SHIFT) | ((year - this.baseYear) << KEY_YEAR_SHIFT)
      const mask = ~((1 << KEY_YEAR_SHIFT) - 1)
      for (let entry = this.heads.at(project); entry !== NO_ENTRY; ) {
        const chunk = this.chunks[entry >>> CHUNK_BITS] as Int32Array
        const at = (entry & CHUNK_MASK) * 2
        if (((chunk[at + 1] as number) & mask) === wanted) return entry
        entry = chunk[at] as number
      }
      return NO_ENTRY
    }
    for (let entry = this.heads.at(project); entry !== NO_ENTRY; entry = this.next(entry)) {
      if (this.partnerSet(entry) === partnerSet && packedYear(this.packed(entry)) === year) return entry
    }
    return NO_ENTRY
  }

  /**
   * With `duplicates`: the first entry of (project, year) under any partner set, or NO_ENTRY (the overlap
   * check: one project and year under two partner sets).
   */
  firstOfYear(project: number, year: number): number {
    if (this.isLarge(project)) return this.indexes.get(project)?.get(-(year + 1)) ?? NO_ENTRY
    // The chain runs from the newest entry to the oldest: the last match is the first entry.
    let first = NO_ENTRY
    for (let entry = this.heads.at(project); entry !== NO_ENTRY; entry = this.next(entry))
      if (packedYear(this.packed(entry)) === year) first = entry
    return first
  }

  /** Without `duplicates`: the entry with the same tracked fields, or NO_ENTRY. */
  findSame(project: number, year: number, partnerSet: number, category: number, basis: number): number {
    if (this.isLarge(project))
      return this.indexes.get(project)?.get(this.sameKey(year, partnerSet, category, basis)) ?? NO_ENTRY
    const trackedBasis = this.options.bases ? basis : 0
    const categories = this.categoryColumn
    for (let entry = this.heads.at(project); entry !== NO_ENTRY; entry = this.next(entry)) {
      const packed = this.packed(entry)
      if (
        this.partnerSet(entry) === partnerSet &&
        packedYear(packed) === year &&
        packedBasis(packed) === trackedBasis &&
        (categories === null || categories.get(entry) === category)
      ) {
        return entry
      }
    }
    return NO_ENTRY
  }

  /** A new entry, not yet counted; `location` (packed) is required with `duplicates`. */
  add(project: number, year: number, partnerSet: number, category: number, basis: number, location = 0): number {
    if (year < 0 || year > YEAR_MASK) throw new RangeError(`year ${year} is out of range`)
    if (this.baseYear < 0) this.baseYear = Math.max(0, year - COMPACT_YEARS / 2 + 1)
    if (!this.wide && !this.fitsCompact(year, partnerSet)) this.widen()
    const trackedBasis = this.options.bases ? basis : 0
    const entry = this.size++
    const chunkIndex = entry >>> CHUNK_BITS
    if (chunkIndex >= this.chunks.length) this.chunks.push(new Int32Array(CHUNK_SIZE * this.stride))
    const chunk = this.chunks[chunkIndex] as Int32Array
    const at = (entry & CHUNK_MASK) * this.stride
    chunk[at] = this.heads.at(project)
    if (this.wide) {
      chunk[at + 1] = partnerSet
      chunk[at + 2] = year | (trackedBasis << BASIS_SHIFT)
    } else {
      chunk[at + 1] =
        (partnerSet << KEY_PARTNERS_SHIFT) |
        ((year - this.baseYear) << KEY_YEAR_SHIFT) |
        (trackedBasis << KEY_BASIS_SHIFT)
    }
    this.categoryColumn?.set(entry, category)
    this.heads.set(project, entry)
    this.locations?.push(entry, location)
    const count = this.counts.at(project)
    if (count < 0xffff) this.counts.set(project, count + 1)
    if (count + 1 > this.largeProject) {
      let index = this.indexes.get(project)
      if (index === undefined) {
        index = new Map()
        this.indexes.set(project, index)
        // Newest to oldest: a year's key ends on its first entry (firstOfYear).
        for (let each = this.heads.at(project); each !== NO_ENTRY; each = this.next(each)) {
          index.set(this.keyOf(each), each)
          if (this.options.duplicates) index.set(-(this.year(each) + 1), each)
        }
      } else {
        index.set(this.keyOf(entry), entry)
        if (this.options.duplicates && !index.has(-(year + 1))) index.set(-(year + 1), entry)
      }
    }
    return entry
  }

  private fitsCompact(year: number, partnerSet: number): boolean {
    return partnerSet < COMPACT_PARTNER_SETS && year >= this.baseYear && year < this.baseYear + COMPACT_YEARS
  }

  /** Rewrites every entry in the wide layout (once, for data past the compact one's limits). */
  private widen(): void {
    const compact = this.chunks
    this.chunks = []
    for (let index = 0; index < compact.length; index++) {
      const from = compact[index] as Int32Array
      const to = new Int32Array(CHUNK_SIZE * 3)
      const entries = Math.min(CHUNK_SIZE, this.size - index * CHUNK_SIZE)
      for (let each = 0; each < entries; each++) {
        const key = from[each * 2 + 1] as number
        to[each * 3] = from[each * 2] as number
        to[each * 3 + 1] = key >>> KEY_PARTNERS_SHIFT
        to[each * 3 + 2] =
          (((key >>> KEY_YEAR_SHIFT) & (COMPACT_YEARS - 1)) + this.baseYear) |
          (((key >>> KEY_BASIS_SHIFT) & 3) << BASIS_SHIFT) |
          ((key & KEY_BITS) << BITS_SHIFT) |
          ((key & KEY_COUNTED) !== 0 ? COUNTED : 0)
      }
      compact[index] = new Int32Array(0) // let it go while the rest is copied
      this.chunks.push(to)
    }
    this.wide = true
    this.stride = 3
  }

  private keyOf(entry: number): number | string {
    const year = this.year(entry)
    if (this.options.duplicates) return this.partnerSet(entry) * 0x10000 + year
    return this.sameKey(year, this.partnerSet(entry), this.category(entry), this.basis(entry))
  }

  private sameKey(year: number, partnerSet: number, category: number, basis: number): string {
    return `${year}:${partnerSet}:${this.options.categories ? category : -1}:${this.options.bases ? basis : 0}`
  }
}
