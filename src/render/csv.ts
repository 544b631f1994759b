// CSV for spreadsheets and scripts: one table in long form, machine-neutral
// numbers (dot decimals, no grouping), and no cell a spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync'
import { amountToPlainString } from '../amount.js'
import { DIMENSIONS, MEASURES, type MeasureValues, type Summary } from '../model.js'
import { KEY_FIELDS, groupingName } from './fields.js'
import type { RenderOptions } from './index.js'

/** "=cmd()" opened in a spreadsheet runs; a leading apostrophe keeps it text. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function measureCells(measures: MeasureValues): string[] {
  return measures.map((value) => (value === null ? '' : amountToPlainString(value)))
}

export function renderCsv(summary: Summary, _options: RenderOptions): string {
  const dimensions = DIMENSIONS.filter((dimension) => summary.groupings.some((grouping) => grouping.dimensions.includes(dimension)))
  const header = ['group', ...dimensions.map((dimension) => KEY_FIELDS[dimension]), 'records', 'projects', ...MEASURES]
  const rows: string[][] = [
    ['total', ...dimensions.map(() => ''), String(summary.totals.records), String(summary.totals.projects), ...measureCells(summary.totals.measures)],
  ]
  for (const grouping of summary.groupings) {
    for (const row of grouping.rows) {
      const keys = dimensions.map((dimension) => {
        const position = grouping.dimensions.indexOf(dimension)
        const key = position < 0 ? null : (row.keys[position] ?? null)
        return key === null ? '' : typeof key === 'number' ? String(key) : neutralizeFormula(key)
      })
      rows.push([groupingName(grouping.dimensions), ...keys, String(row.records), String(row.projects), ...measureCells(row.measures)])
    }
  }
  return stringify([header, ...rows], { record_delimiter: 'unix' })
}
