// Names (partners, categories) → dense indexes, in order of first appearance. There are few of them
// next to records, so a Map is fine; the names are copied so that they do not pin the text they were
// read from (see copy-string.ts).
import { copyString } from './copy-string.js'

export class NameTable {
  private readonly indexes = new Map<string, number>()
  readonly names: string[] = []

  get size(): number {
    return this.names.length
  }

  intern(name: string): number {
    let index = this.indexes.get(name)
    if (index === undefined) {
      index = this.names.length
      const copy = copyString(name)
      this.names.push(copy)
      this.indexes.set(copy, index)
    }
    return index
  }

  name(index: number): string {
    return this.names[index] as string
  }
}

/**
 * A cache of what a cell's text was read as, for columns whose cells repeat (partners, categories).
 * It stops growing at `limit` texts, so that a file of all-different cells costs only the reading.
 */
export class TextCache<T> {
  private readonly known = new Map<string, T>()

  constructor(private readonly limit = 1 << 16) {}

  get(text: string): T | undefined {
    return this.known.get(text)
  }

  set(text: string, value: T): void {
    if (this.known.size < this.limit) this.known.set(copyString(text), value)
  }
}

/** Trims and collapses inner white space: "  Fjordvik   kommune " is "Fjordvik kommune". */
export function normalizeName(text: string): string {
  return isNormalized(text) ? text : text.trim().replace(/\s+/g, ' ')
}

/**
 * Whether `text` is already trimmed with single spaces inside, the usual case, checked by character
 * codes. False also for text that merely might not be (a control character, a rare Unicode space):
 * the regular expressions in normalizeName then decide.
 */
function isNormalized(text: string): boolean {
  let afterSpace = true
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position)
    if (code === 0x20) {
      if (afterSpace) return false
      afterSpace = true
    } else if (code < 0x20 || code === 0xa0 || code === 0x85 || (code >= 0x1680 && (code <= 0x3000 || code === 0xfeff))) {
      return false
    } else afterSpace = false
  }
  return !afterSpace || text.length === 0
}
