// Tables that fit the terminal, one row a line. A table wider than the screen first wraps its heads
// (over two or three lines, never below their longest word), then cuts the names in its name columns
// (partners, categories) with "…", the widest first, never below NAME_FLOOR columns, and last breaks
// a head's long words with a hyphen ("Arbeids-" over "plasser"). Figures, years,
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
  /** The heads to draw, where a long word had to be broken with a hyphen to fit. */
  heads?: string[]
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
  if (fitted === null) return { table, cut: false }
  const { heads, ...rest } = fitted
  return heads === undefined ? { table, ...rest } : { table: { ...table, head: heads }, ...rest }
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
): { widths: number[]; cut: boolean; heads?: string[] } | null {
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
  const widths = shrink([...wrapped], floors, limit)
  const cut = widths.some((width, column) => width < (body[column] as number))
  if (drawnWidth(widths) <= limit) return { widths, cut }
  // Last, a head's words longer than its figures break with a hyphen: "Arbeidsplasser" is 14 columns
  // over figures of 9, and a Norwegian table at 80 columns was 3 too wide for it.
  const broken = head.map(text => hyphenateHead(text, 0))
  const hyphenFloors = floors.map((floor, column) =>
    names[column] === true ? floor : Math.max(body[column] as number, longestWord(broken[column] as string)),
  )
  const narrower = shrink([...wrapped], hyphenFloors, limit)
  // Only the words still wider than their column are broken.
  const drawnHeads = head.map((text, column) => hyphenateHead(text, narrower[column] as number))
  return drawnHeads.every((text, column) => text === head[column])
    ? { widths, cut }
    : { widths: narrower, cut, heads: drawnHeads }
}

const CONSONANT = /^[bcdfghjklmnpqrstvwxz]$/i

/**
 * The words of a head wider than `width` broken in two, "Arbeids- plasser": after a hyphen they
 * already have, else between two consonants (where Norwegian and English compounds mostly join),
 * as near the middle as can be, and of equal places the one whose second part starts with fewer
 * consonants ("Arbeids- plasser", not "Arbeid- splasser"). Words of fewer than 8 letters, and words
 * with no such place, stay whole.
 */
export function hyphenateHead(text: string, width: number): string {
  return text
    .split(' ')
    .map(word => {
      const letters = [...word]
      if (letters.length < 8 || displayWidth(word) <= width) return word
      let best = -1
      let bestWidth = Number.POSITIVE_INFINITY
      for (let at = 3; at <= letters.length - 3; at++) {
        const before = letters[at - 1] as string
        const after = letters[at] as string
        const seam = before === '-' || (CONSONANT.test(before) && CONSONANT.test(after))
        if (!seam) continue
        let onset = 0
        while (at + onset < letters.length && CONSONANT.test(letters[at + onset] as string)) onset++
        const piece = Math.max(at + (before === '-' ? 0 : 1), letters.length - at) * 100 + onset
        if (piece < bestWidth) [best, bestWidth] = [at, piece]
      }
      if (best < 0) return word
      const head = letters.slice(0, best).join('')
      return `${head.endsWith('-') ? head : `${head}-`} ${letters.slice(best).join('')}`
    })
    .join(' ')
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
