// Markdown for people and for committing yearly reports: byte-identical for identical input.
import type { Summary } from '../model.js'
import type { RenderOptions } from './index.js'
import { groupingTable, overviewLines, totalsTable, type TextTable } from './view.js'

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function markdownTable(table: TextTable): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`
  const rule = `|${table.align.map((align) => (align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`
  const lines = [`## ${table.title}`, '', line(table.head), rule, ...table.rows.map(line)]
  if (table.notes.length > 0) lines.push('', ...table.notes)
  return lines.join('\n')
}

export function renderMarkdown(summary: Summary, options: RenderOptions): string {
  const [title, ...rest] = overviewLines(summary, options)
  const sections = [
    `# ${escapeCell(title ?? '')}\n\n${rest.map(escapeCell).join('  \n')}`,
    markdownTable(totalsTable(summary, options)),
    ...summary.groupings.map((grouping) => markdownTable(groupingTable(grouping, summary, options))),
  ]
  return `${sections.join('\n\n')}\n`
}
