// Hand-written SVG charts for the HTML report: pure functions from figures to markup.
// Deterministic (no random ids, coordinates rounded to 0.1 px), self-contained (colours as
// attributes, no external fonts), and accessible: every chart is role="img" with an aria-label,
// a <title> and a <desc>, every mark has its own <title> with the exact figure, and the report puts
// the same figures in a table beside each chart.
//
// Positions are computed in floating point, which is fine for pixels; the figures themselves,
// and the tick values printed on the axes, stay exact (see scale.ts).
import { type Amount, amountToPlainString } from '../../amount.js'
import { niceAxis } from './scale.js'
import { escapeHtml } from '../../escape.js'

export interface ChartDatum {
  /** What the mark stands for: a year ("2016") or a partner's name. */
  key: string
  value: Amount | null
  /** The figure includes estimated or potential records: the bar is hatched. */
  uncertain: boolean
  /** The exact figure as the tables show it, or why there is none (tooltips). */
  text: string
}

export interface ChartText {
  title: string
  /** What a screen reader says after the title: kind of chart, range, highest and lowest. */
  summary: string
  /** The value axis: "FTE", "million NOK". */
  unit: string
  /** The key axis: "Year". */
  keyAxis: string
  /** Shown instead of marks when there is nothing to draw. */
  empty: string
}

export interface ChartStyle {
  /** Unique in the page: prefixes the ids of the title, description and patterns. */
  id: string
  color: string
  /** A tick value as the axis prints it (already in the axis unit, grouped for the language). */
  tickText(tick: Amount): string
  /** The drawing's width in px (default 540); ranked partners get more room for their names. */
  width?: number
}

const WIDTH = 540
const FONT = 12
/** Rough advance of one character at 12 px in a sans-serif face; only used to leave room for labels. */
const CHAR = 6.8

/** SVG text is HTML's (the charts live inside report.html): one escaping function (escape.ts). */
export const escapeXml = escapeHtml

/** A coordinate with one decimal, the same on every machine. */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

export const toNumber = (amount: Amount): number => Number(amountToPlainString(amount))

const textWidth = (text: string): number => [...text].length * CHAR

/** The widest of `texts` (-Infinity for none); a loop, as a spread of a partner per bar would overflow the stack. */
function widest(texts: readonly string[]): number {
  let most = -Infinity
  for (const text of texts) most = Math.max(most, textWidth(text))
  return most
}

function open(style: ChartStyle, text: ChartText, height: number): string {
  const label = `${text.title}. ${text.summary}`
  const width = style.width ?? WIDTH
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${px(height)}" width="${width}" height="${px(height)}" role="img" aria-label="${escapeXml(label)}" aria-describedby="${style.id}-desc" font-size="${FONT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc id="${style.id}-desc">${escapeXml(text.summary)}</desc>`,
    `<defs><pattern id="${style.id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${style.color}" fill-opacity="0.35"/><rect width="3" height="6" fill="${style.color}"/></pattern></defs>`,
  ].join('\n')
}

function emptyChart(style: ChartStyle, text: ChartText): string {
  const width = style.width ?? WIDTH
  return `${open(style, text, 80)}\n<rect x="0.5" y="0.5" width="${width - 1}" height="79" fill="none" stroke="#d0d4da"/>\n<text x="${width / 2}" y="44" text-anchor="middle" fill="#5b6470">${escapeXml(text.empty)}</text>\n</svg>`
}

const fillFor = (datum: ChartDatum, style: ChartStyle): string =>
  datum.uncertain ? `url(#${style.id}-hatch)` : style.color

/** Every `every`-th label when there are too many to read side by side (always the first and last). */
function labelled(index: number, count: number, every: number): boolean {
  return index === 0 || index === count - 1 || (index % every === 0 && count - 1 - index >= every / 2)
}

/** Vertical bars, one slot per key (a year without a figure keeps its empty slot). */
/** The unit over the value axis, and a labelled grid line per tick (the zero line darker), from x `left` to `right`. */
function valueAxis(
  unit: string,
  ticks: readonly Amount[],
  tickLabels: readonly string[],
  y: (value: number) => number,
  left: number,
  right: number,
): string[] {
  const lines = [`<text x="4" y="16" fill="#3d4550" font-weight="600">${escapeXml(unit)}</text>`]
  ticks.forEach((tick, position) => {
    const at = y(toNumber(tick))
    const isZero = tick.units === 0n
    lines.push(
      `<line x1="${px(left)}" x2="${px(right)}" y1="${px(at)}" y2="${px(at)}" stroke="${isZero ? '#59616b' : '#e3e6ea'}" stroke-width="${isZero ? 1.2 : 1}"/>`,
    )
    lines.push(
      `<text x="${px(left - 6)}" y="${px(at + 4)}" text-anchor="end" fill="#4a525c">${escapeXml(tickLabels[position] as string)}</text>`,
    )
  })
  return lines
}

export function columnChart(data: readonly ChartDatum[], text: ChartText, style: ChartStyle): string {
  const chartWidth = style.width ?? WIDTH
  const values = data.flatMap(datum => (datum.value === null ? [] : [datum.value]))
  if (values.length === 0) return emptyChart(style, text)
  const height = 300
  const axis = niceAxis(values)
  const tickLabels = axis.ticks.map(tick => style.tickText(tick))
  const left = widest(tickLabels) + 14
  const top = 30
  const bottom = 44
  const right = 12
  const plotWidth = chartWidth - left - right
  const plotHeight = height - top - bottom
  const low = toNumber(axis.low)
  const high = toNumber(axis.high)
  const y = (value: number): number => top + ((high - value) / (high - low)) * plotHeight
  const zero = y(0)
  const slot = plotWidth / data.length
  const barWidth = Math.min(slot * 0.7, 56)
  const every = Math.ceil(data.length / Math.max(1, Math.floor(plotWidth / 44)))
  const lines = [open(style, text, height)]
  for (const line of valueAxis(text.unit, axis.ticks, tickLabels, y, left, chartWidth - right)) lines.push(line)
  data.forEach((datum, index) => {
    const center = left + slot * index + slot / 2
    if (labelled(index, data.length, every)) {
      lines.push(
        `<text x="${px(center)}" y="${px(height - bottom + 17)}" text-anchor="middle" fill="#4a525c">${escapeXml(datum.key)}</text>`,
      )
    }
    const tooltip = `<title>${escapeXml(`${datum.key}: ${datum.text}`)}</title>`
    if (datum.value === null) {
      lines.push(
        `<text x="${px(center)}" y="${px(zero - 5)}" text-anchor="middle" fill="#8a929c" class="na">–${tooltip}</text>`,
      )
      return
    }
    const at = y(toNumber(datum.value))
    const barHeight = Math.max(Math.abs(zero - at), datum.value.units === 0n ? 0 : 1)
    const barTop = datum.value.units < 0n ? zero : zero - barHeight
    lines.push(
      `<rect class="bar" x="${px(center - barWidth / 2)}" y="${px(barTop)}" width="${px(barWidth)}" height="${px(barHeight)}" fill="${fillFor(datum, style)}" stroke="${style.color}" stroke-width="1">${tooltip}</rect>`,
    )
  })
  lines.push(
    `<text x="${px(left + plotWidth / 2)}" y="${px(height - 6)}" text-anchor="middle" fill="#3d4550" font-weight="600">${escapeXml(text.keyAxis)}</text>`,
  )
  lines.push('</svg>')
  return lines.join('\n')
}

export interface LinePoint {
  key: string
  /** Position on the key axis: the year. */
  x: number
  value: Amount
  text: string
}

/** The years a chart's key axis spans: the report's period, the same for every chart beside it. */
export interface YearSpan {
  first: number
  last: number
}

/**
 * A line over continuous x (years), with a point and a tooltip at each figure. The axis spans
 * `span` (default: the points' own years), so that charts of one report line up year by year.
 */
export function lineChart(points: readonly LinePoint[], text: ChartText, style: ChartStyle, span?: YearSpan): string {
  const chartWidth = style.width ?? WIDTH
  if (points.length === 0) return emptyChart(style, text)
  const height = 260
  const axis = niceAxis(points.map(point => point.value))
  const tickLabels = axis.ticks.map(tick => style.tickText(tick))
  const left = widest(tickLabels) + 14
  const top = 30
  const bottom = 44
  const right = 24
  // The line keeps clear of the value axis, so the first year's label does not run into its ticks.
  const inset = 16
  const plotWidth = chartWidth - left - right - inset
  const plotHeight = height - top - bottom
  const low = toNumber(axis.low)
  const high = toNumber(axis.high)
  const first = Math.min(span?.first ?? Infinity, (points[0] as LinePoint).x)
  const last = Math.max(span?.last ?? -Infinity, (points[points.length - 1] as LinePoint).x)
  const x = (at: number): number =>
    left + inset + (first === last ? plotWidth / 2 : ((at - first) / (last - first)) * plotWidth)
  const y = (value: number): number => top + ((high - value) / (high - low)) * plotHeight
  const lines = [open(style, text, height)]
  for (const line of valueAxis(text.unit, axis.ticks, tickLabels, y, left, chartWidth - right)) lines.push(line)
  const years = last - first + 1
  const every = Math.ceil(years / Math.max(1, Math.floor(plotWidth / 44)))
  for (let year = first; year <= last; year++) {
    if (!labelled(year - first, years, every)) continue
    lines.push(
      `<text x="${px(x(year))}" y="${px(height - bottom + 17)}" text-anchor="middle" fill="#4a525c">${year}</text>`,
    )
  }
  const coordinates = points.map(point => `${px(x(point.x))},${px(y(toNumber(point.value)))}`)
  const zero = y(0)
  const from = (points[0] as LinePoint).x
  const to = (points[points.length - 1] as LinePoint).x
  lines.push(
    `<polygon class="area" points="${px(x(from))},${px(zero)} ${coordinates.join(' ')} ${px(x(to))},${px(zero)}" fill="${style.color}" fill-opacity="0.12"/>`,
  )
  lines.push(
    `<polyline class="line" points="${coordinates.join(' ')}" fill="none" stroke="${style.color}" stroke-width="2.5" stroke-linejoin="round"/>`,
  )
  points.forEach((point, position) => {
    const [cx, cy] = (coordinates[position] as string).split(',')
    lines.push(
      `<circle class="point" cx="${cx}" cy="${cy}" r="3.5" fill="#fff" stroke="${style.color}" stroke-width="2"><title>${escapeXml(`${point.key}: ${point.text}`)}</title></circle>`,
    )
  })
  lines.push(
    `<text x="${px(left + plotWidth / 2)}" y="${px(height - 6)}" text-anchor="middle" fill="#3d4550" font-weight="600">${escapeXml(text.keyAxis)}</text>`,
  )
  lines.push('</svg>')
  return lines.join('\n')
}

/** Names take at most this share of a bar chart's width; a longer name wraps onto a second line. */
const NAME_SHARE = 0.4
const LINE_HEIGHT = 14

/**
 * A name in at most two lines of at most `perLine` characters, broken at spaces (or anywhere in a
 * word too long for a line). Cut only if two lines cannot hold it, ending in "…": `cut` says so, and
 * the chart then gives the full name in the label's own <title> (the table beside it has it too).
 */
export function wrapName(name: string, perLine: number): { lines: string[]; cut: boolean } {
  const characters = [...name]
  if (characters.length <= perLine) return { lines: [name], cut: false }
  const words = name.split(' ')
  let first = ''
  let rest = 0
  for (; rest < words.length; rest++) {
    const next = first === '' ? (words[rest] as string) : `${first} ${words[rest]}`
    if ([...next].length > perLine) break
    first = next
  }
  if (first === '') {
    first = characters.slice(0, perLine).join('')
    const second = characters.slice(perLine)
    return second.length <= perLine
      ? { lines: [first, second.join('')], cut: false }
      : { lines: [first, `${second.slice(0, perLine - 1).join('')}…`], cut: true }
  }
  const second = [...words.slice(rest).join(' ')]
  return second.length <= perLine
    ? { lines: [first, second.join('')], cut: false }
    : { lines: [first, `${second.slice(0, perLine - 1).join('')}…`], cut: true }
}

/** Horizontal bars, one row per key in the order given (largest first), each with its figure beside it. */
export function barChart(data: readonly ChartDatum[], text: ChartText, style: ChartStyle): string {
  const shown = data.filter(datum => datum.value !== null)
  const chartWidth = style.width ?? WIDTH
  if (shown.length === 0) return emptyChart(style, text)
  const perLine = Math.floor((chartWidth * NAME_SHARE) / CHAR)
  const names = shown.map(datum => wrapName(datum.key, perLine))
  const left = widest(names.flatMap(name => name.lines)) + 12
  const right = widest(shown.map(datum => datum.text)) + 12
  const top = 30
  const bottom = 40
  // A row is 20 px, and one line taller for a name in two lines.
  const rowTops: number[] = []
  let rowsHeight = 0
  for (const name of names) {
    rowTops.push(top + rowsHeight)
    rowsHeight += 20 + (name.lines.length - 1) * LINE_HEIGHT
  }
  const height = top + rowsHeight + bottom
  const axis = niceAxis(shown.map(datum => datum.value as Amount))
  const low = toNumber(axis.low)
  const high = toNumber(axis.high)
  const plotWidth = chartWidth - left - right
  const x = (value: number): number => left + ((value - low) / (high - low)) * plotWidth
  const zero = x(0)
  const lines = [open(style, text, height)]
  lines.push(`<text x="4" y="16" fill="#3d4550" font-weight="600">${escapeXml(text.keyAxis)}</text>`)
  axis.ticks.forEach(tick => {
    const at = x(toNumber(tick))
    const isZero = tick.units === 0n
    lines.push(
      `<line x1="${px(at)}" x2="${px(at)}" y1="${px(top - 4)}" y2="${px(height - bottom + 4)}" stroke="${isZero ? '#59616b' : '#e3e6ea'}" stroke-width="${isZero ? 1.2 : 1}"/>`,
    )
    lines.push(
      `<text x="${px(at)}" y="${px(height - bottom + 18)}" text-anchor="middle" fill="#4a525c">${escapeXml(style.tickText(tick))}</text>`,
    )
  })
  shown.forEach((datum, index) => {
    const name = names[index] as { lines: string[]; cut: boolean }
    const middle = (rowTops[index] as number) + (20 + (name.lines.length - 1) * LINE_HEIGHT) / 2
    const value = datum.value as Amount
    const end = x(toNumber(value))
    const width = Math.max(Math.abs(end - zero), value.units === 0n ? 0 : 1)
    const negative = value.units < 0n
    const start = negative ? zero - width : zero
    const firstLine = middle + 4 - ((name.lines.length - 1) * LINE_HEIGHT) / 2
    const spans = name.lines
      .map(
        (line, position) =>
          `<tspan x="${px(left - 8)}" y="${px(firstLine + position * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`,
      )
      .join('')
    lines.push(
      `<text class="name" text-anchor="end" fill="#2b3138">${name.cut ? `<title>${escapeXml(datum.key)}</title>` : ''}${spans}</text>`,
    )
    lines.push(
      `<rect class="bar" x="${px(start)}" y="${px(middle - 7)}" width="${px(width)}" height="14" fill="${fillFor(datum, style)}" stroke="${style.color}" stroke-width="1"><title>${escapeXml(`${datum.key}: ${datum.text}`)}</title></rect>`,
    )
    // The figure beside the bar's end, or inside the plot's right edge for a negative bar.
    const labelX = negative ? Math.max(zero, x(0)) + 4 : start + width + 4
    lines.push(
      `<text x="${px(labelX)}" y="${px(middle + 4)}" fill="#4a525c" class="value">${escapeXml(datum.text)}</text>`,
    )
  })
  lines.push(
    `<text x="${px(left + plotWidth / 2)}" y="${px(height - 4)}" text-anchor="middle" fill="#3d4550" font-weight="600">${escapeXml(text.unit)}</text>`,
  )
  lines.push('</svg>')
  return lines.join('\n')
}
