// Markdown for people and for committing yearly reports: byte-identical for identical input.
import type { Summary } from '../model.js'
import type { RenderOptions } from './formats.js'
import { overviewLines, summaryTables, type TextTable } from './view.js'

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

export function markdownTable(table: TextTable): string {
  // Cells are trimmed: the padding that keeps flags in line in a terminal means nothing here.
  const line = (cells: readonly string[]): string => `| ${cells.map(cell => escapeCell(cell.trimEnd())).join(' | ')} |`
  const rule = `|${table.align.map(align => (align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`
  const lines = [`## ${table.title}`, '', line(table.head), rule, ...table.rows.map(line)]
  if (table.notes.length > 0) lines.push('', ...table.notes)
  return lines.join('\n')
}

export function renderMarkdown(summary: Summary, options: RenderOptions): string {
  const [title, ...rest] = overviewLines(summary, options)
  const sections = [
    `# ${escapeCell(title ?? '')}\n\n${rest.map(escapeCell).join('  \n')}`,
    ...summaryTables(summary, options).map(markdownTable),
  ]
  return `${sections.join('\n\n')}\n`
}
