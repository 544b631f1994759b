// Tables that fit the terminal, one row a line. A table wider than the screen first wraps its heads
// (over two or three lines, never below their longest word), then cuts the names in its name columns
// (partners, categories) with "…", the widest first, never below NAME_FLOOR columns. Figures, years,
// project ids and file:line locations are never cut, and a table is never split into parts: one
// that is still too wide is drawn at its narrowest (the terminal wraps it). Widths are in terminal
// columns (text-width.ts): wide CJK and emoji take two, combining marks none.
import { displayWidth } from './text-width.js'
import type { TextTable } from './view.js'

/** A table to draw, with the column widths to draw it at (undefined: natural widths). */
export interface FittedTable {
  table: TextTable
  widths?: number[]
  /** Whether some name is shown cut ("Direktoratet for tj…"): the table then says so in a note. */
  cut: boolean
}

/** Names are cut no shorter than this (or their head's longest word, if longer). */
const NAME_FLOOR = 10

export function textWidth(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line))
  return widest
}

// Loops, not Math.max(...rows): a spread of 125,000 rows overflows the stack.
function bodyWidths(table: TextTable): number[] {
  return table.head.map((_, column) => {
    let widest = 0
    for (const row of table.rows) widest = Math.max(widest, textWidth(row[column] ?? ''))
    return widest
  })
}

function longestWord(text: string): number {
  let longest = 0
  for (const word of text.split(/\s+/)) longest = Math.max(longest, displayWidth(word))
  return longest
}

/** Width of the drawn table: each cell has a space either side, and there is a border between and around columns. */
export function drawnWidth(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width + 2, 0) + widths.length + 1
}

/** The widths to draw `table` at within `limit` columns (see the top of this file). */
export function fitTable(table: TextTable, limit: number | undefined): FittedTable {
  const fitted = fitWidths(table.head, bodyWidths(table), table.names ?? [], limit)
  return fitted === null ? { table, cut: false } : { table, ...fitted }
}

/**
 * The same for a table known by its heads and the widest cell of each column (a streamed one, such
 * as trace's): the widths to draw it at, and whether a name is cut; null when it fits as it is.
 */
export function fitWidths(
  head: readonly string[],
  body: readonly number[],
  names: readonly boolean[],
  limit: number | undefined,
): { widths: number[]; cut: boolean } | null {
  const natural = body.map((width, column) => Math.max(width, textWidth(head[column] ?? '')))
  if (limit === undefined || drawnWidth(natural) <= limit) return null
  // First the heads wrap, which loses nothing: "CO2e cut (t/yr)" over two lines above "2,987.4".
  const heads = body.map((width, column) => Math.max(width, longestWord(head[column] ?? '')))
  const wrapped = shrink([...natural], heads, limit)
  if (drawnWidth(wrapped) <= limit) return { widths: wrapped, cut: false }
  // Then the names are cut.
  const floors = heads.map((width, column) =>
    names[column] === true
      ? Math.max(Math.min(body[column] as number, NAME_FLOOR), longestWord(head[column] ?? ''))
      : width,
  )
  const widths = shrink(wrapped, floors, limit)
  return { widths, cut: widths.some((width, column) => width < (body[column] as number)) }
}

/** Narrows the widest column above its floor, a column at a time, until the table fits or all are at their floors. */
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
