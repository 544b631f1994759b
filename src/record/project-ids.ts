// Project ids → dense indexes 0, 1, 2, … in order of first appearance.
//
// A run over national extracts sees a million projects or more, so the ids are not kept as strings
// in a Map (on 64-bit V8 that is ~90 bytes an id: the copied string, the entry, the table's slack).
// Ids of up to 255 Latin-1 characters (all of Norwegian, digits, punctuation) are written as bytes
// into a chunked arena — [index: 4 bytes][length: 1 byte][characters] — and found through an
// open-addressing table of int32 arena offsets: about 25 bytes an id, and a lookup touches two places
// in memory (the slot, the bytes). Anything else (rare) goes to a Map. The index → id direction is
// built only when a name is first asked for (rows by project, a message).
//
// Ids are compared by identity (names.ts): "lup-2016-01" is "LUP-2016-01". In the arena that is done
// by folding Latin-1 letters to lower case while hashing and matching (the bytes keep the first
// spelling, which is shown); other ids are keyed by identityKey in the Map. An id whose key is Latin-1
// is looked for in the arena whatever its spelling ("Ÿ" finds "ÿ"), and a new Latin-1 id in the Map
// when the Map holds anything, so that the two never hold one id twice.
import { copyString } from './copy-string.js'
import { Int32Column } from './columns.js'
import { KeyLimitError, MAX_DISTINCT_PROJECTS } from './limits.js'
import { identityKey, type SpellingSink } from './names.js'

const ARENA_BITS = 20
const ARENA_CHUNK = 1 << ARENA_BITS
const ARENA_MASK = ARENA_CHUNK - 1
/** Offsets are int32 (chunk << ARENA_BITS | position): the arena holds up to 2 GiB; ids past that go to the Map. */
const MAX_ARENA_CHUNKS = 2047
const MAX_ARENA_ID = 255
const HEADER = 5

export const NOT_PLAIN = -1

/** A Latin-1 code folded to lower case (A-Z, À-Þ but ×); Latin-1 lower case stays Latin-1. */
function fold(code: number): number {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 0x20 : code
}

export class ProjectIds {
  /** Where each id was first read (packed locations below 2^31, the rest in a Map), for the warning about another spelling. */
  private readonly firstAt = new Int32Column()
  private readonly firstFarAt = new Map<number, number>()
  /** Other spellings already noted. */
  private readonly spellings = new Set<string>()

  /** `sink`: where other spellings are noted, and where the row being read is (names.ts). */
  constructor(private readonly sink?: SpellingSink) {}

  /** Slot → arena offset + 1 of the id there, 0 for an empty slot. */
  private table = new Int32Array(1 << 12)
  private mask = (1 << 12) - 1
  private used = 0
  private readonly arena: Uint8Array[] = [new Uint8Array(ARENA_CHUNK)]
  private arenaUsed = 0
  /** Bytes used in each full chunk (the last one's is arenaUsed). */
  private readonly chunkUsed: number[] = []
  /** Index → arena offset (-1 for an id kept in `others`), made only when a name is first asked for. */
  private offsets: Int32Column | null = null
  private count = 0
  private readonly others = new Map<string, number>()
  private readonly otherNames = new Map<number, string>()
  /** The arena offset of the last plain id found: a project's rows often come one after another. */
  private last = -1

  get size(): number {
    return this.count
  }

  /** The index of `id`, added if new. */
  intern(id: string): number {
    return this.internRange(id, 0, id.length)
  }

  /** The index of the id text[start, end), added if new; no string is made for an id already known. */
  internRange(text: string, start: number, end: number): number {
    const length = end - start
    let hash = 0x811c9dc5
    let narrow = length <= MAX_ARENA_ID
    for (let position = start; position < end && narrow; position++) {
      const code = text.charCodeAt(position)
      if (code > 0xff) narrow = false
      hash = Math.imul(hash ^ fold(code), 0x01000193)
    }
    return narrow ? this.internHashed(text, start, end, hash, false) : this.internOther(text.slice(start, end))
  }

  /**
   * internRange for a cell as read: its index when text[start, end) is a Latin-1 id with nothing to
   * trim or collapse (the usual case, checked in the same pass as the hash), else NOT_PLAIN (the
   * caller then normalises the cell and interns the result).
   */
  internPlainRange(text: string, start: number, end: number): number {
    if (end - start > MAX_ARENA_ID || end === start) return NOT_PLAIN
    const last = this.last
    if (last >= 0) {
      // The same id as the last one: plain, known, found without hashing.
      const chunk = this.arena[last >>> ARENA_BITS] as Uint8Array
      if (matches(chunk, last & ARENA_MASK, text, start, end)) return indexAt(chunk, last & ARENA_MASK)
    }
    let hash = 0x811c9dc5
    let afterSpace = true
    for (let position = start; position < end; position++) {
      const code = text.charCodeAt(position)
      if (code <= 0x20) {
        if (code < 0x20 || afterSpace) return NOT_PLAIN
        afterSpace = true
      } else if (code > 0xff || code === 0xa0 || code === 0x85) return NOT_PLAIN
      else afterSpace = false
      hash = Math.imul(hash ^ fold(code), 0x01000193)
    }
    return afterSpace ? NOT_PLAIN : this.internHashed(text, start, end, hash, true)
  }

  /** The id of `index`, as a fresh string. */
  name(index: number): string {
    const offset = this.offsetsOfIds().get(index)
    if (offset < 0) return this.otherNames.get(index) as string
    const chunk = this.arena[offset >>> ARENA_BITS] as Uint8Array
    const start = (offset & ARENA_MASK) + HEADER
    return Buffer.from(chunk.buffer, chunk.byteOffset + start, chunk[start - 1] as number).toString('latin1')
  }

  /** `plain`: the id is known to need no normalising (it may become the `last` one). */
  private internHashed(text: string, start: number, end: number, hash: number, plain: boolean): number {
    const found = this.findHashed(text, start, end, hash)
    if (found >= 0) {
      const chunk = this.arena[found >>> ARENA_BITS] as Uint8Array
      const at = found & ARENA_MASK
      const index = indexAt(chunk, at)
      if (!matches(chunk, at, text, start, end)) this.noteSpelling(index, text.slice(start, end))
      else if (plain) this.last = found
      return index
    }
    if (this.others.size > 0) {
      // Perhaps the same id first read in a spelling the arena cannot hold ("Ÿ" before "ÿ").
      const known = this.others.get(identityKey(text.slice(start, end)))
      if (known !== undefined) {
        this.noteSpelling(known, text.slice(start, end))
        return known
      }
    }
    if (this.arena.length >= MAX_ARENA_CHUNKS && this.arenaUsed + HEADER + end - start > ARENA_CHUNK)
      return this.internOther(text.slice(start, end))
    if (this.count >= MAX_DISTINCT_PROJECTS) throw new KeyLimitError('project', MAX_DISTINCT_PROJECTS)
    const index = this.count++
    const offset = this.store(index, text, start, end)
    this.offsets?.push(offset)
    this.noteFirst(index)
    this.table[this.freeSlot(hash)] = offset + 1
    if (plain) this.last = offset
    if (++this.used * 2 > this.mask) this.grow()
    return index
  }

  /** The arena offset of the id text[start, end) (compared folded), or -1. */
  private findHashed(text: string, start: number, end: number, hash: number): number {
    let slot = mix(hash) & this.mask
    for (let found = this.table[slot] as number; found !== 0; found = this.table[slot] as number) {
      const chunk = this.arena[(found - 1) >>> ARENA_BITS] as Uint8Array
      if (matchesFolded(chunk, (found - 1) & ARENA_MASK, text, start, end)) return found - 1
      slot = (slot + 1) & this.mask
    }
    return -1
  }

  private freeSlot(hash: number): number {
    let slot = mix(hash) & this.mask
    while (this.table[slot] !== 0) slot = (slot + 1) & this.mask
    return slot
  }

  /** `spelling` is another spelling of the id at `index`: noted once (names.ts). */
  private noteSpelling(index: number, spelling: string): void {
    if (this.sink === undefined || this.spellings.has(spelling)) return
    if (this.count + this.spellings.size >= MAX_DISTINCT_PROJECTS)
      throw new KeyLimitError('project', MAX_DISTINCT_PROJECTS)
    this.spellings.add(copyString(spelling))
    const near = this.firstAt.get(index)
    const firstAt = near >= 0 ? near : (this.firstFarAt.get(index) ?? 0)
    this.sink.spellings.push({ kind: 'project', spelling, first: this.name(index), firstAt })
  }

  private noteFirst(index: number): void {
    const here = this.sink?.here() ?? 0
    if (here < 0x80000000) this.firstAt.set(index, here)
    else {
      this.firstAt.set(index, -1)
      this.firstFarAt.set(index, here)
    }
  }

  private store(index: number, text: string, start: number, end: number): number {
    const length = end - start
    if (this.arenaUsed + HEADER + length > ARENA_CHUNK) {
      this.chunkUsed.push(this.arenaUsed)
      this.arena.push(new Uint8Array(ARENA_CHUNK))
      this.arenaUsed = 0
    }
    const chunkIndex = this.arena.length - 1
    const chunk = this.arena[chunkIndex] as Uint8Array
    const at = this.arenaUsed
    chunk[at] = index & 0xff
    chunk[at + 1] = (index >>> 8) & 0xff
    chunk[at + 2] = (index >>> 16) & 0xff
    chunk[at + 3] = index >>> 24
    chunk[at + 4] = length
    for (let each = 0; each < length; each++) chunk[at + HEADER + each] = text.charCodeAt(start + each)
    this.arenaUsed += HEADER + length
    return (chunkIndex << ARENA_BITS) | at
  }

  private internOther(id: string): number {
    const key = identityKey(id.normalize('NFC'))
    const known = this.others.get(key)
    if (known !== undefined) {
      if (this.otherNames.get(known) !== id) this.noteSpelling(known, id)
      return known
    }
    if (key.length <= MAX_ARENA_ID && isLatin1(key)) {
      // Its key is Latin-1: the id may be in the arena in another spelling.
      let hash = 0x811c9dc5
      for (let position = 0; position < key.length; position++)
        hash = Math.imul(hash ^ fold(key.charCodeAt(position)), 0x01000193)
      const found = this.findHashed(key, 0, key.length, hash)
      if (found >= 0) {
        const index = indexAt(this.arena[found >>> ARENA_BITS] as Uint8Array, found & ARENA_MASK)
        this.noteSpelling(index, id)
        return index
      }
    }
    if (this.count >= MAX_DISTINCT_PROJECTS) throw new KeyLimitError('project', MAX_DISTINCT_PROJECTS)
    const index = this.count++
    const copy = copyString(id)
    this.offsets?.push(-1)
    this.noteFirst(index)
    this.others.set(key === id ? copy : copyString(key), index)
    this.otherNames.set(index, copy)
    return index
  }

  /** Doubles the table: load stays at or below one half, so probes stay short. */
  private grow(): void {
    const size = this.table.length * 2
    const table = new Int32Array(size)
    const mask = size - 1
    this.forEachStored((offset, chunk, start) => {
      const length = chunk[start - 1] as number
      let hash = 0x811c9dc5
      for (let each = 0; each < length; each++) hash = Math.imul(hash ^ fold(chunk[start + each] as number), 0x01000193)
      let slot = mix(hash) & mask
      while (table[slot] !== 0) slot = (slot + 1) & mask
      table[slot] = offset + 1
    })
    this.table = table
    this.mask = mask
  }

  /** The ids in the arena, in order: their offset, chunk, and where their characters start. */
  private forEachStored(each: (offset: number, chunk: Uint8Array, start: number) => void): void {
    this.arena.forEach((chunk, chunkIndex) => {
      const used = chunkIndex === this.arena.length - 1 ? this.arenaUsed : (this.chunkUsed[chunkIndex] as number)
      for (let at = 0; at < used; at += HEADER + (chunk[at + 4] as number))
        each((chunkIndex << ARENA_BITS) | at, chunk, at + HEADER)
    })
  }

  private offsetsOfIds(): Int32Column {
    if (this.offsets === null) {
      const offsets = new Int32Column(-1)
      if (this.count > 0) offsets.set(this.count - 1, -1)
      this.forEachStored((offset, chunk, start) => offsets.set(indexAt(chunk, start - HEADER), offset))
      this.offsets = offsets
    }
    return this.offsets
  }
}

function matches(chunk: Uint8Array, at: number, text: string, start: number, end: number): boolean {
  const length = end - start
  if (chunk[at + 4] !== length) return false
  const from = at + HEADER
  for (let each = 0; each < length; each++) if (chunk[from + each] !== text.charCodeAt(start + each)) return false
  return true
}

function isLatin1(text: string): boolean {
  for (let position = 0; position < text.length; position++) if (text.charCodeAt(position) > 0xff) return false
  return true
}

/** matches(), with Latin-1 letters compared folded to lower case. */
function matchesFolded(chunk: Uint8Array, at: number, text: string, start: number, end: number): boolean {
  const length = end - start
  if (chunk[at + 4] !== length) return false
  const from = at + HEADER
  for (let each = 0; each < length; each++)
    if (fold(chunk[from + each] as number) !== fold(text.charCodeAt(start + each))) return false
  return true
}

function indexAt(chunk: Uint8Array, at: number): number {
  return (
    ((chunk[at] as number) |
      ((chunk[at + 1] as number) << 8) |
      ((chunk[at + 2] as number) << 16) |
      ((chunk[at + 3] as number) << 24)) >>>
    0
  )
}

/** Spreads FNV-1a's bits so that the low ones, which pick the slot, depend on every character. */
function mix(hash: number): number {
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  return hash ^ (hash >>> 13)
}
