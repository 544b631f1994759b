// The report's charts, from a Summary: bars per year for each measure, a running-total line for
// each, and partners ranked by each. Chooses what to draw and how to label it; svg.ts draws.
import { type Amount, compareAmounts, normalizeAmount, powerOfTen } from '../../amount.js'
import {
  CO2E,
  type GroupRow,
  type Grouping,
  isByYear,
  MEASURE_FIELDS,
  MEASURE_LIST,
  MEASURES,
  type Measure,
  type PerMeasure,
  type RunningTotals,
  SAVINGS,
  type Summary,
} from '../../model.js'
import type { Messages } from '../../messages/index.js'
import { compareNames } from '../../record/norwegian-order.js'
import { formatAmount, type NumberStyle } from '../../messages/numbers.js'
import { niceAxis, shiftAmount } from './scale.js'
import { valueFigures } from '../value-figures.js'
import {
  barChart,
  type ChartDatum,
  type ChartStyle,
  type ChartText,
  columnChart,
  type LinePoint,
  lineChart,
  type YearSpan,
} from './svg.js'

/** One colour per measure: jobs, savings, CO2e (each ≥ 4.5:1 against white). */
export const MEASURE_COLORS: PerMeasure<string> = ['#2f5f9e', '#2c7a4b', '#7a4a9e']

export type ChartSection = 'overTime' | 'runningTotals' | 'partners' | 'value'

export interface ReportChart {
  id: string
  section: ChartSection
  measure: Measure
  title: string
  svg: string
  /** Whether any mark is hatched (the legend explains hatching only then). */
  hatched: boolean
  /** What solid and hatched marks mean, when not realised and estimated (the value chart: data and projection). */
  legendWords?: { solid: string; hatched: string }
  /** Notes shown under the chart, such as partners left out. */
  notes: string[]
  /** The figures drawn, as a two-column table: the chart's text fallback. */
  table: { head: [string, string]; rows: [string, string][] }
}

export interface ChartOptions {
  report: Messages
  numbers: NumberStyle
}

const MILLION = 6

/** Savings axes count in millions once their ticks reach a million; other measures as they are. */
function axisShift(measure: Measure, values: readonly Amount[], maxIntervals?: number): number {
  if (measure !== SAVINGS || values.length === 0) return 0
  const axis = niceAxis(values, maxIntervals)
  const largest = axis.ticks.reduce((most, tick) => {
    const units = normalizeAmount(tick)
    const magnitude = units.units < 0n ? -units.units : units.units
    return magnitude >= powerOfTen(MILLION + units.scale) ? MILLION : most
  }, 0)
  return largest
}

function unitFor(measure: Measure, shift: number, summary: Summary, report: Messages): string {
  const charts = report.report.charts
  if (measure === SAVINGS && summary.prices !== null) return charts.realUnits(summary.prices.year, shift === MILLION)
  if (measure === SAVINGS && shift === MILLION) return charts.unitsInMillions
  return charts.units[measure]
}

const uncertain = (row: GroupRow, measure: Measure): boolean => {
  const bases = row.bases[measure]
  return bases.includes('estimated') || bases.includes('potential')
}

function extremes(data: readonly ChartDatum[], report: Messages): string[] {
  const shown = data.filter(datum => datum.value !== null)
  if (shown.length < 2) return []
  let highest = shown[0] as ChartDatum
  let lowest = shown[0] as ChartDatum
  for (const datum of shown) {
    if (compareAmounts(datum.value as Amount, highest.value as Amount) > 0) highest = datum
    if (compareAmounts(datum.value as Amount, lowest.value as Amount) < 0) lowest = datum
  }
  const charts = report.report.charts
  return [charts.highest(highest.key, highest.text), charts.lowest(lowest.key, lowest.text)]
}

/** The partners drawn in a ranked chart: the largest first; the rest are in the by-partner table. */
export const RANKED_LIMIT = 50

/** Partners ranked are drawn wider: their names and exact figures need the room. */
export const RANKED_WIDTH = 900

function style(id: string, measure: Measure, shift: number, numbers: NumberStyle, width?: number): ChartStyle {
  const tickText = (tick: Amount): string => formatAmount(shiftAmount(tick, shift), numbers)
  return width === undefined
    ? { id, color: MEASURE_COLORS[measure], tickText }
    : { id, color: MEASURE_COLORS[measure], tickText, width }
}

function dataTable(head: [string, string], data: readonly { key: string; text: string }[]): ReportChart['table'] {
  return { head, rows: data.map(datum => [datum.key, datum.text]) }
}

/**
 * Every chart of the report, in the order shown. Charts by year share one axis, the report's period
 * (first to last year of the selection), so a year sits at the same place in each: a measure first
 * reported later (CO2e) starts later on the same axis, not at the axis's left edge.
 */
export function reportCharts(summary: Summary, options: ChartOptions): ReportChart[] {
  const { firstYear, lastYear } = summary.totals
  const period: YearSpan | null = firstYear === null || lastYear === null ? null : { first: firstYear, last: lastYear }
  const byYear = summary.groupings.find(grouping => isByYear(grouping.dimensions))
  const byPartner = summary.groupings.find(
    grouping => grouping.dimensions.length === 1 && grouping.dimensions[0] === 'partner',
  )
  const charts: ReportChart[] = []
  if (byYear !== undefined) {
    for (const measure of MEASURE_LIST) charts.push(yearChart(byYear, measure, summary, options, period))
    for (const measure of MEASURE_LIST) charts.push(toDateChart(byYear, measure, summary, options, period))
  }
  if (byPartner !== undefined)
    for (const measure of MEASURE_LIST) charts.push(rankedChart(byPartner, measure, summary, options))
  if (summary.value !== null) charts.push(valueChart(summary, options))
  return charts
}

/** --value: the carbon value of each year in constant kroner; projection years hatched. */
function valueChart(summary: Summary, { report, numbers }: ChartOptions): ReportChart {
  const charts = report.report.charts
  const words = report.value
  const figures = valueFigures(summary.value as NonNullable<Summary['value']>)
  const data: ChartDatum[] = figures.years.map(year => ({
    key: year.projection ? `${year.year}*` : String(year.year),
    value: year.carbonValue,
    uncertain: year.projection,
    text: formatAmount(year.carbonValue, numbers, 2),
  }))
  const values = data.flatMap(datum => (datum.value === null ? [] : [datum.value]))
  const shift = axisShift(SAVINGS, values)
  const id = 'value-carbon'
  const title = words.chartTitle(figures.priceLevel)
  const summaryText = [
    data.length === 0
      ? charts.empty
      : charts.barSummary(data.length, data[0]?.key ?? '', data[data.length - 1]?.key ?? ''),
    ...extremes(data, report),
  ].join(' ')
  const unit = charts.realUnits(figures.priceLevel, shift === MILLION)
  return {
    id,
    section: 'value',
    measure: CO2E,
    title,
    svg: columnChart(
      data,
      { title, summary: summaryText, unit, keyAxis: charts.year, empty: charts.empty },
      style(id, CO2E, shift, numbers),
    ),
    hatched: data.some(datum => datum.uncertain),
    legendWords: { solid: words.chartData, hatched: words.chartProjectionLegend },
    notes: summary.value?.settings.horizon == null ? [] : [words.chartProjection],
    table: dataTable([charts.year, charts.realUnits(figures.priceLevel, false)], data),
  }
}

function yearChart(
  grouping: Grouping,
  measure: Measure,
  summary: Summary,
  { report, numbers }: ChartOptions,
  period: YearSpan | null,
): ReportChart {
  const charts = report.report.charts
  const rows = new Map(grouping.rows.map(row => [row.keys[0] as number, row]))
  const data: ChartDatum[] = []
  if (period !== null) {
    for (let year = period.first; year <= period.last; year++) {
      const row = rows.get(year)
      const value = row?.measures[measure] ?? null
      data.push({
        key: String(year),
        value,
        uncertain: row !== undefined && uncertain(row, measure),
        text: value === null ? charts.notReported : formatAmount(value, numbers),
      })
    }
  }
  const values = data.flatMap(datum => (datum.value === null ? [] : [datum.value]))
  const shift = axisShift(measure, values)
  const id = `year-${MEASURES[measure]}`
  const missing = data.filter(datum => datum.value === null).map(datum => datum.key)
  const summaryText = [
    data.length === 0
      ? charts.empty
      : charts.barSummary(data.length, data[0]?.key ?? '', data[data.length - 1]?.key ?? ''),
    ...extremes(data, report),
    ...(missing.length > 0 && values.length > 0 ? [charts.missing(missing)] : []),
  ].join(' ')
  const title = measure === 0 && summary.jobs === 'held' ? charts.jobsHeldPerYear : charts.perYear[measure]
  const text: ChartText = {
    title,
    summary: summaryText,
    unit: unitFor(measure, shift, summary, report),
    keyAxis: charts.year,
    empty: charts.empty,
  }
  return {
    id,
    section: 'overTime',
    measure,
    title,
    svg: columnChart(data, text, style(id, measure, shift, numbers)),
    hatched: data.some(datum => datum.uncertain && datum.value !== null),
    notes: [],
    table: dataTable([charts.year, unitFor(measure, 0, summary, report)], data),
  }
}

/**
 * The running total of one measure by year. A year without records adds nothing, so it carries the
 * year before's total (jobs and savings to date, CO2e cut in force); the line starts at the first
 * year with a figure.
 */
function toDateChart(
  grouping: Grouping,
  measure: Measure,
  summary: Summary,
  { report, numbers }: ChartOptions,
  period: YearSpan | null,
): ReportChart {
  const charts = report.report.charts
  // The first running total of the measure: jobs and savings to date, the CO2e cut in force.
  const field = (MEASURE_FIELDS[measure].toDate[0] as { field: keyof RunningTotals }).field
  const pick = (row: GroupRow): Amount | null => (row.toDate === undefined ? null : row.toDate[field])
  const points: LinePoint[] = []
  const rows = grouping.rows.filter(row => row.toDate !== undefined)
  let previous: LinePoint | null = null
  for (const row of rows) {
    const year = row.keys[0] as number
    if (previous !== null) {
      for (let gap = previous.x + 1; gap < year; gap++) points.push({ ...previous, key: String(gap), x: gap })
    }
    const value = pick(row)
    if (value === null) continue
    previous = { key: String(year), x: year, value, text: formatAmount(value, numbers) }
    points.push(previous)
  }
  const shift = axisShift(
    measure,
    points.map(point => point.value),
  )
  const id = `to-date-${MEASURES[measure]}`
  const first = points[0]
  const last = points[points.length - 1]
  const summaryText =
    first === undefined || last === undefined
      ? charts.empty
      : charts.lineSummary(first.key, last.key, first.text, last.text)
  const title = measure === 0 && summary.jobs === 'held' ? charts.personYearsToDate : charts.toDate[measure]
  const text: ChartText = {
    title,
    summary: summaryText,
    unit: unitFor(measure, shift, summary, report),
    keyAxis: charts.year,
    empty: charts.empty,
  }
  return {
    id,
    section: 'runningTotals',
    measure,
    title,
    svg: lineChart(points, text, style(id, measure, shift, numbers), period ?? undefined),
    hatched: false,
    notes: [],
    table: dataTable([charts.year, unitFor(measure, 0, summary, report)], points),
  }
}

function rankedChart(
  grouping: Grouping,
  measure: Measure,
  summary: Summary,
  { report, numbers }: ChartOptions,
): ReportChart {
  const charts = report.report.charts
  const ranked = grouping.rows
    .filter(row => row.measures[measure] !== null)
    .map(row => ({ key: String(row.keys[0]), value: row.measures[measure] as Amount, row }))
    .sort((a, b) => compareAmounts(b.value, a.value) || compareNames(a.key, b.key))
  // A chart of every partner is unreadable past a few dozen and grows with the data (130 000 partners
  // made a 190 MB page): the largest are drawn, and the by-partner table keeps them all.
  const drawn = ranked.slice(0, RANKED_LIMIT)
  const datum = ({ key, value, row }: (typeof ranked)[number]): ChartDatum => ({
    key,
    value,
    uncertain: uncertain(row, measure),
    text: formatAmount(value, numbers),
  })
  const data: ChartDatum[] = drawn.map(datum)
  const notDrawn = ranked.length - drawn.length
  const leftOut = grouping.rows.length - ranked.length
  const shift = axisShift(
    measure,
    data.map(each => each.value as Amount),
  )
  const id = `partners-${MEASURES[measure]}`
  const count = (value: number): string => formatAmount({ units: BigInt(value), scale: 0 }, numbers)
  // The lowest of all, first by name among equals, as when every partner is drawn.
  const bottom = ranked[ranked.length - 1]
  const lowest = bottom && ranked.find(each => compareAmounts(each.value, bottom.value) === 0)
  const summaryText = [
    data.length === 0
      ? charts.empty
      : notDrawn > 0
        ? charts.rankedTop(count(data.length), count(ranked.length))
        : charts.rankedSummary(data.length),
    // Highest and lowest of all the partners, drawn or not.
    ...extremes(notDrawn > 0 && lowest !== undefined ? [...data, datum(lowest)] : data, report),
  ].join(' ')
  const title = charts.ranked[measure]
  const text: ChartText = {
    title,
    summary: summaryText,
    unit: unitFor(measure, shift, summary, report),
    keyAxis: charts.partner,
    empty: charts.empty,
  }
  const notes: string[] = []
  if (notDrawn > 0) notes.push(charts.notDrawn(count(notDrawn)))
  if (leftOut > 0 && data.length > 0) notes.push(charts.leftOut(count(leftOut)))
  return {
    id,
    section: 'partners',
    measure,
    title,
    svg: barChart(data, text, style(id, measure, shift, numbers, RANKED_WIDTH)),
    hatched: data.some(each => each.uncertain),
    notes,
    table: dataTable([charts.partner, unitFor(measure, 0, summary, report)], data),
  }
}
