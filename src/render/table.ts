// Terminal tables: boxes (box.ts) and chalk, the only file that imports it.
// Colour is decided once by the caller and passed in.
import { Chalk, type ChalkInstance } from 'chalk'
import type { Messages } from '../messages/index.js'
import type { Summary } from '../model.js'
import { type BoxStyle, drawBox, PLAIN_BOX } from './box.js'
import { escapeTerminal } from '../escape.js'
import type { RenderOptions } from './formats.js'
import { type FittedTable, fitTable, wrapText } from './fit.js'
import { overviewLines, summaryTables, type TextTable } from './view.js'
import { cutColumn } from './text-width.js'

export function renderTable(summary: Summary, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const [title, ...rest] = overviewLines(summary, options)
  const heading = [
    chalk.bold(wrapText(escapeTerminal(title ?? ''), options.width)),
    ...rest.map(line => wrapText(escapeTerminal(line), options.width)),
  ].join('\n')
  return `${[heading, drawTables(summaryTables(summary, options), chalk, options.width, options.messages)].join('\n\n')}\n`
}

/** Draws text tables the way summarize draws its own (used by check), each with its title and notes. */
export function renderTextTables(
  tables: readonly TextTable[],
  options: Pick<RenderOptions, 'color' | 'width' | 'messages'>,
): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  return `${drawTables(tables, chalk, options.width, options.messages)}\n`
}

/** Each table fitted to `width` (see fit.ts), one row a line, drawn with its title and notes. */
function drawTables(
  tables: readonly TextTable[],
  chalk: ChalkInstance,
  width: number | undefined,
  messages: Messages,
): string {
  const style: BoxStyle =
    chalk.level > 0 ? { border: text => chalk.grey(text), head: text => chalk.bold(text) } : PLAIN_BOX
  const drawn = ({ table, widths, cut }: FittedTable): string => {
    const notes = [...table.notes, ...(cut ? [messages.labels.namesCut] : [])].map(note =>
      chalk.dim(wrapText(note, width)),
    )
    const body = drawBox(cutNames(table, widths), { ...(widths === undefined ? {} : { widths }), cut: true, style })
    return [chalk.bold.cyan(table.title), body, ...notes].join('\n')
  }
  return tables
    .map(escapeTable)
    .map(table => drawn(fitTable(table, width)))
    .join('\n\n')
}

/** The table with its name columns cut to `widths` (text-width.ts: two names never read as one). */
function cutNames(table: TextTable, widths: readonly number[] | undefined): TextTable {
  if (widths === undefined || table.names === undefined) return table
  const columns = table.names.flatMap((isName, column) => (isName ? [column] : []))
  const cut = columns.map(column =>
    cutColumn(
      table.rows.map(row => row[column] ?? ''),
      widths[column] as number,
    ),
  )
  return {
    ...table,
    rows: table.rows.map((row, index) => {
      const copy = [...row]
      for (const [at, column] of columns.entries()) copy[column] = (cut[at] as string[])[index] as string
      return copy
    }),
  }
}

/** Every string of a table as a terminal may show it (escape.ts), before its columns are measured. */
function escapeTable(table: TextTable): TextTable {
  return {
    ...table,
    title: escapeTerminal(table.title),
    head: table.head.map(escapeTerminal),
    rows: table.rows.map(row => row.map(escapeTerminal)),
    notes: table.notes.map(escapeTerminal),
  }
}
