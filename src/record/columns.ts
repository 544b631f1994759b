// Growable columns of numbers in fixed-size typed-array chunks: appending never copies what is
// already stored (no doubling spike at 10 million entries), and each value costs its width only.
// One class per element type, written out, so that every access site sees a single array type.

const CHUNK_BITS = 16
const CHUNK_SIZE = 1 << CHUNK_BITS
const CHUNK_MASK = CHUNK_SIZE - 1

export class Int32Column {
  private readonly chunks: Int32Array[] = []
  length = 0

  /** `fill`: the value of entries never set. */
  constructor(private readonly fill = 0) {}

  push(value: number): number {
    const index = this.length
    this.set(index, value)
    return index
  }

  get(index: number): number {
    return (this.chunks[index >>> CHUNK_BITS] as Int32Array)[index & CHUNK_MASK] as number
  }

  /** Sets a value, growing the column (with the fill value) up to `index` if needed. */
  set(index: number, value: number): void {
    if (index >= this.length) {
      while (this.chunks.length <= index >>> CHUNK_BITS) {
        const chunk = new Int32Array(CHUNK_SIZE)
        if (this.fill !== 0) chunk.fill(this.fill)
        this.chunks.push(chunk)
      }
      this.length = index + 1
    }
    ;(this.chunks[index >>> CHUNK_BITS] as Int32Array)[index & CHUNK_MASK] = value
  }

  /** The value at `index`, or the fill value past the end. */
  at(index: number): number {
    return index < this.length ? this.get(index) : this.fill
  }
}

export class Float64Column {
  private readonly chunks: Float64Array[] = []
  length = 0

  /** `fill`: the value of entries never set. */
  constructor(private readonly fill = 0) {}

  push(value: number): number {
    const index = this.length
    this.set(index, value)
    return index
  }

  get(index: number): number {
    return (this.chunks[index >>> CHUNK_BITS] as Float64Array)[index & CHUNK_MASK] as number
  }

  /** Sets a value, growing the column (with the fill value) up to `index` if needed. */
  set(index: number, value: number): void {
    if (index >= this.length) {
      while (this.chunks.length <= index >>> CHUNK_BITS) {
        const chunk = new Float64Array(CHUNK_SIZE)
        if (this.fill !== 0) chunk.fill(this.fill)
        this.chunks.push(chunk)
      }
      this.length = index + 1
    }
    ;(this.chunks[index >>> CHUNK_BITS] as Float64Array)[index & CHUNK_MASK] = value
  }

  /** The value at `index`, or the fill value past the end. */
  at(index: number): number {
    return index < this.length ? this.get(index) : this.fill
  }
}

export class Uint16Column {
  private readonly chunks: Uint16Array[] = []
  length = 0

  /** `fill`: the value of entries never set. */
  constructor(private readonly fill = 0) {}

  push(value: number): number {
    const index = this.length
    this.set(index, value)
    return index
  }

  get(index: number): number {
    return (this.chunks[index >>> CHUNK_BITS] as Uint16Array)[index & CHUNK_MASK] as number
  }

  /** Sets a value, growing the column (with the fill value) up to `index` if needed. */
  set(index: number, value: number): void {
    if (index >= this.length) {
      while (this.chunks.length <= index >>> CHUNK_BITS) {
        const chunk = new Uint16Array(CHUNK_SIZE)
        if (this.fill !== 0) chunk.fill(this.fill)
        this.chunks.push(chunk)
      }
      this.length = index + 1
    }
    ;(this.chunks[index >>> CHUNK_BITS] as Uint16Array)[index & CHUNK_MASK] = value
  }

  /** The value at `index`, or the fill value past the end. */
  at(index: number): number {
    return index < this.length ? this.get(index) : this.fill
  }
}
