// CSV for spreadsheets and scripts: one table (a grouping's rows, or the long form of several),
// machine-neutral numbers (dot decimals, no grouping), and no cell a spreadsheet would run as a formula.
// Under --excel, the same table in the dialect Excel opens in the run's language (csvDialect).
import type { Language } from '../model.js'
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

/**
 * How a CSV file is written. Neutral: "," and dot decimals, LF, no byte-order mark, for programs.
 * For Excel (--excel): what Excel opens without an import dialog in the language's locale: under nb
 * ";" (Norwegian Excel's list separator) and decimal commas, under en "," and dots; both UTF-8 with a
 * byte-order mark (without one Excel reads Windows-1252: "Måkeøy" comes out garbled) and CRLF.
 */
export interface CsvDialect {
  delimiter: ',' | ';'
  decimal: '.' | ','
  bom: boolean
  crlf: boolean
}

export function csvDialect(excel: boolean, language: Language): CsvDialect {
  if (!excel) return { delimiter: ',', decimal: '.', bom: false, crlf: false }
  return language === 'nb'
    ? { delimiter: ';', decimal: ',', bom: true, crlf: true }
    : { delimiter: ',', decimal: '.', bom: true, crlf: true }
}

/** Rows of cells (already made safe by csvCell) as CSV text in `dialect`. */
export function writeCsv(rows: string[][], dialect: CsvDialect): string {
  const text = stringify(rows, { delimiter: dialect.delimiter, record_delimiter: dialect.crlf ? 'windows' : 'unix' })
  return dialect.bom ? `\ufeff${text}` : text
}

type Decimal = CsvDialect['decimal']

const cell = (value: Amount | null, decimal: Decimal): string =>
  value === null ? '' : decimal === '.' ? amountToPlainString(value) : amountToPlainString(value).replace('.', ',')

function measureCells(measures: MeasureValues, decimal: Decimal): string[] {
  return measures.map(value => cell(value, decimal))
}

/** The running totals of by-year rows, as extra columns (empty on other rows). */
function toDateCells(row: GroupRow | null, decimal: Decimal): string[] {
  const toDate = row?.toDate
  return TO_DATE_FIELDS.map(({ field }) => (toDate === undefined ? '' : cell(toDate[field], decimal)))
}

export function renderCsv(summary: Summary, options: RenderOptions): string {
  const dialect = csvDialect(options.excel === true, options.messages.language)
  const [only, ...others] = summary.groupings
  return writeCsv(
    only !== undefined && others.length === 0
      ? groupingRows(only, dialect.decimal)
      : longRows(summary, dialect.decimal),
    dialect,
  )
}

/**
 * One grouping: its rows alone, key columns first, so that a typed reader (pandas) gets integer years
 * and no row of another kind; the total is in the JSON and the tables.
 */
function groupingRows(grouping: Grouping, decimal: Decimal): string[][] {
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
    ...measureCells(row.measures, decimal),
    ...(withToDate ? toDateCells(row, decimal) : []),
  ])
  return [header, ...rows]
}

/** Several groupings: the long form, a `group` column naming each row's kind (`total` first). */
function longRows(summary: Summary, decimal: Decimal): string[][] {
  const dimensions = DIMENSIONS.filter(dimension =>
    summary.groupings.some(grouping => grouping.dimensions.includes(dimension)),
  )
  const withToDate = summary.groupings.some(grouping => isByYear(grouping.dimensions))
  const extra = (row: GroupRow | null): string[] => (withToDate ? toDateCells(row, decimal) : [])
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
      ...measureCells(summary.totals.measures, decimal),
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
        ...measureCells(row.measures, decimal),
        ...extra(row),
      ])
    }
  }
  return [header, ...rows]
}

const keyCell = (key: GroupKey): string => (key === null ? '' : typeof key === 'number' ? String(key) : csvCell(key))
