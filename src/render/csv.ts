// CSV for spreadsheets and scripts: one table (a grouping's rows, or the long form of several),
// machine-neutral numbers (dot decimals, no grouping), and no cell a spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync'
import { type Amount, amountToPlainString } from '../amount.js'
import {
  DIMENSIONS,
  type GroupKey,
  type GroupRow,
  type Grouping,
  isByYear,
  MEASURES,
  type MeasureValues,
  type Summary,
  TO_DATE_FIELDS,
} from '../model.js'
import { csvCell } from '../escape.js'
import { KEY_FIELDS, groupingName } from './fields.js'
import type { RenderOptions } from './formats.js'

/** "=cmd()" opened in a spreadsheet runs; a leading apostrophe keeps it text (escape.ts, csvCell). */
export { csvCell as neutralizeFormula } from '../escape.js'

const cell = (value: Amount | null): string => (value === null ? '' : amountToPlainString(value))

function measureCells(measures: MeasureValues): string[] {
  return measures.map(cell)
}

/** The running totals of by-year rows, as extra columns (empty on other rows). */
function toDateCells(row: GroupRow | null): string[] {
  const toDate = row?.toDate
  return TO_DATE_FIELDS.map(({ field }) => (toDate === undefined ? '' : cell(toDate[field])))
}

export function renderCsv(summary: Summary, _options: RenderOptions): string {
  const [only, ...others] = summary.groupings
  return only !== undefined && others.length === 0 ? groupingCsv(only) : longCsv(summary)
}

/**
 * One grouping: its rows alone, key columns first, so that a typed reader (pandas) gets integer years
 * and no row of another kind; the total is in the JSON and the tables.
 */
function groupingCsv(grouping: Grouping): string {
  const withToDate = isByYear(grouping.dimensions)
  const header = [
    ...grouping.dimensions.map(dimension => KEY_FIELDS[dimension]),
    'records',
    'projects',
    ...MEASURES,
    ...(withToDate ? TO_DATE_FIELDS.map(({ name }) => name) : []),
  ]
  const rows = grouping.rows.map(row => [
    ...row.keys.map(keyCell),
    String(row.records),
    String(row.projects),
    ...measureCells(row.measures),
    ...(withToDate ? toDateCells(row) : []),
  ])
  return stringify([header, ...rows], { record_delimiter: 'unix' })
}

/** Several groupings: the long form, a `group` column naming each row's kind (`total` first). */
function longCsv(summary: Summary): string {
  const dimensions = DIMENSIONS.filter(dimension =>
    summary.groupings.some(grouping => grouping.dimensions.includes(dimension)),
  )
  const withToDate = summary.groupings.some(grouping => isByYear(grouping.dimensions))
  const extra = (row: GroupRow | null): string[] => (withToDate ? toDateCells(row) : [])
  const header = [
    'group',
    ...dimensions.map(dimension => KEY_FIELDS[dimension]),
    'records',
    'projects',
    ...MEASURES,
    ...(withToDate ? TO_DATE_FIELDS.map(({ name }) => name) : []),
  ]
  const rows: string[][] = [
    [
      'total',
      ...dimensions.map(() => ''),
      String(summary.totals.records),
      String(summary.totals.projects),
      ...measureCells(summary.totals.measures),
      ...extra(null),
    ],
  ]
  for (const grouping of summary.groupings) {
    for (const row of grouping.rows) {
      const keys = dimensions.map(dimension => {
        const position = grouping.dimensions.indexOf(dimension)
        return keyCell(position < 0 ? null : (row.keys[position] ?? null))
      })
      rows.push([
        groupingName(grouping.dimensions),
        ...keys,
        String(row.records),
        String(row.projects),
        ...measureCells(row.measures),
        ...extra(row),
      ])
    }
  }
  return stringify([header, ...rows], { record_delimiter: 'unix' })
}

const keyCell = (key: GroupKey): string => (key === null ? '' : typeof key === 'number' ? String(key) : csvCell(key))
