// One raw row → a valid ImpactRecord, or every problem in it. Pure: bad data is a value, never a throw.
import type { Basis, DecimalConvention, ImpactRecord, MeasureValues, Problem, RawRow } from '../model.js'
import { MEASURE_COLUMNS, type CanonicalColumn, type ColumnIndex } from '../read/header.js'
import type { Messages } from '../messages.js'
import { parseAmount, type ConventionSetting } from './number.js'
import { formatLocation } from './problem.js'

/** What validating a file's rows needs to know; `convention` settles as values decide it. */
export interface FileContext {
  index: ColumnIndex
  names: string[]
  convention: ConventionSetting
  /** Where an 'auto' convention was decided, for messages. */
  decidedAt?: string
  messages: Messages
}

const BASIS_NAMES: Record<string, Basis> = {
  realised: 'realised',
  realized: 'realised',
  realisert: 'realised',
  estimated: 'estimated',
  estimate: 'estimated',
  estimert: 'estimated',
  estimat: 'estimated',
  potential: 'potential',
  potensiell: 'potential',
  potensial: 'potential',
}

export function parseBasis(text: string): Basis | undefined {
  const key = text.trim().toLowerCase()
  return key === '' ? 'realised' : BASIS_NAMES[key]
}

/** Trims and collapses inner white space: "  Fjordvik   kommune " is "Fjordvik kommune". */
export function normalizeName(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}

export function compareByCodePoint(a: string, b: string): number {
  if (a === b) return 0
  const left = [...a]
  const right = [...b]
  const length = Math.min(left.length, right.length)
  for (let position = 0; position < length; position++) {
    const difference = (left[position] as string).codePointAt(0)! - (right[position] as string).codePointAt(0)!
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

export function validateRow(row: RawRow, context: FileContext): ImpactRecord | Problem[] {
  const { index, names, messages } = context
  const problems: Problem[] = []
  const expected = names.length
  if (row.cells.length !== expected) {
    return [{ file: row.file, line: row.line, severity: 'error', message: messages.problems.fieldCount(expected, row.cells.length) }]
  }
  const cell = (column: CanonicalColumn): string => (index[column] < 0 ? '' : (row.cells[index[column]] as string))
  const complain = (column: CanonicalColumn, message: string, value?: string): void => {
    const problem: Problem = { file: row.file, line: row.line, severity: 'error', column: names[index[column]] ?? column, message }
    if (value !== undefined) problem.value = value
    problems.push(problem)
  }

  const projectId = normalizeName(cell('project_id'))
  if (projectId === '') complain('project_id', messages.problems.missing('project id'))

  const yearText = cell('year').trim()
  let year = 0
  if (yearText === '') complain('year', messages.problems.missing('year'))
  else if (!/^[1-9]\d{3}$/.test(yearText)) complain('year', messages.problems.notAYear, cell('year'))
  else year = Number(yearText)

  const partners = parsePartners(cell('partner'), (message, shown) => complain('partner', message, shown), messages)

  const measures: MeasureValues = [null, null, null]
  MEASURE_COLUMNS.forEach((column, measure) => {
    const text = cell(column)
    if (text.trim() === '') return
    const parsed = parseAmount(text, context.convention, { currency: column === 'savings_nok' })
    if (!parsed.ok) {
      complain(column, messages.problems.amount(parsed.reason, context.convention, context.decidedAt), text)
      return
    }
    if (parsed.decided !== undefined && context.convention === 'auto') {
      context.convention = parsed.decided as DecimalConvention
      context.decidedAt = messages.errors.decidedBy(formatLocation(row))
    }
    if (column === 'jobs' && parsed.value.units < 0n) {
      complain(column, messages.problems.negativeJobs, text)
      return
    }
    measures[measure] = parsed.value
  })

  const basis = index.basis < 0 ? 'realised' : parseBasis(cell('basis'))
  if (basis === undefined) complain('basis', messages.problems.unknownBasis, cell('basis'))

  if (problems.length > 0) return problems
  const category = normalizeName(cell('category'))
  const projectName = normalizeName(cell('project_name'))
  return {
    file: row.file,
    line: row.line,
    projectId,
    year,
    partners: partners ?? [],
    category: category === '' ? null : category,
    projectName: projectName === '' ? null : projectName,
    basis: basis ?? 'realised',
    measures,
  }
}

function parsePartners(
  text: string,
  complain: (message: string, shown?: string) => void,
  messages: Messages,
): string[] | undefined {
  if (text.trim() === '') {
    complain(messages.problems.missing('partner'))
    return undefined
  }
  const partners = text.split('|').map(normalizeName)
  if (partners.some((partner) => partner === '')) {
    complain(messages.problems.emptyPartner, text)
    return undefined
  }
  const sorted = partners.sort(compareByCodePoint)
  for (let position = 1; position < sorted.length; position++) {
    if (sorted[position] === sorted[position - 1]) {
      complain(messages.problems.partnerTwice(sorted[position] as string), text)
      return undefined
    }
  }
  return sorted
}
