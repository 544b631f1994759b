// A row as every reader hands it on: its cells, where it starts, and its text as read. One
// RowFields is reused for every row of a source, and its cells are kept as ranges of the text read
// where that is possible, so the per-row path makes no strings it does not need. The CSV tokenizer
// fills it from text; a spreadsheet reader fills it from cell values (fromCells, pushValue).

/**
 * One record's fields, reused for every record: field i is text[starts[i], ends[i]), unless
 * values[i] holds it (a quoted field whose value is not a plain range of the text: "" inside it, or
 * text after its closing quote).
 */
export class RowFields {
  text = ''
  count = 0
  starts = new Int32Array(16)
  ends = new Int32Array(16)
  /** Null for every field that is a plain range; kept so by clearing only the entries set. */
  values: (string | null)[] = new Array<string | null>(16).fill(null)
  /** The physical line the record starts on. */
  line = 0
  rawStart = 0
  rawEnd = 0
  private readonly valueFields: number[] = []
  private valueCount = 0

  /** A record given as cells (for callers that have them: tests, the library). */
  static fromCells(cells: readonly string[], line = 0, raw = ''): RowFields {
    const fields = new RowFields()
    fields.text = raw
    fields.rawEnd = raw.length
    fields.line = line
    for (const cell of cells) fields.pushValue(cell)
    return fields
  }

  cell(index: number): string {
    return this.values[index] ?? this.text.slice(this.starts[index], this.ends[index])
  }

  cells(): string[] {
    const cells: string[] = []
    for (let index = 0; index < this.count; index++) cells.push(this.cell(index))
    return cells
  }

  /** The record's text as read, line end excluded. */
  raw(): string {
    return this.text.slice(this.rawStart, this.rawEnd)
  }

  /** Starts a new record in `text`. */
  reset(text: string): void {
    this.text = text
    this.count = 0
    for (let each = 0; each < this.valueCount; each++) this.values[this.valueFields[each] as number] = null
    this.valueCount = 0
  }

  push(start: number, end: number): void {
    const index = this.count++
    if (index >= this.starts.length) this.grow()
    this.starts[index] = start
    this.ends[index] = end
  }

  pushValue(value: string): void {
    const index = this.count++
    if (index >= this.starts.length) this.grow()
    this.starts[index] = 0
    this.ends[index] = 0
    this.setValue(index, value)
  }

  /** Replaces the last field's value. */
  replaceLast(value: string): void {
    this.setValue(this.count - 1, value)
  }

  private setValue(index: number, value: string): void {
    this.values[index] = value
    this.valueFields[this.valueCount++] = index
  }

  private grow(): void {
    const size = this.starts.length * 2
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    this.starts = starts
    this.ends = ends
    while (this.values.length < size) this.values.push(null)
  }
}
