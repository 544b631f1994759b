// report.md: the headline and its notes, then the Markdown renderer's tables (totals, by year with
// running totals, by partner, by category). For committing yearly reports: byte-identical for
// identical input, readable as plain text and on a code host.
import type { Summary } from '../model.js'
import { headlineNotes, headlineSentence } from '../prose/headline.js'
import type { ReportRenderOptions } from './html.js'
import { escapeMarkdown } from '../escape.js'
import { markdownTable } from './markdown.js'
import { summaryTables } from './view.js'

export { escapeMarkdown }

export function renderMarkdownReport(summary: Summary, options: ReportRenderOptions): string {
  const report = options.messages
  const notes = headlineNotes(summary, report, { date: options.date, tool: options.tool })
  const sections = [
    `# ${escapeMarkdown(report.report.title)}`,
    `**${escapeMarkdown(headlineSentence(summary, report))}**`,
    notes.map(note => `- **${escapeMarkdown(note.label)}:** ${escapeMarkdown(note.text)}`).join('\n'),
    ...summaryTables(summary, options).map(markdownTable),
    `---\n\n${escapeMarkdown(report.report.notes.tool(options.tool.name, options.tool.version))}`,
  ]
  return `${sections.join('\n\n')}\n`
}
