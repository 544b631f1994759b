// Terminal tables: cli-table3 and chalk, the only file that imports either.
// Colour is decided once by the caller and passed in.
import { Chalk } from 'chalk'
import Table from 'cli-table3'
import type { Summary } from '../model.js'
import type { RenderOptions } from './index.js'
import { groupingTable, overviewLines, totalsTable, type TextTable } from './view.js'

export function renderTable(summary: Summary, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const drawn = (table: TextTable): string => {
    const grid = new Table({
      head: table.head.map((cell) => chalk.bold(cell)),
      colAligns: table.align,
      style: { head: [], border: options.color ? ['grey'] : [] },
    })
    // One multi-line body row: a rule under the head but none between records.
    if (table.rows.length > 0) grid.push(table.head.map((_, column) => table.rows.map((row) => row[column] ?? '').join('\n')))
    const notes = table.notes.map((note) => chalk.dim(note))
    return [chalk.bold.cyan(table.title), grid.toString(), ...notes].join('\n')
  }
  const [title, ...rest] = overviewLines(summary, options)
  const sections = [
    [chalk.bold(title ?? ''), ...rest].join('\n'),
    drawn(totalsTable(summary, options)),
    ...summary.groupings.map((grouping) => drawn(groupingTable(grouping, summary, options))),
  ]
  return `${sections.join('\n\n')}\n`
}
