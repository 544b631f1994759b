// Tables that fit the terminal. A table wider than the screen first wraps its
// text columns (partner names, coverage) down to their longest word; if the
// figures alone are still too wide, it is cut into parts that repeat the key
// columns, each part fitting the screen. Nothing is truncated.
import { displayWidth } from './text-width.js'
import type { TextTable } from './view.js'

/** A table to draw, with the column widths to draw it at (undefined: natural widths). */
export interface FittedTable {
  table: TextTable
  widths?: number[]
  wraps: boolean
}

const MIN_TEXT_WIDTH = 10
const COMFORTABLE_TEXT_WIDTH = 24

export function textWidth(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line))
  return widest
}

// Loops, not Math.max(...rows): a spread of 125,000 rows overflows the stack.
function naturalWidths(table: TextTable): number[] {
  return table.head.map((head, column) => {
    let widest = textWidth(head)
    for (const row of table.rows) widest = Math.max(widest, textWidth(row[column] ?? ''))
    return widest
  })
}

/** Width of the drawn table: each cell has a space either side, and there is a border between and around columns. */
export function drawnWidth(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width + 2, 0) + widths.length + 1
}

function longestWord(table: TextTable, column: number): number {
  let longest = 0
  const measure = (cell: string): void => {
    for (const word of cell.split(/\s+/)) longest = Math.max(longest, displayWidth(word))
  }
  measure(table.head[column] ?? '')
  for (const row of table.rows) measure(row[column] ?? '')
  return longest
}

function pick(table: TextTable, columns: readonly number[], title: string, notes: string[]): TextTable {
  return {
    ...table,
    title,
    head: columns.map(column => table.head[column] ?? ''),
    align: columns.map(column => table.align[column] ?? 'left'),
    rows: table.rows.map(row => columns.map(column => row[column] ?? '')),
    notes,
  }
}

/**
 * `keys`: how many leading columns identify a row and are repeated when the table is cut into parts.
 * In order: wrap text columns a little (to COMFORTABLE_TEXT_WIDTH) and the heads of figure
 * columns, then text columns down to their longest word, and only then cut the table into
 * parts (each given back the width it has room for).
 */
export function fitTable(
  table: TextTable,
  limit: number | undefined,
  keys: number,
  continued: (title: string) => string,
): FittedTable[] {
  const natural = naturalWidths(table)
  if (limit === undefined || drawnWidth(natural) <= limit) return [{ table, wraps: false }]
  const isText = (column: number): boolean => table.align[column] === 'left'
  // Figures never wrap, but their heads may: "CO2e cut (t/yr)" over two lines above "2,987.4".
  const figures = (column: number): number => {
    let widest = -Infinity
    for (const row of table.rows) widest = Math.max(widest, textWidth(row[column] ?? ''))
    for (const word of (table.head[column] ?? '').split(/\s+/)) widest = Math.max(widest, displayWidth(word))
    return widest
  }
  const comfortable = natural.map((width, column) =>
    Math.min(width, isText(column) ? Math.max(COMFORTABLE_TEXT_WIDTH, longestWord(table, column)) : figures(column)),
  )
  const hard = natural.map((width, column) =>
    Math.min(width, isText(column) ? Math.max(MIN_TEXT_WIDTH, longestWord(table, column)) : figures(column)),
  )

  const widths = shrink(shrink([...natural], comfortable, limit), hard, limit)
  if (drawnWidth(widths) <= limit) return [{ table, widths, wraps: rowsWrap(table, widths) }]

  // Still too wide: cut the other columns into parts that fit beside the key columns.
  const keyColumns = Array.from({ length: Math.min(keys, widths.length) }, (_, column) => column)
  const parts: number[][] = []
  let part: number[] = []
  for (let column = keyColumns.length; column < widths.length; column++) {
    const candidate = [...keyColumns, ...part, column]
    if (part.length > 0 && drawnWidth(candidate.map(index => widths[index] as number)) > limit) {
      parts.push(part)
      part = [column]
    } else part.push(column)
  }
  if (part.length > 0) parts.push(part)
  return parts.map((columns, index) => {
    const chosen = [...keyColumns, ...columns]
    // A part has room to spare: give its columns back what they can use, up to their natural width.
    const partWidths = grow(
      chosen.map(column => widths[column] as number),
      chosen.map(column => natural[column] as number),
      limit,
    )
    const picked = pick(
      table,
      chosen,
      index === 0 ? table.title : continued(table.title),
      index === parts.length - 1 ? table.notes : [],
    )
    return { table: picked, widths: partWidths, wraps: rowsWrap(picked, partWidths) }
  })
}

/** Narrows the widest column above its floor, a character at a time, until the table fits or all are at their floors. */
function shrink(widths: number[], floors: readonly number[], limit: number): number[] {
  while (drawnWidth(widths) > limit) {
    let widest = -1
    for (let column = 0; column < widths.length; column++) {
      if (
        (widths[column] as number) > (floors[column] as number) &&
        (widest < 0 || (widths[column] as number) > (widths[widest] as number))
      )
        widest = column
    }
    if (widest < 0) break
    widths[widest] = (widths[widest] as number) - 1
  }
  return widths
}

/** Widens the narrowest column below its natural width, a character at a time, while the table still fits. */
function grow(widths: number[], natural: readonly number[], limit: number): number[] {
  for (;;) {
    let narrowest = -1
    for (let column = 0; column < widths.length; column++) {
      if (
        (widths[column] as number) < (natural[column] as number) &&
        (narrowest < 0 || (widths[column] as number) < (widths[narrowest] as number))
      )
        narrowest = column
    }
    if (narrowest < 0 || drawnWidth(widths) + 1 > limit) return widths
    widths[narrowest] = (widths[narrowest] as number) + 1
  }
}

/** Whether some body cell is wider than its column, so that rows take several lines (heads may wrap freely). */
function rowsWrap(table: TextTable, widths: readonly number[]): boolean {
  return table.rows.some(row => row.some((cell, column) => textWidth(cell) > (widths[column] as number)))
}

/** Running text broken at spaces to `limit` columns (words longer than that stay whole). */
export function wrapText(text: string, limit: number | undefined): string {
  if (limit === undefined || displayWidth(text) <= limit) return text
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(word) > limit) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines.join('\n')
}
