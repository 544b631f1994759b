// Project ids → dense indexes 0, 1, 2, … in order of first appearance.
//
// A run over national extracts sees a million projects or more, so the ids are not kept as strings
// in a Map (on 64-bit V8 that is ~90 bytes an id: the copied string, the entry, the table's slack).
// Ids of up to 255 Latin-1 characters (all of Norwegian, digits, punctuation) are written as bytes,
// length first, into a chunked arena, and found through an open-addressing table of int32 slots:
// about 30 bytes an id. Anything else (rare) goes to a Map.
import { copyString } from './copy-string.js'
import { Float64Column } from './columns.js'

const ARENA_CHUNK = 1 << 20
const MAX_ARENA_ID = 255

export class ProjectIds {
  /** Slot → index + 1 of the id there, 0 for an empty slot. */
  private table = new Int32Array(1 << 12)
  private mask = (1 << 12) - 1
  private readonly arena: Uint8Array[] = [new Uint8Array(ARENA_CHUNK)]
  private arenaUsed = 0
  /** Index → where its bytes start: chunk × ARENA_CHUNK + position; -1 for an id kept in `others`. */
  private readonly offsets = new Float64Column()
  private readonly others = new Map<string, number>()
  private readonly otherNames = new Map<number, string>()

  get size(): number {
    return this.offsets.length
  }

  /** The index of `id`, added if new. */
  intern(id: string): number {
    const length = id.length
    let hash = 0x811c9dc5
    let narrow = length <= MAX_ARENA_ID
    for (let position = 0; position < length && narrow; position++) {
      const code = id.charCodeAt(position)
      if (code > 0xff) narrow = false
      hash = Math.imul(hash ^ code, 0x01000193)
    }
    if (!narrow) return this.internOther(id)
    let slot = hash & this.mask
    for (let found = this.table[slot] as number; found !== 0; found = this.table[slot] as number) {
      if (this.matches(found - 1, id)) return found - 1
      slot = (slot + 1) & this.mask
    }
    const index = this.offsets.length
    this.offsets.push(this.store(id))
    this.table[slot] = index + 1
    if (index * 2 >= this.mask) this.grow()
    return index
  }

  /** The id of `index`, as a fresh string. */
  name(index: number): string {
    const offset = this.offsets.get(index)
    if (offset < 0) return this.otherNames.get(index) as string
    const chunk = this.arena[Math.floor(offset / ARENA_CHUNK)] as Uint8Array
    const start = offset % ARENA_CHUNK
    const length = chunk[start] as number
    return String.fromCharCode(...chunk.subarray(start + 1, start + 1 + length))
  }

  private matches(index: number, id: string): boolean {
    const offset = this.offsets.get(index)
    if (offset < 0) return false
    const chunk = this.arena[Math.floor(offset / ARENA_CHUNK)] as Uint8Array
    let position = offset % ARENA_CHUNK
    const length = id.length
    if (chunk[position] !== length) return false
    position++
    for (let each = 0; each < length; each++) if (chunk[position + each] !== id.charCodeAt(each)) return false
    return true
  }

  private store(id: string): number {
    const needed = id.length + 1
    if (this.arenaUsed + needed > ARENA_CHUNK) {
      this.arena.push(new Uint8Array(ARENA_CHUNK))
      this.arenaUsed = 0
    }
    const chunkIndex = this.arena.length - 1
    const chunk = this.arena[chunkIndex] as Uint8Array
    const start = this.arenaUsed
    chunk[start] = id.length
    for (let each = 0; each < id.length; each++) chunk[start + 1 + each] = id.charCodeAt(each)
    this.arenaUsed += needed
    return chunkIndex * ARENA_CHUNK + start
  }

  private internOther(id: string): number {
    const known = this.others.get(id)
    if (known !== undefined) return known
    const index = this.offsets.length
    const copy = copyString(id)
    this.offsets.push(-1)
    this.others.set(copy, index)
    this.otherNames.set(index, copy)
    return index
  }

  /** Doubles the table: load stays at or below one half, so probes stay short. */
  private grow(): void {
    const size = this.table.length * 2
    const table = new Int32Array(size)
    const mask = size - 1
    for (let index = 0; index < this.offsets.length; index++) {
      const offset = this.offsets.get(index)
      if (offset < 0) continue
      const chunk = this.arena[Math.floor(offset / ARENA_CHUNK)] as Uint8Array
      const start = offset % ARENA_CHUNK
      const length = chunk[start] as number
      let hash = 0x811c9dc5
      for (let each = 0; each < length; each++) hash = Math.imul(hash ^ (chunk[start + 1 + each] as number), 0x01000193)
      let slot = hash & mask
      while (table[slot] !== 0) slot = (slot + 1) & mask
      table[slot] = index + 1
    }
    this.table = table
    this.mask = mask
  }
}
