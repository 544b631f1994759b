// What `check` compares with: --expect METRIC<op>VALUE and targets files (the format of
// seeds/lup-2020.json). Pure: text in, targets or located problems out.
//
// A targets file:
//   { "schema_version": 1,
//     "source": { "publisher": "…", "date": "2020-07", "title": "…", … },     (optional, free-form)
//     "targets": [ { "metric": "jobs", "op": "=", "value": "350", "text": "350 nye arbeidsplasser" }, … ] }
// metric: one of CHECK_METRICS; op: = >= <= > <; value: a string holding a plain decimal number
// ("334000000", "2987.4"), so that it stays exact; text: optional, the published wording.
import type { Amount } from '../amount.js'
import { CHECK_METRICS, CHECK_OPERATORS, type CheckMetric, type CheckOperator, type Target } from '../model.js'
import { parseAmount } from '../validate/number.js'
import type { Messages } from '../messages/index.js'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

const isMetric = (name: string): name is CheckMetric => (CHECK_METRICS as readonly string[]).includes(name)
const isOperator = (op: string): op is CheckOperator => (CHECK_OPERATORS as readonly string[]).includes(op)

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = current
  }
  return previous[b.length] as number
}

/** The metric a misspelt name most likely means ("job" → "jobs", "co2e" → "co2e_tonnes"), or null. */
export function suggestMetric(name: string): string | null {
  const wanted = name.trim().toLowerCase()
  const prefixed = CHECK_METRICS.find(metric => metric.startsWith(wanted) && wanted.length >= 3)
  if (prefixed !== undefined) return prefixed
  let best: { metric: string; distance: number } | null = null
  for (const metric of CHECK_METRICS) {
    const distance = editDistance(wanted, metric)
    if (best === null || distance < best.distance) best = { metric, distance }
  }
  return best !== null && best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.metric : null
}

function metricOf(name: string, messages: Messages): Parsed<CheckMetric> {
  const metric = name.trim().toLowerCase()
  if (isMetric(metric)) return { ok: true, value: metric }
  return { ok: false, message: messages.check.unknownMetric(name.trim(), suggestMetric(name), CHECK_METRICS) }
}

/** A value typed on the command line: plain ("2987.4"), grouped ("334 000 000") or with a decimal comma ("2987,4"). */
export function parseCommandLineValue(text: string, metric: CheckMetric, messages: Messages): Parsed<Amount> {
  const parsed = parseAmount(text, 'auto', { currency: metric === 'savings_nok' })
  if (parsed.ok) return { ok: true, value: parsed.value }
  const reason =
    parsed.reason === 'undecided' || parsed.reason === 'ambiguous-grouping'
      ? messages.check.ambiguousNumber
      : messages.check.notANumber
  return { ok: false, message: messages.check.badValue(text.trim(), reason) }
}

/** `jobs=350` (or `==`), `co2e_tonnes >= 2900`, `partners>35`. */
export function parseExpectation(text: string, messages: Messages): Parsed<Target> {
  const match = /^\s*([A-Za-z0-9_]+)\s*(>=|<=|==|=|>|<)\s*(\S.*?)\s*$/.exec(text)
  if (match === null) {
    const name = /^\s*([A-Za-z][A-Za-z0-9_]*)\b/.exec(text)?.[1]
    // A known metric with a bad operator or value is malformed; an unknown name is worth a suggestion.
    if (name !== undefined && !isMetric(name.toLowerCase()) && /[=<>]/.test(text))
      return metricOf(name, messages) as Parsed<never>
    return { ok: false, message: messages.check.malformed(text) }
  }
  const metric = metricOf(match[1] as string, messages)
  if (!metric.ok) return metric
  const value = parseCommandLineValue(match[3] as string, metric.value, messages)
  if (!value.ok) return { ok: false, message: `--expect "${text}": ${value.message}` }
  const op = match[2] === '==' ? '=' : (match[2] as CheckOperator)
  return { ok: true, value: { metric: metric.value, op, value: value.value, text: null } }
}

/** --tolerance PCT: a percentage ≥ 0, "1", "0.5", "0,5" or "1%". */
export function parseTolerance(text: string, messages: Messages): Parsed<Amount> {
  const parsed = parseAmount(text.trim().replace(/\s*%$/, ''), 'auto', { currency: false })
  if (!parsed.ok || parsed.value.units < 0n) return { ok: false, message: messages.check.badTolerance(text) }
  return { ok: true, value: parsed.value }
}

export interface TargetsSource {
  publisher: string | null
  date: string | null
  title: string | null
}

export interface TargetsFile {
  targets: Target[]
  source: TargetsSource | null
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/
const TARGET_KEYS = ['metric', 'op', 'value', 'text']

const describe = (value: unknown): string =>
  value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value))

/** The targets in `text`, or every problem in it, each as `FILE: where: what`. */
export function parseTargetsFile(
  text: string,
  file: string,
  messages: Messages,
): { ok: true; value: TargetsFile } | { ok: false; problems: string[] } {
  const words = messages.check.targets
  let document: unknown
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, file, error, messages)] }
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { ok: false, problems: [`${file}: ${words.notObject}`] }
  const root = document as Record<string, unknown>
  const problems: string[] = []
  if (root.schema_version !== 1) problems.push(`${file}: ${words.schemaVersion(describe(root.schema_version))}`)
  let source: TargetsSource | null = null
  if (root.source !== undefined) {
    if (typeof root.source !== 'object' || root.source === null || Array.isArray(root.source))
      problems.push(`${file}: source: ${words.source}`)
    else {
      const fields = root.source as Record<string, unknown>
      const field = (name: string): string | null =>
        typeof fields[name] === 'string' ? (fields[name] as string) : null
      source = { publisher: field('publisher'), date: field('date'), title: field('title') }
    }
  }
  const targets: Target[] = []
  if (!Array.isArray(root.targets) || root.targets.length === 0) problems.push(`${file}: ${words.targetsArray}`)
  else {
    root.targets.forEach((entry: unknown, position) => {
      const where = `${file}: targets[${position}]`
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        problems.push(`${where}: ${words.targetObject}`)
        return
      }
      const target = entry as Record<string, unknown>
      const before = problems.length
      for (const key of Object.keys(target))
        if (!TARGET_KEYS.includes(key)) problems.push(`${where}: ${words.unknownKey(key)}`)
      let metric: CheckMetric | null = null
      if (typeof target.metric !== 'string') problems.push(`${where}.metric: ${words.metric}`)
      else {
        const parsed = metricOf(target.metric, messages)
        if (parsed.ok) metric = parsed.value
        else problems.push(`${where}.metric: ${parsed.message}`)
      }
      if (typeof target.op !== 'string' || !isOperator(target.op))
        problems.push(`${where}.op: ${words.op(describe(target.op))}`)
      let value: Amount | null = null
      if (typeof target.value !== 'string') problems.push(`${where}.value: ${words.valueType}`)
      else if (!PLAIN_DECIMAL.test(target.value.trim()))
        problems.push(`${where}.value: ${words.valueNumber(describe(target.value))}`)
      else {
        const [integer = '', fraction = ''] = target.value.trim().replace(/^-/, '').split('.')
        const units = BigInt(`${integer}${fraction}`)
        value = { units: target.value.trim().startsWith('-') ? -units : units, scale: fraction.length }
      }
      if (target.text !== undefined && typeof target.text !== 'string') problems.push(`${where}.text: ${words.text}`)
      if (problems.length === before && metric !== null && value !== null) {
        targets.push({
          metric,
          op: target.op as CheckOperator,
          value,
          text: typeof target.text === 'string' ? target.text : null,
        })
      }
    })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { targets, source } }
}

/** "FILE:LINE: not valid JSON: …", the line found from the parser's position. */
function jsonSyntaxProblem(text: string, file: string, error: unknown, messages: Messages): string {
  const message = error instanceof Error ? error.message : String(error)
  const position = /at position (\d+)/.exec(message)
  const lineColumn = /\(line (\d+) column \d+\)/.exec(message)
  const line =
    lineColumn !== null
      ? Number(lineColumn[1])
      : position !== null
        ? text.slice(0, Number(position[1])).split('\n').length
        : null
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')
  return `${file}${line === null ? '' : `:${line}`}: ${messages.check.targets.notJson(reason)}`
}
