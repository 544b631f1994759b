// Terminal tables: cli-table3 and chalk, the only file that imports either.
// Colour is decided once by the caller and passed in.
import { Chalk } from 'chalk'
import Table from 'cli-table3'
import type { Summary } from '../model.js'
import type { RenderOptions } from './index.js'
import { overviewLines, summaryTables, type TextTable } from './view.js'

export function renderTable(summary: Summary, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const drawn = (table: TextTable): string => {
    const grid = new Table({
      head: table.head.map((cell) => chalk.bold(cell)),
      colAligns: table.align,
      style: { head: [], border: options.color ? ['grey'] : [] },
    })
    for (const row of table.rows) grid.push(row)
    const notes = table.notes.map((note) => chalk.dim(note))
    return [chalk.bold.cyan(table.title), withoutRowRules(grid.toString()), ...notes].join('\n')
  }
  const [title, ...rest] = overviewLines(summary, options)
  const sections = [
    [chalk.bold(title ?? ''), ...rest].join('\n'),
    ...summaryTables(summary, options).map(drawn),
  ]
  return `${sections.join('\n\n')}\n`
}

// cli-table3 rules off every row; keep the rule under the head and drop the rest,
// so that a long list of partners reads as one block.
function withoutRowRules(drawn: string): string {
  const lines = drawn.split('\n')
  return lines.filter((line, position) => position <= 2 || !/^(?:\u001b\[[0-9;]*m)*├/.test(line)).join('\n')
}

/** Draws text tables the way summarize draws its own (used by check), each with its title and notes. */
export function renderTextTables(tables: readonly TextTable[], options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const drawn = tables.map((table) => {
    const grid = new Table({
      head: table.head.map((cell) => chalk.bold(cell)),
      colAligns: table.align,
      style: { head: [], border: options.color ? ['grey'] : [] },
    })
    for (const row of table.rows) grid.push(row)
    return [chalk.bold.cyan(table.title), withoutRowRules(grid.toString()), ...table.notes.map((note) => chalk.dim(note))].join('\n')
  })
  return `${drawn.join('\n\n')}\n`
}
