// The five files of `report`, from one Summary. summary.json, summary.csv and summary.xlsx are what
// `summarize --by year --by partner --by category --format json|csv|xlsx` writes for the same options
// (summary.csv with --excel under nb, as `report` writes it there unless --no-excel): the same
// renderers, called on the same Summary, so they are identical by construction.
import type { Dimension, Summary } from '../model.js'
import { renderHtmlReport, type ReportRenderOptions } from './html.js'
import { renderers } from './index.js'
import { renderMarkdownReport } from './markdown-report.js'

/** The groupings every report has: its tables and charts need all three. */
export const REPORT_GROUPINGS: Dimension[][] = [['year'], ['partner'], ['category']]

export const REPORT_FILE_NAMES = ['summary.json', 'summary.csv', 'summary.xlsx', 'report.md', 'report.html'] as const

/** Written beside them under --pdf: report.html printed (write/print-pdf.ts). */
export const PDF_FILE_NAME = 'report.pdf'

export interface ReportFile {
  name: (typeof REPORT_FILE_NAMES)[number]
  /** Text, or a workbook's bytes. */
  content: string | Uint8Array
}

export function renderReportFiles(summary: Summary, options: ReportRenderOptions): ReportFile[] {
  return [
    { name: 'summary.json', content: renderers.json(summary, options) },
    { name: 'summary.csv', content: renderers.csv(summary, options) },
    { name: 'summary.xlsx', content: renderers.xlsx(summary, options) },
    { name: 'report.md', content: renderMarkdownReport(summary, options) },
    { name: 'report.html', content: renderHtmlReport(summary, options) },
  ]
}
