// Box-drawn text tables, drawn the way cli-table3 draws them with its default characters and one
// space of padding (test/render/box.test.ts holds the two side by side on random tables). Our own
// because cli-table3 took about 80 ms to lay out the sample's few hundred cells, more than the
// rest of a summarize run; this draws them in well under a millisecond.
import { cutToWidth, displayWidth } from './text-width.js'

export type Align = 'left' | 'right' | 'center'

export interface BoxTable {
  head: readonly string[]
  align: readonly Align[]
  rows: readonly (readonly string[])[]
}

export interface BoxStyle {
  /** Wraps a run of border characters (e.g. in grey); identity without colour. */
  border(text: string): string
  /** Wraps the text of a head cell (e.g. in bold); identity without colour. */
  head(text: string): string
}

export const PLAIN_BOX: BoxStyle = { border: text => text, head: text => text }

/**
 * The table as lines of text. `widths`: each column's text width; cells wider than that wrap at
 * whitespace (a word longer than the column is cut with "…"), or with `cut`, body cells are cut
 * with "…" and only heads wrap, so that every row is one line. Without `widths`, columns take
 * their widest line. `rules`: a rule between body rows too, for rows that span several lines.
 */
export function drawBox(
  table: BoxTable,
  options: { widths?: readonly number[]; rules?: boolean; style?: BoxStyle; cut?: boolean } = {},
): string {
  const style = options.style ?? PLAIN_BOX
  const columns = table.head.length
  // Loops, not Math.max(...rows): a spread of 125,000 rows overflows the stack.
  const widths =
    options.widths ??
    table.head.map((head, column) => {
      let widest = widestLine(head)
      for (const row of table.rows) widest = Math.max(widest, widestLine(row[column] ?? ''))
      return widest
    })
  const wrap = options.widths !== undefined
  const rule = (left: string, middle: string, right: string): string =>
    style.border(`${left}${widths.map(width => '─'.repeat(width + 2)).join(middle)}${right}`)
  const bar = style.border('│')

  const lines = [rule('┌', '┬', '┐')]
  const drawRow = (cells: readonly string[], head: boolean): void => {
    const cellLines = Array.from({ length: columns }, (_, column) => {
      const content = cells[column] ?? ''
      if (wrap && options.cut === true && !head) return [cutToWidth(content, widths[column] as number)]
      return wrap ? wrapWords(content, widths[column] as number) : content.split('\n')
    })
    let height = 1
    for (const each of cellLines) height = Math.max(height, each.length)
    for (let line = 0; line < height; line++) {
      let text = bar
      for (let column = 0; column < columns; column++) {
        const width = widths[column] as number
        const content = cutToWidth((cellLines[column] as string[])[line] ?? '', width)
        const padding = width - displayWidth(content)
        const shown = head && content !== '' ? style.head(content) : content
        text += ` ${aligned(shown, padding, table.align[column] ?? 'left')} ${bar}`
      }
      lines.push(text)
    }
  }
  drawRow(table.head, true)
  table.rows.forEach((row, index) => {
    lines.push(rule('├', '┼', '┤'))
    if (index > 0 && options.rules !== true) lines.pop()
    drawRow(row, false)
  })
  lines.push(rule('└', '┴', '┘'))
  return lines.join('\n')
}

function widestLine(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line))
  return widest
}

function aligned(text: string, padding: number, align: Align): string {
  if (padding <= 0) return text
  if (align === 'right') return ' '.repeat(padding) + text
  if (align === 'center') {
    const right = Math.ceil(padding / 2)
    return ' '.repeat(padding - right) + text + ' '.repeat(right)
  }
  return text + ' '.repeat(padding)
}

/** Each line of `text` broken at whitespace into lines of at most `width` columns; runs of whitespace inside a line are kept. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  for (const source of text.split('\n')) {
    const parts = source.split(/(\s+)/)
    let line = ''
    let length = 0
    let space = ''
    for (let index = 0; index < parts.length; index += 2) {
      const word = parts[index] as string
      const wordWidth = displayWidth(word)
      const joined = length + wordWidth + (length > 0 ? space.length : 0)
      if (joined > width) {
        if (length !== 0) lines.push(line)
        line = word
        length = wordWidth
      } else {
        line += space + word // leading whitespace is kept but not counted, as cli-table3 does
        length = joined
      }
      space = parts[index + 1] ?? ''
    }
    if (length > 0) lines.push(line)
  }
  return lines
}
