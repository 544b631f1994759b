// Terminal tables: cli-table3 and chalk, the only file that imports either.
// Colour is decided once by the caller and passed in.
import { Chalk } from 'chalk'
import Table from 'cli-table3'
import type { Summary } from '../model.js'
import type { RenderOptions } from './index.js'
import { type FittedTable, fitTable, wrapText } from './fit.js'
import { overviewLines, summaryTables } from './view.js'

export function renderTable(summary: Summary, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 })
  const { width } = options
  const drawn = ({ table, widths, wraps }: FittedTable): string => {
    const grid = new Table({
      head: table.head.map((cell) => chalk.bold(cell)),
      colAligns: table.align,
      style: { head: [], border: options.color ? ['grey'] : [] },
      ...(widths === undefined ? {} : { colWidths: widths.map((each) => each + 2), wordWrap: true }),
    })
    for (const row of table.rows) grid.push(row)
    const notes = table.notes.map((note) => chalk.dim(wrapText(note, width)))
    // Wrapped rows span several lines: then the rules between rows tell them apart.
    const body = wraps ? grid.toString() : withoutRowRules(grid.toString())
    return [chalk.bold.cyan(table.title), body, ...notes].join('\n')
  }
  const [title, ...rest] = overviewLines(summary, options)
  const continued = options.messages.labels.continued
  const sections = [
    [chalk.bold(wrapText(title ?? '', width)), ...rest.map((line) => wrapText(line, width))].join('\n'),
    ...summaryTables(summary, options).flatMap((table) => fitTable(table, width, table.keys ?? 1, continued).map(drawn)),
  ]
  return `${sections.join('\n\n')}\n`
}

// cli-table3 rules off every row; keep the rule under the head and drop the rest,
// so that a long list of partners reads as one block.
function withoutRowRules(drawn: string): string {
  const rule = /^(?:\u001b\[[0-9;]*m)*├/
  const lines = drawn.split('\n')
  const underHead = lines.findIndex((line) => rule.test(line)) // a head may take several lines
  return lines.filter((line, position) => position <= underHead || !rule.test(line)).join('\n')
}
