// One worksheet part → its rows, as it inflates: a SAX pass over <sheetData> that keeps one row of
// cells at a time. Each cell becomes text and a kind (read/row.ts): shared and inline strings, numbers
// as the decimal the spreadsheet shows, dates (a number in a date style, or a t="d" cell) as ISO
// dates, a formula's saved result (none saved: CELL_NO_RESULT), booleans and error values.
import type { SaxesTagPlain } from 'saxes'
import {
  CELL_BOOLEAN,
  CELL_DATE,
  CELL_ERROR,
  CELL_INVALID,
  CELL_NO_RESULT,
  CELL_NUMBER,
  CELL_TEXT,
  type CellKind,
} from '../row.js'
import { WorkbookError } from './archive.js'
import { decimalOfDouble, decodeEscapes, isoDateOfSerial } from './cell-value.js'
import { localName, newParser } from './workbook.js'

/** Excel's grid: 1 048 576 rows of 16 384 columns. */
export const MAX_ROW = 1_048_576
export const MAX_COLUMN = 16_384
/** Longest text accepted in one cell (Excel allows 32 767 characters); longer is hostile. */
export const MAX_CELL_CHARS = 1_000_000

/**
 * One row, reused: cells by column (0-based), empty where the row has none. Only the cells the row
 * holds are touched (a stamp per column says which belong to this row), so a row costs what its XML
 * does: one cell far to the right of a wide header is one cell, not thousands of empty ones.
 */
export class SheetRow {
  /** The row's number in the sheet (1-based), as the spreadsheet shows it. */
  number = 0
  hidden = false
  /** One past the last column that holds a cell in this row. */
  width = 0
  /** The columns that hold a cell in this row, in the order read: set[0 .. size-1]. */
  readonly set: Int32Array = new Int32Array(MAX_COLUMN)
  size = 0
  private readonly values: string[] = new Array<string>(MAX_COLUMN).fill('')
  private readonly kinds = new Uint8Array(MAX_COLUMN)
  private readonly stamps = new Uint32Array(MAX_COLUMN)
  private generation = 1

  /** Starts the next row: every cell empty. */
  clear(): void {
    this.width = 0
    this.size = 0
    this.generation++
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0)
      this.generation = 1
    }
  }

  private holds(column: number): boolean {
    return column >= 0 && column < MAX_COLUMN && this.stamps[column] === this.generation
  }

  cell(column: number): string {
    return this.holds(column) ? (this.values[column] as string) : ''
  }

  kind(column: number): CellKind {
    return this.holds(column) ? (this.kinds[column] as CellKind) : CELL_TEXT
  }

  /** Whether every cell is empty or white space, and none holds an error or a formula without result. */
  isBlank(): boolean {
    for (let index = 0; index < this.size; index++) {
      const column = this.set[index] as number
      if (this.kinds[column] !== CELL_TEXT) return false
      if ((this.values[column] as string).trim() !== '') return false
    }
    return true
  }

  /** Sets a cell (a second cell at the same column replaces the first). */
  put(column: number, value: string, kind: CellKind): void {
    if (this.stamps[column] !== this.generation) {
      this.stamps[column] = this.generation
      this.set[this.size++] = column
    }
    this.values[column] = value
    this.kinds[column] = kind
    if (column >= this.width) this.width = column + 1
  }
}

export interface SheetContext {
  sharedStrings: readonly string[]
  dateStyles: readonly boolean[]
  date1904: boolean
  /** Cells past this many columns are not kept (the header's width, once it is known). */
  columns(): number
}

/** The 0-based column of a cell reference ("B7" → 1), or -1. */
export function columnOfReference(reference: string): number {
  let column = 0
  let index = 0
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index)
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64)
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96)
    else break
    if (column > MAX_COLUMN) return -1
  }
  return index === 0 ? -1 : column - 1
}

export interface SheetParser {
  write(text: string): void
  close(): void
}

/**
 * A parser for one sheet part: write() it the part's text; `onRow` gets each row (reused) as its
 * closing tag is read. Rows the file leaves out are blank and never reported.
 */
export function sheetParser(context: SheetContext, onRow: (row: SheetRow) => void): SheetParser {
  const parser = newParser()
  const row = new SheetRow()
  let previousRow = 0
  let inRow = false
  let inSheetData = false
  // The cell being read.
  let column = -1
  let type = 'n'
  let style = 0
  let hasFormula = false
  let hasValue = false
  let value = ''
  let capturing = false
  let inInline = false
  let phonetic = 0
  let lastTagAt = 0

  const fail = (detail: string): never => {
    throw new WorkbookError('damaged', detail)
  }

  parser.on('opentag', tag => {
    lastTagAt = parser.position
    const name = localName(tag.name)
    const attributes = (tag as SaxesTagPlain).attributes as Record<string, string>
    switch (name) {
      case 'sheetData':
        inSheetData = true
        return
      case 'row': {
        if (!inSheetData) return
        const number = attributes.r === undefined ? previousRow + 1 : Number(attributes.r)
        if (!Number.isInteger(number) || number < 1 || number > MAX_ROW) fail(`row number ${attributes.r}`)
        row.number = number
        row.hidden = attributes.hidden === '1' || attributes.hidden === 'true'
        row.clear()
        previousRow = number
        inRow = true
        column = -1
        return
      }
      case 'c': {
        if (!inRow) return
        const reference = attributes.r
        column = reference === undefined ? column + 1 : columnOfReference(reference)
        if (column < 0 || column >= MAX_COLUMN) fail(`cell reference ${reference}`)
        type = attributes.t ?? 'n'
        style = attributes.s === undefined ? 0 : Number(attributes.s)
        hasFormula = false
        hasValue = false
        value = ''
        inInline = false
        phonetic = 0
        return
      }
      case 'v':
        if (inRow) {
          hasValue = true
          capturing = true
        }
        return
      case 'f':
        if (inRow) hasFormula = true
        return
      case 'is':
        if (inRow) {
          inInline = true
          hasValue = true
        }
        return
      case 't':
        if (inInline && phonetic === 0) capturing = true
        return
      case 'rPh':
        if (inInline) phonetic++
        return
    }
  })

  const onText = (text: string): void => {
    if (!capturing) return
    value += text
    if (value.length > MAX_CELL_CHARS) fail(`a cell of more than ${MAX_CELL_CHARS} characters`)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)

  parser.on('closetag', tag => {
    lastTagAt = parser.position
    switch (localName(tag.name)) {
      case 'v':
      case 't':
        capturing = false
        return
      case 'rPh':
        if (inInline) phonetic--
        return
      case 'c':
        if (inRow && column < context.columns()) storeCell()
        return
      case 'row':
        if (!inRow) return
        inRow = false
        onRow(row)
        return
      case 'sheetData':
        inSheetData = false
        return
    }
  })

  function storeCell(): void {
    if (!hasValue) {
      if (hasFormula) row.put(column, '', CELL_NO_RESULT)
      return // a cell with a style and no value: empty
    }
    switch (type) {
      case 's': {
        const text = context.sharedStrings[Number(value)]
        if (text === undefined) fail(`shared string ${value}, which the workbook does not have`)
        row.put(column, text as string, CELL_TEXT)
        return
      }
      case 'inlineStr':
      case 'str':
        row.put(column, decodeEscapes(value), CELL_TEXT)
        return
      case 'b':
        if (value === '1' || value === 'true') row.put(column, 'TRUE', CELL_BOOLEAN)
        else if (value === '0' || value === 'false') row.put(column, 'FALSE', CELL_BOOLEAN)
        else row.put(column, value, CELL_INVALID)
        return
      case 'e':
        row.put(column, value, CELL_ERROR)
        return
      case 'd': {
        const date = /^\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d)?/.exec(value.trim())?.[0]
        row.put(column, date ?? value, date === undefined ? CELL_INVALID : CELL_DATE)
        return
      }
      default: {
        const text = value.trim()
        if (text === '') {
          if (hasFormula) row.put(column, '', CELL_NO_RESULT)
          return
        }
        const number = Number(text)
        const decimal = decimalOfDouble(number)
        if (decimal === undefined) {
          row.put(column, value, CELL_INVALID)
          return
        }
        if (context.dateStyles[style] === true) {
          const date = isoDateOfSerial(number, context.date1904)
          if (date !== undefined) {
            row.put(column, date, CELL_DATE)
            return
          }
        }
        row.put(column, decimal, CELL_NUMBER)
      }
    }
  }

  /** The parser's own errors (malformed XML) as a damaged workbook, like ours. */
  const guarded = (action: () => void): void => {
    try {
      action()
    } catch (error) {
      throw error instanceof WorkbookError ? error : new WorkbookError('damaged', (error as Error).message)
    }
  }
  return {
    write: text =>
      guarded(() => {
        parser.write(text)
        // A text node grows inside the parser until the next tag: bounded between writes too.
        if (parser.position - lastTagAt > MAX_CELL_CHARS * 8) fail(`text of more than ${MAX_CELL_CHARS} characters`)
      }),
    close: () => guarded(() => parser.close()),
  }
}
