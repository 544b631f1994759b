// A map from non-negative integers (below 2^53) to values, by open addressing over a Float64Array
// of keys. For the per-record path: a Map keyed by numbers allocates on every get in V8 as used
// here (about 45 bytes, measured with --trace-gc-nvp), which at 10 million records is garbage to
// collect for nothing; this one allocates only when it grows.
const EMPTY = -1

export class IntMap<T> {
  private keys = new Float64Array(64).fill(EMPTY)
  private values: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined)
  private mask = 63
  size = 0

  get(key: number): T | undefined {
    let slot = slotOf(key) & this.mask
    for (;;) {
      const found = this.keys[slot] as number
      if (found === key) return this.values[slot]
      if (found === EMPTY) return undefined
      slot = (slot + 1) & this.mask
    }
  }

  set(key: number, value: T): void {
    let slot = slotOf(key) & this.mask
    for (;;) {
      const found = this.keys[slot] as number
      if (found === key) {
        this.values[slot] = value
        return
      }
      if (found === EMPTY) break
      slot = (slot + 1) & this.mask
    }
    this.keys[slot] = key
    this.values[slot] = value
    if (++this.size * 2 > this.mask) this.grow()
  }

  *entries(): IterableIterator<[number, T]> {
    for (let slot = 0; slot < this.keys.length; slot++)
      if (this.keys[slot] !== EMPTY) yield [this.keys[slot] as number, this.values[slot] as T]
  }

  private grow(): void {
    const keys = this.keys
    const values = this.values
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY)
    this.values = new Array<T | undefined>(keys.length * 2).fill(undefined)
    this.mask = keys.length * 2 - 1
    this.size = 0
    for (let slot = 0; slot < keys.length; slot++)
      if (keys[slot] !== EMPTY) this.set(keys[slot] as number, values[slot] as T)
  }
}

/** Mixes both halves of a key below 2^53 into 32 bits. */
function slotOf(key: number): number {
  const low = key >>> 0
  const high = (key / 4294967296) >>> 0
  let hash = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b)
  hash ^= hash >>> 13
  return Math.imul(hash, 0xc2b2ae35) ^ (hash >>> 16)
}
