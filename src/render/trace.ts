// trace output: the records behind one figure, then their sum. Rendered after the input has
// validated, from records kept in a spool file (write/spool.ts), so each renderer streams:
// memory stays flat however many records a figure has. The table reads the records twice,
// once to size its columns and once to draw them.
import { stringify } from 'csv-stringify/sync'
import { type Amount, amountToPlainString } from '../amount.js'
import { CO2E, MEASURES, type MeasureName, type TraceSummary, type TracedRecord } from '../model.js'
import { formatLocation, formatSource } from '../read/location.js'
import { csvCell, escapeTerminal } from '../escape.js'
import { formatAmount, significantScale } from '../messages/numbers.js'
import { wrapWords } from './box.js'
import { drawnWidth, fitWidths, wrapText } from './fit.js'
import { cutToWidth, displayWidth } from './text-width.js'
import type { RenderOptions, TraceFormat } from './formats.js'
import { exactJson, stringifyJson, type JsonValue } from './json-text.js'
import { SCHEMA_VERSION } from './json.js'
import { filtersLine } from './view.js'

export { TRACE_FORMATS, type TraceFormat } from './formats.js'

/** `records` can be iterated more than once; each pass yields the traced records in input order. */
export type TraceRenderer = (
  trace: TraceSummary,
  records: () => AsyncIterable<TracedRecord>,
  options: RenderOptions,
) => AsyncIterable<string>

/** "1/3": the credited partners' part of the record under split; "full" under full attribution. */
export function shareOf(record: TracedRecord, trace: Pick<TraceSummary, 'attribution'>): string {
  return trace.attribution === 'full' ? 'full' : `${record.credited.length}/${record.partners.length}`
}

async function* renderTraceCsv(trace: TraceSummary, records: () => AsyncIterable<TracedRecord>): AsyncIterable<string> {
  const line = (cells: string[]): string => stringify([cells], { record_delimiter: 'unix' })
  const carbon = trace.carbonValue
  yield line([
    'row',
    'file',
    'line',
    'project_id',
    'year',
    'partners',
    'credited',
    'basis',
    'share',
    'amount',
    'attributed',
    'bounds',
    ...(carbon === undefined ? [] : ['emission_class']),
  ])
  for await (const record of records()) {
    const row = [
      'record',
      csvCell(formatSource(record)),
      String(record.line),
      csvCell(record.projectId),
      String(record.year),
      csvCell(record.partners.join('|')),
      csvCell(record.credited.join('|')),
      record.basis,
      shareOf(record, trace),
      amountToPlainString(record.amount),
      amountToPlainString(record.attributed),
      record.bounds ?? '',
    ]
    yield line(carbon === undefined ? row : [...row, record.emissionClass ?? ''])
  }
  const pad = carbon === undefined ? [] : ['']
  yield line([
    'sum',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    trace.sum === null ? '' : amountToPlainString(trace.sum),
    '',
    ...pad,
  ])
  if (carbon !== undefined)
    yield line([
      'carbon_value',
      '',
      '',
      '',
      String(carbon.year),
      '',
      '',
      '',
      '',
      '',
      amountToPlainString(carbon.value),
      '',
      '',
    ])
}

async function* renderTraceJson(
  trace: TraceSummary,
  records: () => AsyncIterable<TracedRecord>,
  options: RenderOptions,
): AsyncIterable<string> {
  const head: Record<string, JsonValue> = {
    schema_version: SCHEMA_VERSION,
    tool: { name: options.tool.name, version: options.tool.version },
    inputs: trace.inputs.map(input => ({ path: input.path, records: input.records, sha256: input.sha256 })),
    options: {
      metric: trace.metric,
      attribution: trace.attribution,
      from: trace.filters.from,
      to: trace.filters.to,
      partner: trace.filters.partners,
      category: trace.filters.categories,
      basis: trace.filters.bases,
      json_numbers: options.jsonNumbers ?? 'number',
    },
    totals: {
      records: trace.records,
      reported: trace.traced,
      sum: trace.sum === null ? null : exactJson(trace.sum, options.jsonNumbers),
      ...(trace.carbonValue === undefined ? {} : { carbon_value: carbonValueFields(trace, options) }),
    },
  }
  const entry = ([key, value]: [string, JsonValue]): string => `  ${JSON.stringify(key)}: ${stringifyJson(value, '  ')}`
  yield `{\n${Object.entries(head).map(entry).join(',\n')},\n  "records": [`
  let first = true
  for await (const record of records()) {
    const fields: JsonValue = {
      file: record.file,
      ...(record.sheet === undefined ? {} : { sheet: record.sheet }),
      line: record.line,
      project_id: record.projectId,
      year: record.year,
      partners: record.partners,
      credited: record.credited,
      basis: record.basis,
      share: shareOf(record, trace),
      amount: exactJson(record.amount, options.jsonNumbers),
      attributed: exactJson(record.attributed, options.jsonNumbers),
      bounds: record.bounds,
      ...(record.emissionClass === undefined ? {} : { emission_class: record.emissionClass }),
    }
    yield `${first ? '\n' : ',\n'}    ${stringifyJson(fields, '    ')}`
    first = false
  }
  const problems = {
    errors: trace.problems.errors,
    warnings: trace.problems.warnings,
    skipped_records: trace.problems.skippedRecords,
  }
  yield `${first ? '' : '\n  '}],\n${entry(['problems', problems])}\n}\n`
}

async function* renderTraceTable(
  trace: TraceSummary,
  records: () => AsyncIterable<TracedRecord>,
  options: RenderOptions,
): AsyncIterable<string> {
  const { messages, numbers } = options
  const labels = messages.labels
  const words = labels.trace
  const carbon = trace.carbonValue
  const measure = carbon === undefined ? MEASURES.indexOf(trace.metric as MeasureName) : CO2E
  const narrowed = trace.filters.partners.length > 0
  const head = [
    words.record,
    words.project,
    labels.dimension.year as string,
    words.partners,
    labels.dimension.basis as string,
  ]
  if (narrowed) head.push(words.share, words.amount, words.counted)
  else head.push(words.amount)
  // For CO2e: which bounds of the tonnes avoided the record feeds (aggregate/co2e-over-time.ts).
  const co2e = trace.metric === 'co2e_tonnes'
  if (co2e) head.push(words.bounds)
  if (carbon !== undefined) head.push(words.pathColumn)
  const align = head.map((_, column) =>
    column === 2 || (column >= 5 && column < head.length - (co2e || carbon !== undefined ? 1 : 0)) ? 'right' : 'left',
  )

  // First pass: the widest cell of each column, and the decimals the amounts need.
  let amountScale = trace.sum === null ? 0 : significantScale(trace.sum)
  for await (const record of records())
    amountScale = Math.max(amountScale, significantScale(record.amount), significantScale(record.attributed))
  // In a terminal too narrow for "file:line", one input's records show their line alone (the title names the file).
  let linesOnly = false
  const cells = (record: TracedRecord): string[] => {
    const row = [
      // One input and a narrow terminal: the title names the file, so the line (and sheet) alone.
      linesOnly
        ? escapeTerminal(record.sheet === undefined ? String(record.line) : `${record.sheet}:${record.line}`)
        : escapeTerminal(formatLocation(record)),
      escapeTerminal(record.projectId),
      String(record.year),
      escapeTerminal(record.partners.join(', ')),
      labels.basisNames[record.basis],
    ]
    const amount = formatAmount(record.amount, numbers, amountScale)
    if (narrowed)
      row.push(
        shareOf(record, trace) === 'full' ? words.full : shareOf(record, trace),
        amount,
        formatAmount(record.attributed, numbers, amountScale),
      )
    else row.push(amount)
    if (co2e) row.push(words.boundsFed[record.bounds ?? 'neither'])
    if (carbon !== undefined) row.push(record.emissionClass ?? 'non_ets')
    return row
  }
  const body = head.map(() => 0)
  let lastLine = 0
  for await (const record of records()) {
    lastLine = Math.max(lastLine, record.line)
    for (const [column, cell] of cells(record).entries())
      body[column] = Math.max(body[column] as number, displayWidth(cell))
  }
  // In a terminal, the table fits it: heads wrap, then the partner lists are cut (fit.ts).
  let fitted = fitWidths(head, body, PARTNERS_COLUMN, options.width)
  if (fitted !== null && drawnWidth(fitted.widths) > (options.width as number) && trace.inputs.length === 1) {
    linesOnly = true
    head[0] = words.line
    body[0] = String(lastLine).length
    fitted = fitWidths(head, body, PARTNERS_COLUMN, options.width)
  }
  if (fitted?.heads !== undefined) head.splice(0, head.length, ...fitted.heads)
  const widths = fitted?.widths ?? body.map((width, column) => Math.max(width, displayWidth(head[column] ?? '')))

  const rule = (left: string, middle: string, right: string): string =>
    `${left}${widths.map(width => '─'.repeat(width + 2)).join(middle)}${right}\n`
  const line = (row: readonly string[]): string =>
    `│${row.map((cell, column) => ` ${pad(cutToWidth(cell, widths[column] as number), widths[column] as number, align[column] as string)} `).join('│')}│\n`
  const headLines = (): string => {
    const wrapped = head.map((cell, column) => wrapWords(cell, widths[column] as number))
    const height = Math.max(...wrapped.map(lines => lines.length))
    return Array.from({ length: height }, (_, index) => line(wrapped.map(lines => lines[index] ?? ''))).join('')
  }

  const title = `${carbon === undefined ? words.title(labels.measures[measure] as string) : words.carbonTitle(carbon.year)}: ${labels.inputs(trace.inputs.map(input => input.path))}`
  const filters = filtersLine(trace.filters, messages)
  const skipped = trace.problems.skippedRecords > 0 ? labels.skippedNote(trace.problems.skippedRecords) : null
  yield `${[title, filters, skipped]
    .filter(line => line !== null)
    .map(line => wrapText(escapeTerminal(line), options.width))
    .join('\n')}\n\n`
  if (trace.traced > 0) {
    yield rule('┌', '┬', '┐') + headLines() + rule('├', '┼', '┤')
    let batch = ''
    for await (const record of records()) {
      batch += line(cells(record))
      if (batch.length > 64 * 1024) {
        yield batch
        batch = ''
      }
    }
    yield `${batch}${rule('└', '┴', '┘')}`
  }
  if (carbon !== undefined) {
    const notes =
      trace.sum === null
        ? [words.noCutsInForce(carbon.year)]
        : [words.inForceSum(trace.traced, formatAmount(trace.sum, numbers, amountScale), carbon.year)]
    if (carbon.priceNonEts !== null)
      notes.push(
        words.priceLine(
          'non_ets',
          formatAmount(carbon.inForceNonEts, numbers),
          formatAmount(carbon.priceNonEts, numbers, 2),
          carbon.priceYearNonEts === carbon.year ? null : carbon.priceYearNonEts,
        ),
      )
    if (carbon.priceEts !== null)
      notes.push(
        words.priceLine(
          'ets',
          formatAmount(carbon.inForceEts, numbers),
          formatAmount(carbon.priceEts, numbers, 2),
          carbon.priceYearEts === carbon.year ? null : carbon.priceYearEts,
        ),
      )
    notes.push(
      words.carbonValueLine(
        carbon.year,
        formatAmount(carbon.value, numbers, 2),
        carbon.priceLevel,
        escapeTerminal(carbon.path),
      ),
    )
    if (narrowed) notes.push(trace.attribution === 'full' ? words.fullShares : words.splitShares)
    yield `${notes.join('\n')}\n`
    return
  }
  const notes = [
    trace.sum === null
      ? words.nothing(trace.metric)
      : words.sum(trace.traced, formatAmount(trace.sum, numbers, amountScale)),
  ]
  if (trace.sum !== null && trace.records > trace.traced)
    notes.push(words.unreported(trace.records - trace.traced, trace.metric))
  if (trace.sum !== null) notes.push(words.equalsSummary)
  if (narrowed) notes.push(trace.attribution === 'full' ? words.fullShares : words.splitShares)
  if (co2e && trace.traced > 0) notes.push(words.boundsNote)
  if (fitted?.cut === true) notes.push(labels.namesCut)
  yield `${notes.map(note => wrapText(note, options.width)).join('\n')}\n`
}

function carbonValueFields(trace: TraceSummary, options: Pick<RenderOptions, 'jsonNumbers'>): JsonValue {
  const carbon = trace.carbonValue
  if (carbon === undefined) return null
  const exact = (value: Amount | null): JsonValue => (value === null ? null : exactJson(value, options.jsonNumbers))
  return {
    year: carbon.year,
    price_level: carbon.priceLevel,
    price_path: carbon.path,
    before_path: carbon.beforePath,
    co2e_tonnes_in_force_non_ets: exact(carbon.inForceNonEts),
    co2e_tonnes_in_force_ets: exact(carbon.inForceEts),
    price_non_ets: exact(carbon.priceNonEts),
    price_ets: exact(carbon.priceEts),
    price_year_non_ets: carbon.priceYearNonEts,
    price_year_ets: carbon.priceYearEts,
    carbon_value_nok: exact(carbon.value),
  }
}

/** Record, project, year, partners, basis, …: the partner lists are the names a terminal may cut. */
const PARTNERS_COLUMN = [false, false, false, true]

function pad(text: string, width: number, align: string): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

export const traceRenderers: Record<TraceFormat, TraceRenderer> = {
  table: renderTraceTable,
  json: renderTraceJson,
  csv: renderTraceCsv,
}
