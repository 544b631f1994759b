// Names (partners, categories) → dense indexes, in order of first appearance. There are few of them
// next to records, so a Map is fine; the names are copied so that they do not pin the text they were
// read from (see copy-string.ts).
//
// Identity: two names are the same when their identityKey is — trimmed, inner white space collapsed,
// composed (NFC: "Å" typed as A + ring is "Å"), and in lower case by Norwegian rules, so "FJORDVIK
// KOMMUNE" is "Fjordvik kommune". The first spelling read is the one shown; every other spelling is
// noted once (SpellingNote), for a warning that names both lines.
import type { KeyKind } from '../model.js'
import { copyString } from './copy-string.js'
import { KeyLimitError, MAX_DISTINCT_NAMES } from './limits.js'

/** A name spelled another way than when first read: `spelling` now, `first` (shown) at `firstAt`. */
export interface SpellingNote {
  kind: KeyKind
  spelling: string
  first: string
  /** Packed location (locations.ts) of the first spelling. */
  firstAt: number
}

/** Where key tables report other spellings, and the packed location of the row being read. */
export interface SpellingSink {
  readonly spellings: SpellingNote[]
  here(): number
}

/** What names are compared by: see the top of this file. */
export function identityKey(name: string): string {
  return name.toLocaleLowerCase('nb').normalize('NFC')
}

export class NameTable {
  /** Identity key → index. */
  private readonly indexes = new Map<string, number>()
  /** The first spelling of each, as shown. */
  readonly names: string[] = []
  private readonly firstAt: number[] = []
  /** Other spellings already noted (each counts against the limit: it is one more string kept). */
  private readonly spellings = new Set<string>()

  /**
   * `kind` and `limit`: what a name is, and how many distinct ones are kept (past that, a
   * KeyLimitError); `sink`: where other spellings are noted (none: not noted).
   */
  constructor(
    private readonly kind: KeyKind = 'partner',
    private readonly limit = MAX_DISTINCT_NAMES,
    private readonly sink?: SpellingSink,
  ) {}

  get size(): number {
    return this.names.length
  }

  /** The index of `name` (normalised), added if new. */
  intern(name: string): number {
    const key = identityKey(name)
    let index = this.indexes.get(key)
    if (index === undefined) {
      if (this.names.length + this.spellings.size >= this.limit) throw new KeyLimitError(this.kind, this.limit)
      index = this.names.length
      const copy = copyString(name)
      this.names.push(copy)
      this.firstAt.push(this.sink?.here() ?? 0)
      this.indexes.set(key === name ? copy : copyString(key), index)
    } else if (this.names[index] !== name && this.sink !== undefined && !this.spellings.has(name)) {
      if (this.names.length + this.spellings.size >= this.limit) throw new KeyLimitError(this.kind, this.limit)
      this.spellings.add(copyString(name))
      this.sink.spellings.push({
        kind: this.kind,
        spelling: name,
        first: this.names[index] as string,
        firstAt: this.firstAt[index] as number,
      })
    }
    return index
  }

  name(index: number): string {
    return this.names[index] as string
  }
}

/**
 * A cache of what a cell's text was read as, for columns whose cells repeat (partners, categories),
 * looked up by a range of the text the cell is in, so that a hit makes no string. It stops growing
 * at `limit` texts, so that a file of all-different cells costs only the reading.
 */
export class TextCache<T> {
  private table = new Int32Array(1 << 10)
  private mask = (1 << 10) - 1
  private readonly keys: string[] = []
  private readonly values: T[] = []
  /** The last key found: consecutive rows often repeat a cell (a project's rows, one after another). */
  private last = -1

  constructor(private readonly limit = 1 << 16) {}

  get(text: string, start: number, end: number): T | undefined {
    const last = this.last
    if (last >= 0 && equalsRange(this.keys[last] as string, text, start, end)) return this.values[last]
    let slot = hashRange(text, start, end) & this.mask
    for (let found = this.table[slot] as number; found !== 0; found = this.table[slot] as number) {
      if (equalsRange(this.keys[found - 1] as string, text, start, end)) {
        this.last = found - 1
        return this.values[found - 1]
      }
      slot = (slot + 1) & this.mask
    }
    return undefined
  }

  set(text: string, start: number, end: number, value: T): void {
    if (this.keys.length >= this.limit || this.get(text, start, end) !== undefined) return
    this.keys.push(copyString(text.slice(start, end)))
    this.values.push(value)
    this.place(this.keys.length - 1, hashRange(text, start, end))
    if (this.keys.length * 2 > this.mask) {
      this.table = new Int32Array(this.table.length * 2)
      this.mask = this.table.length - 1
      for (const [index, key] of this.keys.entries()) this.place(index, hashRange(key, 0, key.length))
    }
  }

  private place(index: number, hash: number): void {
    let slot = hash & this.mask
    while (this.table[slot] !== 0) slot = (slot + 1) & this.mask
    this.table[slot] = index + 1
  }
}

/** FNV-1a over UTF-16 code units. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let position = start; position < end; position++) hash = Math.imul(hash ^ text.charCodeAt(position), 0x01000193)
  return hash >>> 0
}

function equalsRange(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false
  for (let position = 0; position < key.length; position++)
    if (key.charCodeAt(position) !== text.charCodeAt(start + position)) return false
  return true
}

/** Trims, collapses inner white space and composes (NFC): "  Fjordvik   kommune " is "Fjordvik kommune". */
export function normalizeName(text: string): string {
  return isNormalized(text, 0, text.length) ? text : text.trim().replace(/\s+/g, ' ').normalize('NFC')
}

/**
 * Whether text[start, end) is already trimmed with single spaces inside, the usual case, checked by character
 * codes. False also for text that merely might not be (a control character, a rare Unicode space):
 * the regular expressions in normalizeName then decide.
 */
export function isNormalized(text: string, start: number, end: number): boolean {
  let afterSpace = true
  for (let position = start; position < end; position++) {
    const code = text.charCodeAt(position)
    if (code === 0x20) {
      if (afterSpace) return false
      afterSpace = true
    } else if (
      code < 0x20 ||
      code === 0xa0 ||
      code === 0x85 ||
      code >= 0x300 // combining marks and beyond: NFC may change the text (below U+0300 it never does)
    ) {
      return false
    } else afterSpace = false
  }
  return !afterSpace || start === end
}
