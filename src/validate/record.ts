// One raw row → a valid record, or every problem in it. Pure: bad data is a value, never a throw.
// validateInto fills the reused RecordView of the per-record path; validateRow makes an ImpactRecord
// of it, for callers that keep records.
import { normalizeName } from '../keys/names.js'
import type { PartnerSet } from '../keys/partner-sets.js'
import { TextCache } from '../keys/names.js'
import type { Messages } from '../messages.js'
import { BASES, type Basis, type DecimalConvention, type ImpactRecord, type Problem, type RawRow } from '../model.js'
import type { CanonicalColumn, ColumnIndex } from '../read/header.js'
import { NO_CATEGORY, RecordKeys, RecordView } from '../record-view.js'
import { type AmountScan, type ConventionSetting, newAmountScan, scanAmount } from './number.js'
import { formatLocation } from './problem.js'

export { normalizeName }

/** What validating a file's rows needs to know; `convention` settles as values decide it. */
export interface FileContext {
  index: ColumnIndex
  names: string[]
  convention: ConventionSetting
  /** Where an 'auto' convention was decided, for messages. */
  decidedAt?: string
  messages: Messages
  /** The run's interned keys; a fresh set when absent (tests, single rows). */
  keys?: RecordKeys
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

/**
 * Orders strings by Unicode code point (not by UTF-16 code unit, as `<` does, which puts U+E000–U+FFFF
 * after the astral characters' surrogates). Compares code units, mapping them at the first difference.
 */
export function compareByCodePoint(a: string, b: string): number {
  if (a === b) return 0
  const length = Math.min(a.length, b.length)
  for (let position = 0; position < length; position++) {
    const left = a.charCodeAt(position)
    const right = b.charCodeAt(position)
    if (left !== right) return codePointRank(left) - codePointRank(right)
  }
  return a.length - b.length
}

/** Surrogates (astral characters) rank above U+E000–U+FFFF. */
const codePointRank = (unit: number): number => (unit < 0xd800 ? unit : unit >= 0xe000 ? unit - 0x800 : unit + 0x2000)

/** Column positions in the row, -1 where the file lacks the column. */
interface Columns {
  project: number
  year: number
  partner: number
  measures: [number, number, number]
  category: number
  projectName: number
  basis: number
}

/** What a file's rows share beyond FileContext: column positions, caches, scratch space. */
interface FileState {
  columns: Columns
  keys: RecordKeys
  scan: AmountScan
}

const STATES = new WeakMap<FileContext, FileState>()

/** The run's caches of what partner, category and basis cells were read as. */
const PARTNER_TEXTS = new WeakMap<RecordKeys, TextCache<PartnerSet>>()
const CATEGORY_TEXTS = new WeakMap<RecordKeys, TextCache<number>>()

function stateOf(context: FileContext): FileState {
  let state = STATES.get(context)
  if (state === undefined) {
    const { index } = context
    state = {
      columns: {
        project: index.project_id,
        year: index.year,
        partner: index.partner,
        measures: [index.jobs, index.savings_nok, index.co2e_tonnes],
        category: index.category,
        projectName: index.project_name,
        basis: index.basis,
      },
      keys: context.keys ?? new RecordKeys(),
      scan: newAmountScan(),
    }
    STATES.set(context, state)
  }
  return state
}

function cachesOf(keys: RecordKeys): { partners: TextCache<PartnerSet>; categories: TextCache<number> } {
  let partners = PARTNER_TEXTS.get(keys)
  let categories = CATEGORY_TEXTS.get(keys)
  if (partners === undefined || categories === undefined) {
    partners = new TextCache()
    categories = new TextCache()
    PARTNER_TEXTS.set(keys, partners)
    CATEGORY_TEXTS.set(keys, categories)
  }
  return { partners, categories }
}

const MEASURE_NAMES: readonly CanonicalColumn[] = ['jobs', 'savings_nok', 'co2e_tonnes']
const SAVINGS = 1
const JOBS = 0

export function validateRow(row: RawRow, context: FileContext): ImpactRecord | Problem[] {
  const view = new RecordView(stateOf(context).keys)
  const problems = validateInto(row, context, view)
  return problems ?? view.toImpactRecord()
}

/** Fills `view` from `row` and returns null, or returns every problem in the row (the view is then unusable). */
export function validateInto(row: RawRow, context: FileContext, view: RecordView): Problem[] | null {
  const { names, messages } = context
  const cells = row.cells
  if (cells.length !== names.length) {
    return [{ file: row.file, line: row.line, severity: 'error', message: messages.problems.fieldCount(names.length, cells.length) }]
  }
  const state = stateOf(context)
  const { columns, keys } = state
  let problems: Problem[] | null = null
  const complain = (column: CanonicalColumn, message: string, value?: string): void => {
    const problem: Problem = { file: row.file, line: row.line, severity: 'error', column: names[context.index[column]] ?? column, message }
    if (value !== undefined) problem.value = value
    ;(problems ??= []).push(problem)
  }

  const projectId = normalizeName(cells[columns.project] as string)
  if (projectId === '') complain('project_id', messages.problems.missing('project id'))

  const yearCell = cells[columns.year] as string
  let year = fourDigitYear(yearCell)
  if (year < 0) {
    year = 0
    const yearText = yearCell.trim()
    if (yearText === '') complain('year', messages.problems.missing('year'))
    else if (!/^[1-9]\d{3}$/.test(yearText)) complain('year', messages.problems.notAYear, yearCell)
    else year = Number(yearText)
  }

  const partnerCell = cells[columns.partner] as string
  const caches = cachesOf(keys)
  let partners = caches.partners.get(partnerCell)
  if (partners === undefined) {
    const names = parsePartners(partnerCell, (message, shown) => complain('partner', message, shown), messages)
    if (names !== undefined) {
      partners = keys.partnerSets.intern(names)
      caches.partners.set(partnerCell, partners)
    }
  }

  const amounts = view.amounts
  amounts.present = 0
  const scan = state.scan
  for (let measure = 0; measure < 3; measure++) {
    const position = columns.measures[measure] as number
    if (position < 0) continue
    const text = cells[position] as string
    if (isBlank(text)) continue
    const column = MEASURE_NAMES[measure] as CanonicalColumn
    const problem = scanAmount(text, context.convention, measure === SAVINGS, scan)
    if (problem !== null) {
      complain(column, messages.problems.amount(problem, context.convention, context.decidedAt), text)
      continue
    }
    if (scan.decided !== undefined && context.convention === 'auto') {
      context.convention = scan.decided as DecimalConvention
      context.decidedAt = messages.errors.decidedBy(formatLocation(row))
    }
    if (measure === JOBS && (scan.big === null ? scan.units < 0 : scan.big < 0n)) {
      complain(column, messages.problems.negativeJobs, text)
      continue
    }
    amounts.set(measure, scan.units, scan.big, scan.scale)
  }

  let basis = 0
  if (columns.basis >= 0) {
    const basisCell = cells[columns.basis] as string
    const parsed = basisCell === '' ? 'realised' : parseBasis(basisCell)
    if (parsed === undefined) complain('basis', messages.problems.unknownBasis, basisCell)
    else basis = BASES.indexOf(parsed)
  }

  if (problems !== null) return problems
  view.file = row.file
  view.line = row.line
  view.projectId = projectId
  view.project = keys.projects.intern(projectId)
  view.entry = -1
  view.year = year
  view.partners = partners as PartnerSet
  view.category = columns.category < 0 ? NO_CATEGORY : categoryOf(cells[columns.category] as string, keys, caches.categories)
  view.projectNameText = columns.projectName < 0 ? '' : (cells[columns.projectName] as string)
  view.basis = basis
  return null
}

/** The year of a cell that is exactly four digits, not starting with 0; -1 otherwise (the rules then decide). */
function fourDigitYear(text: string): number {
  if (text.length !== 4) return -1
  const first = text.charCodeAt(0) - 48
  const second = text.charCodeAt(1) - 48
  const third = text.charCodeAt(2) - 48
  const fourth = text.charCodeAt(3) - 48
  if (first < 1 || first > 9 || second < 0 || second > 9 || third < 0 || third > 9 || fourth < 0 || fourth > 9) return -1
  return first * 1000 + second * 100 + third * 10 + fourth
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true
  const first = text.charCodeAt(0)
  // Anything but white space first: not blank. Otherwise let trim() decide.
  if (first > 0x20 && first !== 0xa0 && first < 0x1680) return false
  return text.trim() === ''
}

function categoryOf(cell: string, keys: RecordKeys, cache: TextCache<number>): number {
  let category = cache.get(cell)
  if (category === undefined) {
    const name = normalizeName(cell)
    category = name === '' ? NO_CATEGORY : keys.categories.intern(name)
    cache.set(cell, category)
  }
  return category
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
