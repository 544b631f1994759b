// A row as every reader hands it on: its cells, where it starts, and its text as read. One
// RowFields is reused for every row of a source, and its cells are kept as ranges of the text read
// where that is possible, so the per-row path makes no strings it does not need. The CSV tokenizer
// fills it from text; a spreadsheet reader from cell values (resetCells, setCell), with what each cell
// held (its kind), since a spreadsheet's cells are typed and text is not.

/** What a spreadsheet cell held; validation reads each kind by its own rules (validate/record.ts). */
export const CELL_TEXT = 0
/** A number: its value is the decimal the spreadsheet shows, with a dot (read/xlsx/cell-value.ts). */
export const CELL_NUMBER = 1
/** A date: its value is an ISO date ("2015-06-30"). */
export const CELL_DATE = 2
/** TRUE or FALSE. */
export const CELL_BOOLEAN = 3
/** An error value such as #DIV/0! or #REF!: its value is the error's name. */
export const CELL_ERROR = 4
/** A formula whose result was never saved (the file was written by a program that does not compute). */
export const CELL_NO_RESULT = 5
/** A value the file's own type does not allow (a number cell holding "abc"): its value is the text stored. */
export const CELL_INVALID = 6
export type CellKind = 0 | 1 | 2 | 3 | 4 | 5 | 6

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
  /** Per field, what the spreadsheet cell held (CELL_TEXT, ...); null for a text source, where every field is text. */
  kinds: Uint8Array | null = null
  private readonly valueFields: number[] = []
  private valueCount = 0
  /** The fields whose kind setCell made other than text (resetCells clears just these). */
  private readonly kindFields: number[] = []
  private kindCount = 0

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

  /**
   * Starts a new record of `count` empty text cells (a spreadsheet row, whose empty cells cost nothing:
   * text is '', so a field without a value is ''); setCell then fills the cells the row holds.
   */
  resetCells(count: number): void {
    this.reset('')
    while (this.starts.length < count) this.grow()
    if (this.kinds === null || this.kinds.length < this.starts.length)
      this.kinds = grown(this.kinds ?? new Uint8Array(0), this.starts.length)
    // Kinds other than text were set at these fields by the last record: cleared, and only these.
    for (let each = 0; each < this.kindCount; each++) this.kinds[this.kindFields[each] as number] = CELL_TEXT
    this.kindCount = 0
    this.count = count
  }

  /** A spreadsheet cell at `index` (below the count resetCells gave). */
  setCell(index: number, value: string, kind: CellKind): void {
    this.setValue(index, value)
    if (kind !== CELL_TEXT) {
      ;(this.kinds as Uint8Array)[index] = kind
      this.kindFields[this.kindCount++] = index
    }
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

function grown(kinds: Uint8Array, size: number): Uint8Array {
  const larger = new Uint8Array(size)
  larger.set(kinds)
  return larger
}
