// Terminal tables: cli-table3 and chalk, the only file that imports either.
// Colour is decided once by the caller and passed in.
import { Chalk, type ChalkInstance } from 'chalk'
import Table from 'cli-table3'
import type { Summary } from '../model.js'
import type { RenderOptions } from './index.js'
import { type FittedTable, fitTable, wrapText } from './fit.js'
import { overviewLines, summaryTables, type TextTable } from './view.js'

export function renderTable(summary: Summary, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const [title, ...rest] = overviewLines(summary, options)
  const heading = [chalk.bold(wrapText(title ?? '', options.width)), ...rest.map((line) => wrapText(line, options.width))].join('\n')
  return `${[heading, drawTables(summaryTables(summary, options), chalk, options.width, options.messages.labels.continued)].join('\n\n')}\n`
}

/** Draws text tables the way summarize draws its own (used by check), each with its title and notes. */
export function renderTextTables(tables: readonly TextTable[], options: Pick<RenderOptions, 'color' | 'width' | 'messages'>): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  return `${drawTables(tables, chalk, options.width, options.messages.labels.continued)}\n`
}

/** Each table fitted to `width` (see fit.ts), drawn with its title and notes. */
function drawTables(tables: readonly TextTable[], chalk: ChalkInstance, width: number | undefined, continued: (title: string) => string): string {
  const drawn = ({ table, widths, wraps }: FittedTable): string => {
    const grid = new Table({
      head: table.head.map((cell) => chalk.bold(cell)),
      colAligns: table.align,
      style: { head: [], border: chalk.level > 0 ? ['grey'] : [] },
      ...(widths === undefined ? {} : { colWidths: widths.map((each) => each + 2), wordWrap: true }),
    })
    for (const row of table.rows) grid.push(row)
    const notes = table.notes.map((note) => chalk.dim(wrapText(note, width)))
    // Wrapped rows span several lines: then the rules between rows tell them apart.
    const body = wraps ? grid.toString() : withoutRowRules(grid.toString())
    return [chalk.bold.cyan(table.title), body, ...notes].join('\n')
  }
  return tables.flatMap((table) => fitTable(table, width, table.keys ?? 1, continued).map(drawn)).join('\n\n')
}

// cli-table3 rules off every row; keep the rule under the head and drop the rest,
// so that a long list of partners reads as one block.
function withoutRowRules(drawn: string): string {
  const rule = /^(?:\u001b\[[0-9;]*m)*├/
  const lines = drawn.split('\n')
  const underHead = lines.findIndex((line) => rule.test(line)) // a head may take several lines
  return lines.filter((line, position) => position <= underHead || !rule.test(line)).join('\n')
}
