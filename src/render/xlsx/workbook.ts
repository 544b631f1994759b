// A Summary as an Excel workbook (.xlsx): a Totals sheet, then one sheet per grouping, and under
// --value a Value sheet (the years, the present values, the assumptions), in the run's language. Numbers are number cells with a number format per measure (as many decimals as the
// data's most precise value of that measure needs), text is inline text (never a formula: only an
// <f> element is one), the header row is frozen and columns are as wide as their contents. The bytes
// depend on the summary alone: no timestamps, no document properties, stored zip entries (zip.ts).
//
// A number of more than 15 significant digits (a double holds 15 exactly) is written as a text
// cell with the exact value, and the Totals sheet says so: a number cell would show other digits.
import { type Amount, amountToPlainString, normalizeAmount } from '../../amount.js'
import { XLSX_CELL_CHARS, xlsxText } from '../../escape.js'
import type { Messages } from '../../messages/index.js'
import {
  type Basis,
  BASES,
  type Dimension,
  type GroupKey,
  type GroupRow,
  isByYear,
  MEASURE_LIST,
  type Measure,
  type RunningTotals,
  CO2E,
  SAVINGS,
  type Summary,
} from '../../model.js'
import type { RenderOptions } from '../formats.js'
import { valueFigures } from '../value-figures.js'
import { valueTables } from '../value-view.js'
import { zipParts } from './zip.js'

/** Significant digits a spreadsheet's number (a double) holds exactly. */
export const EXACT_DIGITS = 15
/** Decimals a number format shows at most; a value with more keeps them in the cell. */
const MAX_FORMAT_DECIMALS = 10

type Cell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: Amount; style: number }
  | { kind: 'count'; value: number; style: number }
  | null

interface Sheet {
  name: string
  rows: Cell[][]
}

// Cell styles (cellXfs): 0 default, 1 header (bold), 2 count (#,##0), 3 year (0), then one per measure.
const HEADER = 1
const COUNT = 2
const YEAR = 3
const measureStyle = (measure: Measure): number => 4 + measure
// Under --value, after the measures' styles: kroner to the øre, discount factors and ratios.
const MONEY = 4 + MEASURE_LIST.length
const FACTOR = MONEY + 1
const RATIO = MONEY + 2
const VALUE_DECIMALS = [2, 4, 4]

export function renderXlsx(summary: Summary, options: RenderOptions): Uint8Array {
  const { messages } = options
  const decimals = [...measureDecimals(summary), ...(summary.value === null ? [] : VALUE_DECIMALS)]
  const oversized = { found: false }
  const text = (value: string): Cell => ({ kind: 'text', text: value })
  const styled = (value: Amount | null, style: number): Cell => {
    if (value === null) return null
    const exact = normalizeAmount(value)
    if (significantDigits(exact) > EXACT_DIGITS) {
      oversized.found = true
      return text(amountToPlainString(exact))
    }
    return { kind: 'number', value: exact, style }
  }
  const amount = (value: Amount | null, measure: Measure): Cell => styled(value, measureStyle(measure))
  const count = (value: number, style = COUNT): Cell => ({ kind: 'count', value, style })
  const labels = messages.labels
  const measureHeads = MEASURE_LIST.map(measure =>
    measure === SAVINGS && summary.prices !== null ? labels.savingsIn(summary.prices.year) : labels.measures[measure],
  )

  const sheets: Sheet[] = []
  const totals = summary.totals
  const bases = BASES.filter(basis => totals.bases.includes(basis))
  const totalRows: Cell[][] = [
    [
      text(labels.measure),
      text(labels.total),
      ...(bases.length > 1 ? bases.map(basis => text(labels.basisNames[basis])) : []),
    ],
    [text(labels.records), count(totals.records)],
    [text(labels.projects), count(totals.projects)],
    [text(labels.partners), count(totals.partners)],
    ...MEASURE_LIST.map(measure => [
      text(measureHeads[measure] as string),
      amount(totals.measures[measure] ?? null, measure),
      ...(bases.length > 1
        ? bases.map(basis => amount(totals.byBasis[BASES.indexOf(basis)]?.[measure] ?? null, measure))
        : []),
    ]),
  ]
  if (totals.firstYear !== null && totals.lastYear !== null)
    totalRows.push([text(labels.years), text(`${totals.firstYear}–${totals.lastYear}`)])
  sheets.push({ name: labels.totals, rows: totalRows })

  for (const grouping of summary.groupings) {
    const byYear = isByYear(grouping.dimensions)
    const toDateHeads = byYear ? toDateLabels(summary, messages) : []
    const rows: Cell[][] = [
      [
        ...grouping.dimensions.map(dimension => text(labels.dimension[dimension] as string)),
        text(labels.records),
        text(labels.projects),
        ...measureHeads.map(text),
        ...toDateHeads.map(text),
      ],
    ]
    for (const row of grouping.rows) {
      rows.push([
        ...row.keys.map((key, index) => keyCell(key, grouping.dimensions[index] as Dimension, messages)),
        count(row.records),
        count(row.projects),
        ...MEASURE_LIST.map(measure => amount(row.measures[measure] ?? null, measure)),
        ...(byYear ? toDateCells(summary, row, amount) : []),
      ])
    }
    sheets.push({
      name: labels.by(grouping.dimensions.map(each => (labels.dimension[each] as string).toLowerCase())),
      rows,
    })
  }
  if (summary.value !== null) sheets.push(valueSheet(summary, options, { text, styled, count }))
  if (oversized.found) sheets[0]?.rows.push([], [text(messages.xlsx.textNumbers(EXACT_DIGITS))])
  return zipParts(workbookParts(uniqueSheetNames(sheets), decimals))
}

/** --value: the value table's rows as numbers, its total, the present values, then its notes as text. */
function valueSheet(
  summary: Summary,
  options: RenderOptions,
  cells: {
    text: (value: string) => Cell
    styled: (value: Amount | null, style: number) => Cell
    count: (value: number, style?: number) => Cell
  },
): Sheet {
  const { text, styled, count } = cells
  const appraisal = summary.value
  if (appraisal === null) throw new Error('no value')
  const words = options.messages.value
  const figures = valueFigures(appraisal)
  const [table, presentValue] = valueTables(summary, options)
  const withCosts = appraisal.settings.costs !== null
  const hasEts = figures.years.some(year => year.inForceEts.units !== 0n)
  const tonnes = measureStyle(CO2E)
  const rows: Cell[][] = [(table?.head ?? []).map(text)]
  for (const year of figures.years)
    rows.push([
      year.projection ? text(words.projection(year.year)) : count(year.year, YEAR),
      styled(year.inForceNonEts, tonnes),
      styled(year.priceNonEts, MONEY),
      ...(hasEts ? [styled(year.inForceEts, tonnes), styled(year.priceEts, MONEY)] : []),
      styled(year.carbonValue, MONEY),
      styled(year.savings, MONEY),
      ...(withCosts ? [styled(year.cost, MONEY)] : []),
      styled(year.factor, FACTOR),
    ])
  rows.push([
    text(words.total),
    null,
    null,
    ...(hasEts ? [null, null] : []),
    styled(figures.carbonValue, MONEY),
    styled(figures.savings, MONEY),
    ...(withCosts ? [styled(figures.cost, MONEY)] : []),
  ])
  const pv = figures.presentValue
  const ratios = figures.ratios
  rows.push(
    [],
    [text(presentValue?.title ?? ''), text(words.amount)],
    [text(words.pvCarbon), styled(pv.carbonValue, MONEY)],
    [text(words.pvSavings), styled(pv.savings, MONEY)],
  )
  if (pv.cost !== null) rows.push([text(words.pvCost), styled(pv.cost, MONEY)])
  if (pv.projectionCarbonValue !== null)
    rows.push([text(words.pvProjectionCarbon), styled(pv.projectionCarbonValue, MONEY)])
  if (pv.projectionCost !== null) rows.push([text(words.pvProjectionCost), styled(pv.projectionCost, MONEY)])
  if (ratios !== null)
    rows.push(
      [text(words.benefitCost), styled(ratios.benefitCost, RATIO)],
      [text(words.savingsPerKrone), styled(ratios.savingsPerKrone, RATIO)],
      [text(words.perTonneLower), styled(ratios.nokPerTonneLower, MONEY)],
      [text(words.perTonneUpper), styled(ratios.nokPerTonneUpper, MONEY)],
    )
  rows.push([], [text(table?.title ?? '')])
  for (const note of [...(table?.notes ?? []), ...(presentValue?.notes ?? [])]) rows.push([text(note)])
  return { name: words.sheet, rows }
}

function keyCell(key: GroupKey, dimension: Dimension, messages: Messages): Cell {
  if (key === null) return { kind: 'text', text: dimension === 'category' ? messages.labels.noCategory : '' }
  if (typeof key === 'number') return { kind: 'count', value: key, style: dimension === 'year' ? YEAR : COUNT }
  if (dimension === 'basis') return { kind: 'text', text: messages.labels.basisNames[key as Basis] ?? key }
  return { kind: 'text', text: key }
}

/** The running totals a by-year sheet shows, as the table does: to date, and the avoided range to date. */
const TO_DATE_COLUMNS: readonly { field: keyof RunningTotals; measure: Measure }[] = [
  { field: 'jobs', measure: 0 },
  { field: 'savingsNok', measure: 1 },
  { field: 'co2eInForce', measure: 2 },
  { field: 'co2eAvoidedLowerToDate', measure: 2 },
  { field: 'co2eAvoidedUpperToDate', measure: 2 },
]

/** The running totals' labels, in TO_DATE_COLUMNS order, then the members' when the run has them. */
function toDateLabels(summary: Summary, messages: Messages): string[] {
  const overTime = messages.labels.overTime
  return [
    summary.jobs === 'held' ? overTime.personYears : overTime.jobs,
    summary.prices === null ? overTime.savings : messages.labels.savingsToDateIn(summary.prices.year),
    overTime.co2eInForce,
    overTime.co2eAvoidedLower,
    overTime.co2eAvoidedUpper,
    ...(summary.membership === null ? [] : [overTime.members]),
  ]
}

function toDateCells(
  summary: Summary,
  row: GroupRow,
  amount: (value: Amount | null, measure: Measure) => Cell,
): Cell[] {
  const cells = TO_DATE_COLUMNS.map(({ field, measure }) => amount(row.toDate?.[field] ?? null, measure))
  if (summary.membership !== null)
    cells.push(row.members === undefined ? null : { kind: 'count', value: row.members, style: COUNT })
  return cells
}

/** Per measure, the decimals its number format shows: the most any value of it in the workbook needs. */
export function measureDecimals(summary: Summary): number[] {
  const decimals = [0, 0, 0]
  const see = (value: Amount | null | undefined, measure: Measure): void => {
    if (value === null || value === undefined) return
    decimals[measure] = Math.min(
      MAX_FORMAT_DECIMALS,
      Math.max(decimals[measure] as number, normalizeAmount(value).scale),
    )
  }
  for (const measure of MEASURE_LIST) {
    see(summary.totals.measures[measure], measure)
    for (const values of summary.totals.byBasis) see(values[measure], measure)
    for (const grouping of summary.groupings)
      for (const row of grouping.rows) {
        see(row.measures[measure], measure)
        if (row.toDate !== undefined)
          for (const column of TO_DATE_COLUMNS) if (column.measure === measure) see(row.toDate[column.field], measure)
      }
  }
  return decimals
}

function significantDigits(amount: Amount): number {
  const digits = (amount.units < 0n ? -amount.units : amount.units).toString()
  return Math.max(digits.replace(/^0+/, '').length, 1)
}

/** Sheet names as Excel allows them: no []:*?/\, at most 31 characters, no two alike (case ignored). */
function uniqueSheetNames(sheets: Sheet[]): Sheet[] {
  const seen = new Set<string>()
  return sheets.map((sheet, index) => {
    let name =
      sheet.name
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'|'$/g, '')
        .trim()
        .slice(0, 31) || `${index + 1}`
    for (let suffix = 2; seen.has(name.toLowerCase()); suffix++) name = `${name.slice(0, 28)} ${suffix}`
    seen.add(name.toLowerCase())
    return { ...sheet, name }
  })
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'

function workbookParts(sheets: readonly Sheet[], decimals: readonly number[]): { name: string; data: Uint8Array }[] {
  const part = (name: string, xml: string) => ({ name, data: Buffer.from(XML_HEAD + xml, 'utf8') })
  return [
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (_, index) =>
              `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    part(
      '_rels/.rels',
      `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><bookViews><workbookView/></bookViews><sheets>` +
        sheets
          .map(
            (sheet, index) => `<sheet name="${xlsxText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        sheets
          .map(
            (_, index) =>
              `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    part('xl/styles.xml', stylesXml(decimals)),
    ...sheets.map((sheet, index) => part(`xl/worksheets/sheet${index + 1}.xml`, sheetXml(sheet, index === 0))),
  ]
}

/** A number format code with `decimals` decimals and grouped thousands; the spreadsheet shows it in its locale's marks. */
const numberFormat = (decimals: number): string => (decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`)

function stylesXml(decimals: readonly number[]): string {
  const formats = decimals.map(
    (places, measure) => `<numFmt numFmtId="${164 + measure}" formatCode="${numberFormat(places)}"/>`,
  )
  const measureFormats = decimals.map(
    (_, measure) =>
      `<xf numFmtId="${164 + measure}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  )
  return (
    `<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${4 + measureFormats.length}">` +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    measureFormats.join('') +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  )
}

/** "A", "B", …, "Z", "AA": the letters of a 0-based column. */
export function columnName(column: number): string {
  let name = ''
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name
  return name
}

function sheetXml(sheet: Sheet, selected: boolean): string {
  const widths: number[] = []
  const rows = sheet.rows.map((cells, rowIndex) => {
    const line = rowIndex + 1
    const xml = cells.map((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cellWidth(cell))
      const reference = `${columnName(column)}${line}`
      if (cell === null) return ''
      if (cell.kind === 'text') {
        const style = rowIndex === 0 ? ` s="${HEADER}"` : ''
        return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${xlsxText(cell.text)}</t></is></c>`
      }
      const value = cell.kind === 'count' ? String(cell.value) : amountToPlainString(cell.value)
      return `<c r="${reference}" s="${cell.style}"><v>${value}</v></c>`
    })
    return `<row r="${line}">${xml.join('')}</row>`
  })
  const columns = widths
    .map(
      (width, column) =>
        `<col min="${column + 1}" max="${column + 1}" width="${Math.min(60, Math.max(8, width + 2))}" customWidth="1"/>`,
    )
    .join('')
  return (
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (columns === '' ? '' : `<cols>${columns}</cols>`) +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  )
}

/** About how many characters wide a cell shows (digits with grouping for numbers). */
function cellWidth(cell: Cell): number {
  if (cell === null) return 0
  if (cell.kind === 'text') return Math.min(cell.text.length, XLSX_CELL_CHARS)
  const digits = cell.kind === 'count' ? String(cell.value).length : amountToPlainString(cell.value).length
  return digits + Math.floor(digits / 3)
}
