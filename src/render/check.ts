// check output: a table of metric, expected, actual and status (and the published wording, from a
// targets file), or JSON for scripts. Pure, like the other renderers.
import { type Amount, amountToPlainString } from '../amount.js'
import type { CheckMetric, CheckResult, Filters, InputSummary } from '../model.js'
import type { Messages } from '../messages/index.js'
import type { TargetsSource } from '../targets/parse.js'
import { formatAmount, type NumberStyle } from '../messages/numbers.js'
import { exactJson, type JsonNumbers, type JsonValue, stringifyJson } from './json-text.js'
import { SCHEMA_VERSION } from './json.js'
import type { TextTable } from './view.js'

export { CHECK_FORMATS, type CheckFormat } from './formats.js'

export interface CheckReport {
  inputs: InputSummary[]
  results: CheckResult[]
  /** The targets file, as named on the command line, and where its targets come from. */
  against: { path: string; source: TargetsSource | null } | null
  /** --tolerance in per cent, or null. */
  tolerance: Amount | null
  filters: Filters
  /** --real YEAR, or null for nominal kroner. */
  real: number | null
}

const YEAR_METRICS: readonly CheckMetric[] = ['first_year', 'last_year']

function shown(value: Amount, metric: CheckMetric, numbers: NumberStyle): string {
  return YEAR_METRICS.includes(metric) ? amountToPlainString(value) : formatAmount(value, numbers)
}

export function checkTable(check: CheckReport, report: Messages, numbers: NumberStyle): TextTable {
  const words = report.check
  const withText = check.results.some(result => result.target.text !== null)
  const rows = check.results.map(({ target, actual, tolerance, status }) => {
    const expected = `${target.op} ${shown(target.value, target.metric, numbers)}${tolerance === null ? '' : ` ${words.tolerance(formatAmount(tolerance, numbers))}`}`
    const cells = [
      target.metric,
      expected,
      actual === null ? '–' : shown(actual, target.metric, numbers),
      status === 'met' ? words.status.met : status === 'missed' ? words.status.missed : words.status.notReported,
    ]
    return withText ? [...cells, target.text ?? ''] : cells
  })
  const notes: string[] = []
  const source = check.against?.source
  if (source !== null && source !== undefined) {
    const parts = [source.publisher, source.date].filter((part): part is string => part !== null && part !== '')
    if (parts.length > 0) notes.push(words.source(parts))
  }
  if (check.results.some(result => result.status === 'not-reported')) notes.push(words.notReportedNote)
  if (check.results.every(result => result.status === 'met')) notes.push(words.allMet(check.results.length))
  const inputs =
    check.inputs.length === 1 ? (check.inputs[0]?.path ?? '') : report.list(check.inputs.map(input => input.path))
  return {
    title: words.title(inputs, check.against?.path ?? null),
    head: [
      words.heads.metric,
      words.heads.expected,
      words.heads.actual,
      words.heads.status,
      ...(withText ? [words.heads.target] : []),
    ],
    align: ['left', 'left', 'right', 'left', ...(withText ? (['left'] as const) : [])],
    // The published claim is prose: in a narrow terminal it is cut, the figures never are.
    names: [false, false, false, false, withText],
    rows,
    notes,
  }
}

const STATUS_NAMES = { met: 'met', missed: 'missed', 'not-reported': 'not_reported' } as const

export function renderCheckJson(
  check: CheckReport,
  tool: { name: string; version: string },
  numbers: JsonNumbers = 'number',
): string {
  const exact = (value: Amount | null): JsonValue => (value === null ? null : exactJson(value, numbers))
  const missed = check.results.filter(result => result.status !== 'met').length
  const document: JsonValue = {
    schema_version: SCHEMA_VERSION,
    tool: { name: tool.name, version: tool.version },
    inputs: check.inputs.map(input => ({ path: input.path, records: input.records, sha256: input.sha256 })),
    options: {
      from: check.filters.from,
      to: check.filters.to,
      partner: check.filters.partners,
      category: check.filters.categories,
      basis: check.filters.bases,
      real: check.real,
      against: check.against?.path ?? null,
      tolerance_percent: exact(check.tolerance),
      json_numbers: numbers,
    },
    results: check.results.map(({ target, actual, tolerance, status }) => ({
      metric: target.metric,
      op: target.op,
      expected: exact(target.value),
      tolerance_percent: exact(tolerance),
      actual: exact(actual),
      status: STATUS_NAMES[status],
      text: target.text,
    })),
    met: check.results.length - missed,
    missed,
    passed: missed === 0,
  }
  return `${stringifyJson(document)}\n`
}
