// Markdown for people and for committing yearly reports: byte-identical for identical input.
import type { Summary } from '../model.js'
import { escapeMarkdown } from '../escape.js'
import type { RenderOptions } from './formats.js'
import { overviewLines, summaryTables, type TextTable } from './view.js'

/** Every cell, title and note is text, never markup (escape.ts). */
const escapeCell = escapeMarkdown

export function markdownTable(table: TextTable): string {
  // Cells are trimmed: the padding that keeps flags in line in a terminal means nothing here.
  const line = (cells: readonly string[]): string => `| ${cells.map(cell => escapeCell(cell.trimEnd())).join(' | ')} |`
  const rule = `|${table.align.map(align => (align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`
  const lines = [`## ${escapeCell(table.title)}`, '', line(table.head), rule]
  for (const row of table.rows) lines.push(line(row))
  if (table.notes.length > 0) lines.push('', ...table.notes.map(escapeCell))
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
