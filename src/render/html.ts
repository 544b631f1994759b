// report.html: one self-contained page (inline CSS and SVG; no script, no font, no request) that
// opens with the headline, then the key figures, the notes the headline rests on, the charts, and
// the same tables as the Markdown report, and the appendix "About the figures" (files, options, tool).
// Byte-identical for identical input. Every text that comes from the data or the options is escaped.
// The body speaks to a reader: no option names, no file paths. A print stylesheet lays it out on A4
// (a browser's "Print to PDF", or `report --pdf`).
import { BASES, JOBS, MEASURE_LIST, type Summary } from '../model.js'
import { aboutTheFigures, documentTitle, reportDateline } from '../prose/about.js'
import { headlineNotes, headlineSentence } from '../prose/headline.js'
import type { Messages } from '../messages/index.js'
import { type ChartSection, MEASURE_COLORS, type ReportChart, reportCharts } from './chart/report-charts.js'
import { formatAmount } from '../messages/numbers.js'
import type { RenderOptions } from './formats.js'
import { summaryTables, type TextTable } from './view.js'
import { escapeHtml } from '../escape.js'

export interface ReportRenderOptions extends RenderOptions {
  /** YYYY-MM-DD, or null: the report carries no date. */
  date: string | null
}

export { escapeHtml }

const SECTIONS: { section: ChartSection; id: string; title: (report: Messages) => string }[] = [
  { section: 'overTime', id: 'year-by-year', title: report => report.report.sections.overTime },
  { section: 'runningTotals', id: 'running-totals', title: report => report.report.sections.runningTotals },
  { section: 'partners', id: 'partners', title: report => report.report.sections.partners },
  { section: 'value', id: 'value', title: report => report.value.section },
]

export function renderHtmlReport(summary: Summary, options: ReportRenderOptions): string {
  const report = options.messages
  const words = report.report
  const title = documentTitle(summary, report)
  const dateline = reportDateline(summary, report, options.date)
  const charts = reportCharts(summary, { report, numbers: options.numbers })
  const tables = summaryTables(summary, { ...options, reader: true })
  const sections = SECTIONS.map(entry => ({
    ...entry,
    charts: charts.filter(chart => chart.section === entry.section),
  })).filter(entry => entry.charts.length > 0)
  const contents = [
    ...sections.map(entry => [entry.id, entry.title(report)]),
    ['tables', words.sections.tables],
    ['about', words.about.title],
  ]
  const body = [
    '<header class="masthead">',
    `<p class="eyebrow">${escapeHtml(words.title)}</p>`,
    `<h1 id="headline">${escapeHtml(headlineSentence(summary, report))}</h1>`,
    ...(dateline === '' ? [] : [`<p class="dateline">${escapeHtml(dateline)}</p>`]),
    '</header>',
    '<main>',
    keyFigures(summary, options),
    notesList(summary, options),
    `<nav class="contents" aria-label="${escapeHtml(words.sections.contents)}"><ul>${contents
      .map(([id, text]) => `<li><a href="#${id}">${escapeHtml(text as string)}</a></li>`)
      .join('')}</ul></nav>`,
    ...sections.map(
      entry =>
        `<section id="${entry.id}" class="charts-section">\n<h2>${escapeHtml(entry.title(report))}</h2>\n<div class="charts">\n${entry.charts
          .map(chart => chartFigure(chart, options))
          .join('\n')}\n</div>\n</section>`,
    ),
    `<section id="tables">\n<h2>${escapeHtml(words.sections.tables)}</h2>\n${tables.map(htmlTable(options)).join('\n')}\n</section>`,
    aboutSection(summary, options),
    '</main>',
  ]
  return `<!doctype html>
<html lang="${report.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${options.tool.name} ${options.tool.version}`)}">
<title>${escapeHtml(title)}</title>
<style>
${STYLE}
${printStyle(title, report)}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`
}

/**
 * One card per measure: the realised figure large (the only one a card states as achieved), and
 * beneath it the total with what the rest rests on, when estimated or potential records add to it.
 */
function keyFigures(summary: Summary, { messages: report, numbers }: ReportRenderOptions): string {
  const words = report.report.keyFigures
  const { totals } = summary
  const cards = MEASURE_LIST.map(measure => {
    // Under --jobs held the jobs card shows jobs in place as last reported, not the person-years.
    const held = measure === JOBS ? totals.jobsHeld : null
    const total = held === null ? (totals.measures[measure] ?? null) : held.last
    const realised = held === null ? (totals.byBasis[0][measure] ?? null) : held.lastRealised
    const others = BASES.filter(
      (basis, position) => basis !== 'realised' && totals.byBasis[position]?.[measure] != null,
    )
    const label =
      measure === 1 && summary.prices !== null
        ? words.realLabel(summary.prices.year)
        : held !== null
          ? words.jobsHeldLabel
          : words.labels[measure]
    const shown =
      realised === null
        ? `<span class="not-reported">${escapeHtml(others.length === 0 ? words.notReported : words.noneRealised)}</span>`
        : escapeHtml(formatAmount(realised, numbers))
    const rest =
      others.length === 0 || total === null
        ? ''
        : `<p class="card-rest">${escapeHtml(words.withOthers(formatAmount(total, numbers), others))}</p>`
    return `<div class="card" style="--accent: ${MEASURE_COLORS[measure]}"><p class="card-label">${escapeHtml(label)}</p><p class="card-value">${shown}</p>${rest}</div>`
  })
  return `<section class="key-figures" aria-label="${escapeHtml(words.title)}">\n${cards.join('\n')}\n</section>`
}

function notesList(summary: Summary, { messages: report }: ReportRenderOptions): string {
  const notes = headlineNotes(summary, report)
  // Beside its label, a note reads as a sentence of its own.
  const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
  return `<dl class="notes">\n${notes.map(note => `<div><dt>${escapeHtml(note.label)}</dt><dd>${escapeHtml(sentence(note.text))}</dd></div>`).join('\n')}\n</dl>`
}

/** The appendix: files, fingerprints, options and tool, for whoever checks or remakes the figures. */
function aboutSection(summary: Summary, options: ReportRenderOptions): string {
  const words = options.messages.report.about
  const entries = aboutTheFigures(summary, options.messages, options)
  const line = ({ text, code }: { text: string; code: boolean }): string =>
    code ? `<code>${escapeHtml(text)}</code>` : escapeHtml(text)
  return `<section id="about">\n<h2>${escapeHtml(words.title)}</h2>\n<p>${escapeHtml(words.intro)}</p>\n<dl class="notes about">\n${entries
    .map(entry => `<div><dt>${escapeHtml(entry.label)}</dt><dd>${entry.lines.map(line).join('<br>')}</dd></div>`)
    .join('\n')}\n</dl>\n</section>`
}

function legendSwatch(chart: ReportChart, hatched: boolean): string {
  const color = MEASURE_COLORS[chart.measure]
  const fill = hatched ? `url(#${chart.id}-legend)` : color
  const pattern = hatched
    ? `<defs><pattern id="${chart.id}-legend" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${color}" fill-opacity="0.35"/><rect width="3" height="6" fill="${color}"/></pattern></defs>`
    : ''
  return `<svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${pattern}<rect x="0.5" y="0.5" width="13" height="13" fill="${fill}" stroke="${color}"/></svg>`
}

function chartFigure(chart: ReportChart, { messages: report }: ReportRenderOptions): string {
  const words = report.report.charts
  const legend = chart.hatched
    ? `<p class="legend">${legendSwatch(chart, false)} ${escapeHtml(chart.legendWords?.solid ?? words.realisedLegend)} ${legendSwatch(chart, true)} ${escapeHtml(chart.legendWords?.hatched ?? words.estimatedLegend)}</p>`
    : ''
  const notes = chart.notes.map(note => `<p class="chart-note">${escapeHtml(note)}</p>`).join('')
  const rows = chart.table.rows
    .map(([key, value]) => `<tr><th scope="row">${escapeHtml(key)}</th><td class="num">${escapeHtml(value)}</td></tr>`)
    .join('')
  const table = `<details><summary>${escapeHtml(words.showData)}</summary><table class="data"><thead><tr><th scope="col">${escapeHtml(chart.table.head[0])}</th><th scope="col" class="num">${escapeHtml(chart.table.head[1])}</th></tr></thead><tbody>${rows}</tbody></table></details>`
  return `<figure class="chart-figure" id="chart-${chart.id}">\n<figcaption><h3>${escapeHtml(chart.title)}</h3></figcaption>\n<div class="chart-box">\n${chart.svg}\n</div>\n${legend}${notes}${table}\n</figure>`
}

/**
 * A table of the text view as HTML. Figures in flagged columns end in their flag letters ("63.5 ep"):
 * those are split off into a span of their own, so digits line up and the letters sit in a column.
 */
function htmlTable({ messages }: ReportRenderOptions): (table: TextTable, position: number) => string {
  const letters = Object.values(messages.labels.flags).join('')
  const flagged = new RegExp(`^(.+?) ([${letters}]+)$`)
  return (table, position) => {
    const hasFlags = table.align.map(
      (align, column) => align === 'right' && table.rows.some(row => flagged.test((row[column] ?? '').trimEnd())),
    )
    const cell = (text: string, column: number, tag: 'td' | 'th'): string => {
      const right = table.align[column] === 'right'
      const attributes = `${right ? ' class="num"' : ''}${tag === 'th' && column === 0 ? ' scope="row"' : ''}`
      const trimmed = text.trim()
      if (!hasFlags[column]) return `<${tag}${attributes}>${escapeHtml(trimmed)}</${tag}>`
      const match = flagged.exec(trimmed)
      const [figure, flags] = match === null ? [trimmed, ''] : [match[1] as string, match[2] as string]
      return `<${tag}${attributes}>${escapeHtml(figure)}<span class="flags">${escapeHtml(flags)}</span></${tag}>`
    }
    const head = table.head
      .map(
        (text, column) =>
          `<th scope="col"${table.align[column] === 'right' ? ' class="num"' : ''}>${escapeHtml(text)}</th>`,
      )
      .join('')
    const rows = table.rows
      .map(row => `<tr>${row.map((text, column) => cell(text, column, column === 0 ? 'th' : 'td')).join('')}</tr>`)
      .join('\n')
    const notes = table.notes.map(note => `<p class="table-note">${escapeHtml(note)}</p>`).join('\n')
    // A table wider than the screen scrolls sideways: its box is a named region a keyboard can reach.
    const id = `table-${position + 1}`
    return `<div class="table-block">\n<h3 id="${id}">${escapeHtml(table.title)}</h3>\n<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>\n${notes}\n</div>`
  }
}

const STYLE = `:root { color-scheme: light; --ink: #1f252c; --muted: #5b6470; --line: #dde1e6; --paper: #ffffff; --wash: #f5f7f9; --brand: #1d4e6f; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: var(--wash); line-height: 1.5; }
.masthead { background: linear-gradient(135deg, #173f5a, #1d4e6f 55%, #2c6e63); color: #fff; padding: 2.5rem max(1.25rem, calc((100% - 72rem) / 2 + 1.25rem)) 2.25rem; }
.eyebrow { margin: 0 0 .5rem; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 600; opacity: .85; }
#headline { margin: 0; max-width: 60rem; font-size: clamp(1.35rem, 2.6vw, 2rem); line-height: 1.3; font-weight: 650; }
main { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem 3rem; }
.key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; margin: -1.25rem 0 1.5rem; }
.card { background: var(--paper); border-radius: .6rem; padding: 1rem 1.25rem; box-shadow: 0 1px 3px rgba(20, 30, 40, .12); border-top: .3rem solid var(--accent); }
.card-label { margin: 0; color: var(--muted); font-size: .9rem; }
.card-value { margin: .15rem 0 0; font-size: 1.9rem; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
.not-reported { color: var(--muted); font-size: 1.1rem; font-weight: 400; }
.card-rest { margin: .1rem 0 0; color: var(--muted); font-size: .85rem; }
.notes { background: var(--paper); border-radius: .6rem; padding: 1rem 1.25rem; margin: 0 0 1.5rem; box-shadow: 0 1px 3px rgba(20, 30, 40, .08); font-size: .92rem; }
.notes div { display: grid; grid-template-columns: 9rem 1fr; gap: .75rem; padding: .35rem 0; border-bottom: 1px solid var(--line); }
.notes div:last-child { border-bottom: 0; }
.notes dt { font-weight: 600; color: var(--brand); }
.notes dd { margin: 0; }
.contents ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 1rem; }
.contents a { display: inline-block; padding: .3rem .8rem; border-radius: 1rem; background: var(--paper); color: var(--brand); text-decoration: none; font-size: .9rem; box-shadow: 0 1px 2px rgba(20, 30, 40, .1); }
.contents a:hover, .contents a:focus { background: var(--brand); color: #fff; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; color: var(--brand); }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1rem; align-items: start; }
.chart-figure { margin: 0; background: var(--paper); border-radius: .6rem; padding: 1rem; box-shadow: 0 1px 3px rgba(20, 30, 40, .08); break-inside: avoid; }
.chart-box svg { display: block; width: 100%; height: auto; }
#partners .charts { grid-template-columns: 1fr; }
#partners .chart-box svg { max-width: 900px; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem; margin: .5rem 0 0; font-size: .82rem; color: var(--muted); }
.legend .swatch { vertical-align: middle; margin-left: .5rem; }
.legend .swatch:first-child { margin-left: 0; }
.chart-note { margin: .5rem 0 0; font-size: .82rem; color: var(--muted); }
details { margin-top: .5rem; font-size: .85rem; }
summary { cursor: pointer; color: var(--brand); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--wash); font-weight: 600; position: sticky; top: 0; }
.num { text-align: right; white-space: nowrap; }
.flags { display: inline-block; width: 2.4em; padding-left: .35em; text-align: left; color: var(--muted); font-size: .85em; }
tbody tr:nth-child(even) { background: #fafbfc; }
tbody th { font-weight: 500; }
.table-block { background: var(--paper); border-radius: .6rem; padding: 1rem; margin-bottom: 1rem; box-shadow: 0 1px 3px rgba(20, 30, 40, .08); }
.table-wrap { overflow-x: auto; }
.table-wrap:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
.table-note { margin: .5rem 0 0; font-size: .82rem; color: var(--muted); }
@media (max-width: 40rem) { .notes div { grid-template-columns: 1fr; gap: 0; } }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.dateline { margin: .75rem 0 0; font-size: .95rem; opacity: .9; }
#about p { margin: 0 0 .75rem; color: var(--muted); font-size: .92rem; }`

/** A CSS string literal; only the report's own words reach it (the title), but quotes stay quotes. */
const cssString = (text: string): string =>
  `"${text.replace(/["\\\n]/g, char => `\\${char.charCodeAt(0).toString(16)} `)}"`

/**
 * Paper: A4 portrait with the title and "Page n of N" in the footer; key figures in one row; a
 * heading kept with what follows it; a chart, a table or a note never split across two pages;
 * nothing that only works on a screen (the contents, the show-the-figures buttons).
 */
function printStyle(title: string, report: Messages): string {
  const page = report.report.print
  return `@page { size: A4 portrait; margin: 16mm 15mm 18mm; @bottom-left { content: ${cssString(title)}; font: 8pt system-ui, sans-serif; color: #5b6470; } @bottom-right { content: ${cssString(page.before)} counter(page) ${cssString(page.between)} counter(pages); font: 8pt system-ui, sans-serif; color: #5b6470; } }
@media print {
body { background: #fff; font-size: 10pt; line-height: 1.4; }
.masthead { background: #fff; color: var(--ink); padding: 0 0 .6rem; border-bottom: 2px solid var(--brand); }
.eyebrow { color: var(--brand); opacity: 1; }
#headline { font-size: 15pt; max-width: none; }
main { max-width: none; padding: 0; }
.key-figures { grid-template-columns: repeat(3, 1fr); gap: .5rem; margin: .8rem 0 1rem; }
.card { padding: .5rem .7rem; }
.card-label { min-height: 2.8em; }
.card-value { font-size: 16pt; }
.card, .notes, .chart-figure, .table-block { box-shadow: none; border: 1px solid var(--line); }
.contents, details { display: none; }
h2 { font-size: 14pt; margin: 1.2rem 0 .5rem; }
h2, h3, figcaption, .eyebrow { break-after: avoid; }
.card, .notes div, .chart-figure, .table-block, tr, #about dl div { break-inside: avoid; }
.charts { display: block; }
.chart-figure { margin: 0 0 .6rem; padding: .6rem .8rem; }
.chart-box svg { max-width: 125mm; }
#partners .chart-box svg { max-width: 100%; }
thead th { position: static; }
.table-wrap { overflow: visible; }
table { font-size: 8pt; line-height: 1.25; }
th, td { padding: .1rem .35rem; }
thead th, thead th.num { white-space: normal; vertical-align: bottom; }
}`
}
