// What the human formats (table, markdown) show, as rows of display text.
// Renderers differ only in how they draw these.
import type { Amount } from '../amount.js'
import { MEASURES, type Dimension, type GroupKey, type Grouping, type MeasureValues, type Summary } from '../model.js'
import type { Messages } from '../messages.js'
import { formatAmount, formatCount, significantScale, type NumberStyle } from './format-number.js'

export type Align = 'left' | 'right'

export interface TextTable {
  title: string
  head: string[]
  align: Align[]
  rows: string[][]
  notes: string[]
}

export interface ViewOptions {
  messages: Messages
  numbers: NumberStyle
}

export function overviewLines(summary: Summary, { messages, numbers }: ViewOptions): string[] {
  const { totals, filters } = summary
  const labels = messages.labels
  const years =
    totals.firstYear === null ? labels.noRecords : totals.firstYear === totals.lastYear ? `${totals.firstYear}` : `${totals.firstYear}–${totals.lastYear}`
  const lines = [
    `${labels.title}: ${labels.inputs(summary.inputs.map((input) => input.path))}`,
    labels.overview(totals, years, (n) => formatCount(n, numbers)),
  ]
  const parts: string[] = []
  if (filters.from !== null || filters.to !== null) parts.push(labels.filterYears(filters.from, filters.to))
  if (filters.partners.length > 0) parts.push(labels.filterPartners(filters.partners))
  if (filters.categories.length > 0) parts.push(labels.filterCategories(filters.categories))
  if (parts.length > 0) lines.push(labels.filters(parts))
  if (summary.problems.skippedRecords > 0) lines.push(labels.skippedNote(summary.problems.skippedRecords))
  return lines
}

export function totalsTable(summary: Summary, { messages, numbers }: ViewOptions): TextTable {
  const { totals } = summary
  const labels = messages.labels
  const rows = MEASURES.map((_, measure) => {
    const value = totals.measures[measure]
    const coverage = totals.coverage[measure as 0 | 1 | 2]
    const reported =
      coverage.records === 0
        ? labels.nobody
        : coverage.records === totals.records
          ? labels.all(totals.records, 'record')
          : `${labels.of(coverage.projects, totals.projects, 'project')} (${labels.of(coverage.records, totals.records, 'record')})`
    return [labels.measures[measure] as string, value === null || value === undefined ? labels.notReported : formatAmount(value, numbers), reported]
  })
  return {
    title: labels.totals,
    head: [labels.measure, labels.total, labels.reportedBy],
    align: ['left', 'right', 'left'],
    rows,
    notes: [labels.co2eNote],
  }
}

export function groupingTable(grouping: Grouping, summary: Summary, { messages, numbers }: ViewOptions): TextTable {
  const labels = messages.labels
  const scales = MEASURES.map((_, measure) => columnScale(grouping.rows.map((row) => row.measures[measure] ?? null)))
  const rows = grouping.rows.map((row) => [
    ...row.keys.map((key, position) => displayKey(key, grouping.dimensions[position] as Dimension, messages)),
    formatCount(row.records, numbers),
    formatCount(row.projects, numbers),
    ...displayMeasures(row.measures, scales, numbers, labels.notReported),
  ])
  const notes: string[] = []
  if (grouping.dimensions.includes('partner')) {
    notes.push(summary.attribution === 'split' ? labels.splitNote : labels.fullNote(summary.totals.multiPartnerRecords))
  }
  return {
    title: labels.by(grouping.dimensions.map((dimension) => (labels.dimension[dimension] as string).toLowerCase())),
    head: [
      ...grouping.dimensions.map((dimension) => labels.dimension[dimension] as string),
      labels.records,
      labels.projects,
      ...labels.measures,
    ],
    align: [...grouping.dimensions.map((dimension): Align => (dimension === 'year' ? 'right' : 'left')), 'right', 'right', 'right', 'right', 'right'],
    rows,
    notes,
  }
}

function displayKey(key: GroupKey, dimension: Dimension, messages: Messages): string {
  if (key === null) return dimension === 'category' ? messages.labels.noCategory : ''
  return String(key)
}

/** Pads a column to the most fraction digits any of its values needs, so decimal marks line up. */
function columnScale(values: readonly (Amount | null)[]): number {
  return values.reduce((scale, value) => (value === null ? scale : Math.max(scale, significantScale(value))), 0)
}

function displayMeasures(measures: MeasureValues, scales: readonly number[], numbers: NumberStyle, missing: string): string[] {
  return measures.map((value, measure) => (value === null || value === undefined ? missing : formatAmount(value, numbers, scales[measure] ?? 0)))
}
