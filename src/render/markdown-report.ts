// report.md: the headline and its notes, then the Markdown renderer's tables (totals, by year with
// running totals, by partner, by category), then the appendix "About the figures". For committing
// yearly reports: byte-identical for identical input, readable as plain text and on a code host.
// The body speaks to a reader: no option names, no file paths; those are in the appendix.
import type { Summary } from '../model.js'
import { aboutTheFigures, reportDateline } from '../prose/about.js'
import { headlineNotes, headlineSentence } from '../prose/headline.js'
import type { ReportRenderOptions } from './html.js'
import { escapeMarkdown, escapeMarkdownCode } from '../escape.js'
import { markdownTable } from './markdown.js'
import { summaryTables } from './view.js'

export { escapeMarkdown }

export function renderMarkdownReport(summary: Summary, options: ReportRenderOptions): string {
  const report = options.messages
  const notes = headlineNotes(summary, report)
  const about = aboutTheFigures(summary, report, options)
  const dateline = reportDateline(summary, report, options.date)
  const sections = [
    `# ${escapeMarkdown(report.report.title)}`,
    ...(dateline === '' ? [] : [`_${escapeMarkdown(dateline)}_`]),
    `**${escapeMarkdown(headlineSentence(summary, report))}**`,
    notes.map(note => `- **${escapeMarkdown(note.label)}:** ${escapeMarkdown(note.text)}`).join('\n'),
    ...summaryTables(summary, { ...options, reader: true }).map(markdownTable),
    `## ${escapeMarkdown(report.report.about.title)}\n\n${escapeMarkdown(report.report.about.intro)}\n\n${about
      .map(
        entry =>
          `- **${escapeMarkdown(entry.label)}:** ${entry.lines
            .map(line => (line.code ? escapeMarkdownCode(line.text) : escapeMarkdown(line.text)))
            .join('; ')}`,
      )
      .join('\n')}`,
  ]
  return `${sections.join('\n\n')}\n`
}
