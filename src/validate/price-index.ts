// The rows of a price index file → a PriceIndex, or every problem in it, located.
// A year column (year, år, aar) and an index column (kpi, cpi, index, indeks); other columns,
// such as a note, are ignored. Levels follow the file's decimal convention and must be positive.
import type { Amount } from '../amount.js'
import type { Messages } from '../messages/index.js'
import type { PriceIndex, Problem, RawRow } from '../model.js'
import { normalizeHeaderName } from '../read/header.js'
import type { HeaderRow } from '../read/reader.js'
import { parseAmount, type ConventionSetting } from './number.js'
import { formatLocation } from '../read/location.js'

const YEAR_NAMES = new Set(['year', 'år', 'aar', 'årstall', 'arstall'].map(normalizeHeaderName))
const LEVEL_NAMES = new Set(
  ['kpi', 'cpi', 'index', 'indeks', 'konsumprisindeks', 'consumer_price_index', 'level'].map(normalizeHeaderName),
)

export interface PriceIndexSource {
  name: string
  builtIn: boolean
}

export class PriceIndexBuilder {
  private readonly problems: Problem[] = []
  private readonly levels = new Map<number, Amount>()
  private readonly lines = new Map<number, number>()
  private columns: { year: number; level: number; names: string[]; fields: number } | undefined
  private convention: ConventionSetting = 'dot'

  constructor(
    private readonly source: PriceIndexSource,
    private readonly messages: Messages,
  ) {}

  /** Returns false when the file has no usable columns (its rows are then not read). */
  header(header: HeaderRow): boolean {
    const names = header.cells.map(cell => cell.trim())
    const year = names.findIndex(name => YEAR_NAMES.has(normalizeHeaderName(name)))
    const level = names.findIndex(name => LEVEL_NAMES.has(normalizeHeaderName(name)))
    if (year < 0 || level < 0) {
      this.problems.push({
        file: header.file,
        line: header.line,
        severity: 'error',
        message: this.messages.prices.columns(names.filter(name => name !== '')),
      })
      return false
    }
    this.columns = { year, level, names, fields: names.length }
    this.convention = header.convention
    return true
  }

  /** Problems found in the rows so far. */
  get problemCount(): number {
    return this.problems.length
  }

  row(row: RawRow): void {
    const columns = this.columns
    if (columns === undefined) return
    const problem = (message: string, column?: number, value?: string): void => {
      const found: Problem = { file: row.file, line: row.line, severity: 'error', message }
      if (column !== undefined) found.column = columns.names[column] as string
      if (value !== undefined) found.value = value
      this.problems.push(found)
    }
    if (row.cells.length !== columns.fields) {
      problem(this.messages.problems.fieldCount(columns.fields, row.cells.length))
      return
    }
    const yearText = (row.cells[columns.year] as string).trim()
    const levelText = row.cells[columns.level] as string
    let year: number | undefined
    if (yearText === '') problem(this.messages.problems.missing('year'), columns.year)
    else if (!/^[1-9]\d{3}$/.test(yearText)) problem(this.messages.problems.notAYear, columns.year, yearText)
    else year = Number(yearText)
    let level: Amount | undefined
    if (levelText.trim() === '') problem(this.messages.prices.missingLevel, columns.level)
    else {
      const parsed = parseAmount(levelText, this.convention, { currency: false })
      if (!parsed.ok) problem(this.messages.problems.amount(parsed.reason, this.convention), columns.level, levelText)
      else if (parsed.value.units <= 0n) problem(this.messages.prices.notPositive, columns.level, levelText)
      else {
        level = parsed.value
        if (parsed.decided !== undefined) this.convention = parsed.decided
      }
    }
    if (year === undefined) return
    const earlier = this.lines.get(year)
    if (earlier !== undefined) {
      problem(
        this.messages.prices.duplicateYear(year, formatLocation({ file: row.file, line: earlier })),
        columns.year,
        yearText,
      )
      return
    }
    this.lines.set(year, row.line)
    if (level !== undefined) this.levels.set(year, level)
  }

  /** The index, or every problem found; `readProblems` are those the reader reported (encoding, CSV). */
  result(readProblems: readonly Problem[]): PriceIndex | Problem[] {
    const problems = [...readProblems, ...this.problems].sort((a, b) => a.line - b.line)
    if (problems.length === 0 && this.levels.size === 0) {
      problems.push({ file: this.source.name, line: 1, severity: 'error', message: this.messages.prices.noLevels })
    }
    if (problems.length > 0) return problems
    const hundreds = [...this.levels].filter(([, level]) => level.units === 100n * 10n ** BigInt(level.scale))
    return {
      source: this.source.name,
      builtIn: this.source.builtIn,
      levels: new Map([...this.levels].sort(([a], [b]) => a - b)),
      referenceYear: hundreds.length === 1 ? (hundreds[0]?.[0] ?? null) : null,
    }
  }
}
