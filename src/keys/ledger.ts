// The per-project ledger: for every project, the distinct (year, partner set[, category][, basis])
// it was seen with, each entry with the measures its counted records reported. One short walk
// through a project's entries answers the questions that would otherwise each need a set of string
// keys as large as the input:
//   - is this (project, year, partner set) a duplicate, and where was the first? (validate/duplicates.ts)
//   - is this project new to each group the record adds to, and which measures does it report there
//     for the first time? (per-group project counts and coverage, aggregate/novelty.ts)
//
// An entry is 12 bytes (16 with categories) in chunked int32 arrays: the next entry of the same
// project, the partner set, and year | basis | measure bits | counted packed into one int32. Entry
// locations are kept as runs (LineRuns), a few bytes per file when records are one line each.
// A project with more than `largeProject` entries also gets a hash index, so that a file whose rows
// all share one project id stays linear.
import { Int32Column, Uint16Column } from './columns.js'
import { LineRuns } from './locations.js'
import { ProjectIds } from './project-ids.js'

const CHUNK_BITS = 14
const CHUNK_MASK = (1 << CHUNK_BITS) - 1

const NEXT = 0
const PARTNERS = 1
const PACKED = 2
const CATEGORY = 3

const YEAR_MASK = 0xffff
const BASIS_SHIFT = 16
const BITS_SHIFT = 18
const COUNTED = 1 << 21

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
}

export class Ledger {
  readonly projects = new ProjectIds()
  private readonly heads = new Int32Column(NO_ENTRY)
  /** Entries per project, saturating. */
  private readonly counts = new Uint16Column()
  private readonly chunks: Int32Array[] = []
  private readonly stride: number
  private readonly locations: LineRuns | null
  private readonly largeProject: number
  private readonly indexes = new Map<number, Map<number | string, number>>()
  size = 0

  constructor(readonly options: LedgerOptions) {
    this.stride = options.categories ? 4 : 3
    this.locations = options.duplicates ? new LineRuns() : null
    this.largeProject = options.largeProject ?? 64
  }

  /** The entry's year, basis, measure bits and counted flag, packed (read them with the functions below). */
  packed(entry: number): number {
    return this.field(entry, PACKED)
  }

  first(project: number): number {
    return this.heads.at(project)
  }

  next(entry: number): number {
    return this.field(entry, NEXT)
  }

  partnerSet(entry: number): number {
    return this.field(entry, PARTNERS)
  }

  year(entry: number): number {
    return this.field(entry, PACKED) & YEAR_MASK
  }

  basis(entry: number): number {
    return (this.field(entry, PACKED) >>> BASIS_SHIFT) & 3
  }

  /** The measures reported by the entry's counted records, one bit per measure. */
  bits(entry: number): number {
    return (this.field(entry, PACKED) >>> BITS_SHIFT) & 7
  }

  counted(entry: number): boolean {
    return (this.field(entry, PACKED) & COUNTED) !== 0
  }

  category(entry: number): number {
    return this.options.categories ? this.field(entry, CATEGORY) : -1
  }

  /** Where the entry's first record was read (packed, see Locations); only with `duplicates`. */
  location(entry: number): number {
    if (this.locations === null) throw new Error('entry locations are kept for duplicate detection only')
    return this.locations.get(entry)
  }

  /** Records that `entry` now has a counted record reporting `bits`. */
  markCounted(entry: number, bits: number): void {
    const chunk = this.chunks[entry >>> CHUNK_BITS] as Int32Array
    const at = (entry & CHUNK_MASK) * this.stride + PACKED
    chunk[at] = (chunk[at] as number) | COUNTED | (bits << BITS_SHIFT)
  }

  isLarge(project: number): boolean {
    return this.counts.at(project) > this.largeProject
  }

  /** With `duplicates`: the entry of (project, year, partner set), or NO_ENTRY. */
  findDuplicate(project: number, year: number, partnerSet: number): number {
    if (this.isLarge(project)) return this.indexes.get(project)?.get(partnerSet * 0x10000 + year) ?? NO_ENTRY
    const packedYear = year & YEAR_MASK
    for (let entry = this.heads.at(project); entry !== NO_ENTRY; entry = this.field(entry, NEXT)) {
      if (this.field(entry, PARTNERS) === partnerSet && (this.field(entry, PACKED) & YEAR_MASK) === packedYear) return entry
    }
    return NO_ENTRY
  }

  /** Without `duplicates`: the entry with the same tracked fields, or NO_ENTRY. */
  findSame(project: number, year: number, partnerSet: number, category: number, basis: number): number {
    if (this.isLarge(project)) return this.indexes.get(project)?.get(this.sameKey(year, partnerSet, category, basis)) ?? NO_ENTRY
    const identity = this.identity(year, basis)
    const categories = this.options.categories
    for (let entry = this.heads.at(project); entry !== NO_ENTRY; entry = this.field(entry, NEXT)) {
      if (
        this.field(entry, PARTNERS) === partnerSet &&
        (this.field(entry, PACKED) & (YEAR_MASK | (3 << BASIS_SHIFT))) === identity &&
        (!categories || this.field(entry, CATEGORY) === category)
      ) {
        return entry
      }
    }
    return NO_ENTRY
  }

  /** A new entry, not yet counted; `location` (packed) is required with `duplicates`. */
  add(project: number, year: number, partnerSet: number, category: number, basis: number, location = 0): number {
    if (year < 0 || year > YEAR_MASK) throw new RangeError(`year ${year} is out of range`)
    const entry = this.size++
    const chunkIndex = entry >>> CHUNK_BITS
    if (chunkIndex >= this.chunks.length) this.chunks.push(new Int32Array((CHUNK_MASK + 1) * this.stride))
    const chunk = this.chunks[chunkIndex] as Int32Array
    const at = (entry & CHUNK_MASK) * this.stride
    chunk[at + NEXT] = this.heads.at(project)
    chunk[at + PARTNERS] = partnerSet
    chunk[at + PACKED] = this.identity(year, basis)
    if (this.options.categories) chunk[at + CATEGORY] = category
    this.heads.set(project, entry)
    this.locations?.push(entry, location)
    const count = this.counts.at(project)
    if (count < 0xffff) this.counts.set(project, count + 1)
    if (count + 1 > this.largeProject) {
      let index = this.indexes.get(project)
      if (index === undefined) {
        index = new Map()
        this.indexes.set(project, index)
        for (let each = this.heads.at(project); each !== NO_ENTRY; each = this.field(each, NEXT)) index.set(this.keyOf(each), each)
      } else index.set(this.keyOf(entry), entry)
    }
    return entry
  }

  private identity(year: number, basis: number): number {
    return (year & YEAR_MASK) | ((this.options.bases ? basis : 0) << BASIS_SHIFT)
  }

  private keyOf(entry: number): number | string {
    const year = this.year(entry)
    if (this.options.duplicates) return this.partnerSet(entry) * 0x10000 + year
    return this.sameKey(year, this.partnerSet(entry), this.category(entry), this.basis(entry))
  }

  private sameKey(year: number, partnerSet: number, category: number, basis: number): string {
    return `${year}:${partnerSet}:${this.options.categories ? category : -1}:${this.options.bases ? basis : 0}`
  }

  private field(entry: number, field: number): number {
    return (this.chunks[entry >>> CHUNK_BITS] as Int32Array)[(entry & CHUNK_MASK) * this.stride + field] as number
  }
}
