// One raw row → a valid record, or every problem in it. Pure: bad data is a value, never a throw.
// validateInto fills the reused RecordView of the per-record path; validateRow makes an ImpactRecord
// of it, for callers that keep records.
import { compareByCodePoint } from '../record/code-point-order.js'
import { identityKey, normalizeName } from '../record/names.js'
import { NOT_PLAIN } from '../record/project-ids.js'
import type { PartnerSet } from '../record/partner-sets.js'
import type { Messages } from '../messages/index.js'
import {
  BASES,
  type Basis,
  CO2E,
  type DecimalConvention,
  EMISSION_CLASSES,
  type EmissionClass,
  type ImpactRecord,
  JOBS,
  MEASURE_LIST,
  MEASURES,
  type Problem,
  type RawRow,
  SAVINGS,
} from '../model.js'
import type { CanonicalColumn, ColumnIndex } from '../read/header.js'
import { NO_CATEGORY, RecordKeys, RecordView } from '../record/view.js'
import {
  CELL_BOOLEAN,
  CELL_DATE,
  CELL_ERROR,
  CELL_INVALID,
  CELL_NO_RESULT,
  CELL_NUMBER,
  CELL_TEXT,
  RowFields,
} from '../read/row.js'
import { type AmountScan, type ConventionSetting, newAmountScan, scanAmount, scanPlainAmount } from './number.js'
import { formatLocation, locationIn } from '../read/location.js'
import { yearOfIsoDate } from '../read/xlsx/cell-value.js'

export { normalizeName }

/** What validating a file's rows needs to know; `convention` settles as values decide it. */
export interface FileContext {
  index: ColumnIndex
  names: string[]
  convention: ConventionSetting
  /** Where an 'auto' convention was decided, for messages. */
  decidedAt?: string
  messages: Messages
  /** The sheet the rows are read from, for a spreadsheet source (problems are located in it). */
  sheet?: string
  /** The run's interned keys; a fresh set when absent (tests, single rows). */
  keys?: RecordKeys
  /** Set on first use: column positions, caches, scratch space. */
  state?: FileState
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

const EMISSION_CLASS_NAMES: Record<string, EmissionClass> = {
  non_ets: 'non_ets',
  'non-ets': 'non_ets',
  ikke_kvotepliktig: 'non_ets',
  'ikke-kvotepliktig': 'non_ets',
  ets: 'ets',
  kvotepliktig: 'ets',
}

/** An emission_class cell: empty means non_ets (the CO2 tax path), the default of R-109's price paths. */
export function parseEmissionClass(text: string): EmissionClass | undefined {
  const key = text.trim().toLowerCase()
  return key === '' ? 'non_ets' : EMISSION_CLASS_NAMES[key]
}

export function parseBasis(text: string): Basis | undefined {
  const key = text.trim().toLowerCase()
  return key === '' ? 'realised' : BASIS_NAMES[key]
}

/** Column positions in the row, -1 where the file lacks the column. */
interface Columns {
  project: number
  year: number
  partner: number
  measures: [number, number, number]
  category: number
  projectName: number
  basis: number
  co2eEndYear: number
  emissionClass: number
}

/** The problems found in a row so far. */
interface Found {
  file: string
  line: number
  problems: Problem[] | null
}

function addProblem(
  context: FileContext,
  found: Found,
  column: CanonicalColumn,
  message: string,
  value?: string,
): void {
  const problem: Problem = {
    ...locationIn({ file: found.file, sheet: context.sheet }, found.line),
    severity: 'error',
    column: context.names[context.index[column]] ?? column,
    message,
  }
  if (value !== undefined) problem.value = value
  found.problems ??= []
  found.problems.push(problem)
}

/** What a file's rows share beyond FileContext: column positions, caches, scratch space. */
export interface FileState {
  columns: Columns
  keys: RecordKeys
  scan: AmountScan
  found: Found
}

function stateOf(context: FileContext): FileState {
  let state = context.state
  if (state === undefined) {
    const { index } = context
    const keys = context.keys ?? new RecordKeys()
    state = {
      columns: {
        project: index.project_id,
        year: index.year,
        partner: index.partner,
        measures: [index.jobs, index.savings_nok, index.co2e_tonnes],
        category: index.category,
        projectName: index.project_name,
        basis: index.basis,
        co2eEndYear: index.co2e_end_year,
        emissionClass: index.emission_class,
      },
      keys,
      scan: newAmountScan(),
      found: { file: '', line: 0, problems: null },
    }
    context.state = state
  }
  return state
}

export function validateRow(row: RawRow, context: FileContext): ImpactRecord | Problem[] {
  const view = new RecordView(stateOf(context).keys)
  const problems = validateInto(RowFields.fromCells(row.cells, row.line, row.raw), row.file, context, view)
  return problems ?? view.toImpactRecord()
}

/**
 * Fills `view` from the fields of one row and returns null, or returns every problem in the row (the
 * view is then unusable). Cells are read where they lie in the decoded text; a string is made of one
 * only on a slow path (a value to normalise, a number the fast path does not read, a problem to report).
 */
export function validateInto(
  fields: RowFields,
  file: string,
  context: FileContext,
  view: RecordView,
): Problem[] | null {
  const { names, messages } = context
  const line = fields.line
  if (fields.count !== names.length) {
    return [
      {
        ...locationIn({ file, sheet: context.sheet }, line),
        severity: 'error',
        message: messages.problems.fieldCount(names.length, fields.count),
      },
    ]
  }
  const state = stateOf(context)
  const { columns, keys } = state
  // Where the row is, for key tables that note a first spelling or another one.
  keys.readingAt(file, line, context.sheet)
  // The row's problems, if any: a reused object rather than a closure per row.
  const found = state.found
  found.file = file
  found.line = line
  found.problems = null
  const text = fields.text
  const values = fields.values

  // A spreadsheet's cells that hold no value (an error, a formula never computed) are problems in
  // every column read, and a date or TRUE/FALSE is one where a year or an amount belongs.
  const kinds = fields.kinds
  if (kinds !== null && !cellsAreValues(kinds, columns, context, found, fields)) return found.problems

  // project_id: interned straight from the text when it needs no trimming.
  const projectColumn = columns.project
  const projectValue = values[projectColumn] ?? null
  let project =
    projectValue === null
      ? keys.projects.internPlainRange(
          text,
          fields.starts[projectColumn] as number,
          fields.ends[projectColumn] as number,
        )
      : keys.projects.internPlainRange(projectValue, 0, projectValue.length)
  if (project === NOT_PLAIN) {
    const projectId = normalizeName(fields.cell(projectColumn))
    if (projectId === '') addProblem(context, found, 'project_id', messages.problems.missing('project id'))
    else project = keys.projects.intern(projectId)
  }

  const yearColumn = columns.year
  let year =
    values[yearColumn] === null
      ? fourDigitYear(text, fields.starts[yearColumn] as number, fields.ends[yearColumn] as number)
      : -1
  if (year < 0) {
    year = 0
    const yearCell =
      kinds?.[yearColumn] === CELL_DATE ? yearOfIsoDate(fields.cell(yearColumn)) : fields.cell(yearColumn)
    const yearText = yearCell.trim()
    if (yearText === '') addProblem(context, found, 'year', messages.problems.missing('year'))
    else if (!/^[1-9]\d{3}$/.test(yearText)) addProblem(context, found, 'year', messages.problems.notAYear, yearCell)
    else year = Number(yearText)
  }

  const partnerColumn = columns.partner
  const partnerValue = values[partnerColumn] ?? null
  const partnerText = partnerValue ?? text
  const partnerStart = partnerValue === null ? (fields.starts[partnerColumn] as number) : 0
  const partnerEnd = partnerValue === null ? (fields.ends[partnerColumn] as number) : partnerValue.length
  let partners = keys.partnerTexts.get(partnerText, partnerStart, partnerEnd)
  if (partners === undefined) {
    const names = parsePartners(
      fields.cell(partnerColumn),
      (message, shown) => addProblem(context, found, 'partner', message, shown),
      messages,
    )
    if (names !== undefined) {
      partners = keys.partnerSets.intern(names)
      keys.partnerTexts.set(partnerText, partnerStart, partnerEnd, partners)
    }
  }

  const amounts = view.amounts
  amounts.present = 0
  const scan = state.scan
  for (const measure of MEASURE_LIST) {
    const position = columns.measures[measure] as number
    if (position < 0) continue
    const value = values[position] ?? null
    if (value === null) {
      const start = fields.starts[position] as number
      const end = fields.ends[position] as number
      if (start === end) continue
      if (scanPlainAmount(text, start, end, context.convention, scan)) {
        if (measure === JOBS && scan.units < 0)
          addProblem(context, found, 'jobs', messages.problems.negativeJobs, fields.cell(position))
        else amounts.set(measure, scan.units, null, scan.scale)
        continue
      }
    }
    const cell = value ?? fields.cell(position)
    if (cell.trim() === '') continue
    const column: CanonicalColumn = MEASURES[measure]
    // A spreadsheet's number cell is a plain decimal with a dot, whatever the convention of its text cells.
    const typed = kinds?.[position] === CELL_NUMBER
    const problem = scanAmount(cell, typed ? 'dot' : context.convention, measure === SAVINGS, scan)
    if (problem !== null) {
      addProblem(context, found, column, messages.problems.amount(problem, context.convention, context.decidedAt), cell)
      continue
    }
    if (!typed && scan.decided !== undefined && context.convention === 'auto') {
      context.convention = scan.decided as DecimalConvention
      context.decidedAt = messages.errors.decidedBy(formatLocation(locationIn({ file, sheet: context.sheet }, line)))
    }
    if (measure === JOBS && (scan.big === null ? scan.units < 0 : scan.big < 0n)) {
      addProblem(context, found, column, messages.problems.negativeJobs, cell)
      continue
    }
    amounts.set(measure, scan.units, scan.big, scan.scale)
  }

  let basis = 0
  if (columns.basis >= 0) {
    const basisCell = fields.cell(columns.basis)
    const parsed = basisCell === '' ? 'realised' : parseBasis(basisCell)
    if (parsed === undefined) addProblem(context, found, 'basis', messages.problems.unknownBasis, basisCell)
    else basis = BASES.indexOf(parsed)
  }

  let co2eEndYear = 0
  if (columns.co2eEndYear >= 0) {
    const endCell = fields.cell(columns.co2eEndYear)
    const endText = endCell.trim()
    if (endText !== '') {
      if (!/^[1-9]\d{3}$/.test(endText))
        addProblem(context, found, 'co2e_end_year', messages.problems.notAYear, endCell)
      else if (year > 0 && Number(endText) < year)
        addProblem(context, found, 'co2e_end_year', messages.problems.endBeforeYear(year), endCell)
      else if ((amounts.present & (1 << CO2E)) === 0)
        addProblem(context, found, 'co2e_end_year', messages.problems.endWithoutCo2e, endCell)
      else co2eEndYear = Number(endText)
    }
  }

  let emissionClass = 0
  if (columns.emissionClass >= 0) {
    const classCell = fields.cell(columns.emissionClass)
    const parsed = parseEmissionClass(classCell)
    if (parsed === undefined)
      addProblem(context, found, 'emission_class', messages.problems.unknownEmissionClass, classCell)
    else emissionClass = EMISSION_CLASSES.indexOf(parsed)
  }

  if (found.problems !== null) return found.problems
  view.file = file
  view.line = line
  view.project = project
  view.entry = -1
  view.year = year
  view.partners = partners as PartnerSet
  if (columns.category < 0) view.category = NO_CATEGORY
  else view.deferCategory(columns.category)
  view.fields = fields
  view.projectNameColumn = columns.projectName
  view.basis = basis
  view.co2eEndYear = co2eEndYear
  view.emissionClass = emissionClass
  return null
}

/**
 * Whether the row's spreadsheet cells in the columns read all hold values; otherwise their problems
 * are added to `found` (an error value or a formula never computed, in any column; a date or a
 * boolean where an amount belongs; a boolean as a year) and false returned: the row is rejected on
 * them alone, without a second complaint about the same cells.
 */
function cellsAreValues(
  kinds: Uint8Array,
  columns: Columns,
  context: FileContext,
  found: Found,
  fields: RowFields,
): boolean {
  const { messages } = context
  const check = (position: number, column: CanonicalColumn, role: 'text' | 'year' | 'amount'): void => {
    if (position < 0) return
    const kind = kinds[position]
    if (kind === CELL_TEXT || kind === CELL_NUMBER) return
    const value = fields.cell(position)
    const words = messages.spreadsheet
    if (kind === CELL_ERROR) addProblem(context, found, column, words.errorValue, value)
    else if (kind === CELL_NO_RESULT) addProblem(context, found, column, words.noResult)
    else if (kind === CELL_INVALID) addProblem(context, found, column, words.invalidCell, value)
    else if (kind === CELL_DATE && role === 'amount') addProblem(context, found, column, words.dateNotAmount, value)
    else if (kind === CELL_BOOLEAN && role !== 'text') addProblem(context, found, column, words.booleanNotValue, value)
  }
  check(columns.project, 'project_id', 'text')
  check(columns.year, 'year', 'year')
  check(columns.partner, 'partner', 'text')
  for (const measure of MEASURE_LIST) check(columns.measures[measure] as number, MEASURES[measure], 'amount')
  check(columns.category, 'category', 'text')
  check(columns.projectName, 'project_name', 'text')
  check(columns.basis, 'basis', 'text')
  return found.problems === null
}

/** The year of text[start, end) when it is exactly four digits, not starting with 0; -1 otherwise (the rules then decide). */
function fourDigitYear(text: string, start: number, end: number): number {
  if (end - start !== 4) return -1
  const first = text.charCodeAt(start) - 48
  const second = text.charCodeAt(start + 1) - 48
  const third = text.charCodeAt(start + 2) - 48
  const fourth = text.charCodeAt(start + 3) - 48
  if (first < 1 || first > 9 || second < 0 || second > 9 || third < 0 || third > 9 || fourth < 0 || fourth > 9)
    return -1
  return first * 1000 + second * 100 + third * 10 + fourth
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
  if (partners.some(partner => partner === '')) {
    complain(messages.problems.emptyPartner, text)
    return undefined
  }
  const sorted = partners.sort(compareByCodePoint)
  // The same partner twice, however spelled ("Ås | ÅS"): compared by identity (record/names.ts).
  const seen = new Set<string>()
  for (const partner of sorted) {
    const key = identityKey(partner)
    if (seen.has(key)) {
      complain(messages.problems.partnerTwice(partner), text)
      return undefined
    }
    seen.add(key)
  }
  return sorted
}
