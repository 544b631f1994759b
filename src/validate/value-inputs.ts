// The rows of a carbon price path (--carbon-price, or the shipped data/carbon-price-nok.csv) and of a
// programme cost file (--costs) → their values, or every problem, located, as the price index is read
// (price-index.ts). Columns are found by name; other columns (a source, a note) are ignored.
//
//   price path: year, category (non_ets | ets), nok_per_tonne (≥ 0), price_level (the kroner year)
//   costs:      year, cost_nok (≥ 0), optional partner (several rows per year add up)
import type { Amount } from '../amount.js'
import { ExactSum } from '../amount.js'
import type { Messages } from '../messages/index.js'
import {
  type CarbonPrice,
  type CarbonPricePath,
  EMISSION_CLASSES,
  type EmissionClass,
  type Problem,
  type ProgrammeCosts,
  type RawRow,
} from '../model.js'
import { normalizeHeaderName } from '../read/header.js'
import { formatLocation } from '../read/location.js'
import type { HeaderRow } from '../read/reader.js'
import { identityKey, normalizeName } from '../record/names.js'
import { type ConventionSetting, parseAmount } from './number.js'
import { parseEmissionClass } from './record.js'

const names = (...list: string[]): Set<string> => new Set(list.map(normalizeHeaderName))

const PATH_COLUMNS = {
  year: names('year', 'år', 'aar', 'årstall'),
  category: names('category', 'kategori', 'emission_class', 'utslippsklasse'),
  price: names('nok_per_tonne', 'kr_per_tonn', 'nok_per_tonn', 'price', 'pris'),
  level: names('price_level', 'prisnivå', 'prisnivaa'),
}
const COST_COLUMNS = {
  year: PATH_COLUMNS.year,
  cost: names('cost_nok', 'kostnad', 'kostnad_nok', 'cost', 'kostnader'),
  partner: names('partner', 'partnere', 'virksomhet'),
}

export type ValueFileKind = 'carbon-price' | 'costs'

export interface ValueFileSource {
  name: string
  builtIn: boolean
}

/** Reads a price path or a cost file row by row; result() gives its values or its problems. */
export class ValueFileBuilder {
  private readonly problems: Problem[] = []
  private columns: { index: Record<string, number>; names: string[] } | undefined
  private convention: ConventionSetting = 'dot'
  private readonly prices = new Map<string, CarbonPrice>()
  private readonly costs = new Map<number, ExactSum>()
  private readonly costLines = new Map<number, number>()
  private rows = 0

  constructor(
    readonly kind: ValueFileKind,
    private readonly source: ValueFileSource,
    private readonly messages: Messages,
    /** --partner: only cost rows of these partners count (when the file has a partner column). */
    private readonly partners: readonly string[] = [],
  ) {}

  get problemCount(): number {
    return this.problems.length
  }

  /** Returns false when a required column is missing (the rows are then not read). */
  header(header: HeaderRow): boolean {
    const cells = header.cells.map(cell => cell.trim())
    const wanted: Record<string, Set<string>> = this.kind === 'carbon-price' ? PATH_COLUMNS : COST_COLUMNS
    const index: Record<string, number> = {}
    for (const [column, accepted] of Object.entries(wanted))
      index[column] = cells.findIndex(cell => accepted.has(normalizeHeaderName(cell)))
    const required = this.kind === 'carbon-price' ? ['year', 'category', 'price', 'level'] : ['year', 'cost']
    if (required.some(column => (index[column] as number) < 0)) {
      this.problems.push({
        file: header.file,
        line: header.line,
        severity: 'error',
        message: this.messages.value.columns(
          this.kind,
          cells.filter(cell => cell !== ''),
        ),
      })
      return false
    }
    this.columns = { index, names: cells }
    this.convention = header.convention
    return true
  }

  row(row: RawRow): void {
    const columns = this.columns
    if (columns === undefined) return
    this.rows++
    const words = this.messages.value
    const problem = (message: string, column?: string, value?: string): void => {
      const found: Problem = { file: row.file, line: row.line, severity: 'error', message }
      if (column !== undefined) found.column = columns.names[columns.index[column] as number] as string
      if (value !== undefined) found.value = value
      this.problems.push(found)
    }
    if (row.cells.length !== columns.names.length) {
      problem(this.messages.problems.fieldCount(columns.names.length, row.cells.length))
      return
    }
    const cell = (column: string): string => row.cells[columns.index[column] as number] as string
    const year = this.year(cell('year'), 'year', problem)
    const amount = this.amount(cell(this.kind === 'carbon-price' ? 'price' : 'cost'), problem)
    if (this.kind === 'costs') {
      const partner = (columns.index.partner as number) >= 0 ? normalizeName(cell('partner')) : ''
      if (year === undefined || amount === undefined) return
      if (this.partners.length > 0 && partner !== '') {
        const key = identityKey(partner)
        if (!this.partners.some(wanted => identityKey(wanted) === key)) return
      }
      let sum = this.costs.get(year)
      if (sum === undefined) {
        sum = new ExactSum()
        this.costs.set(year, sum)
        this.costLines.set(year, row.line)
      }
      sum.add(amount)
      return
    }
    const classText = cell('category')
    const emissionClass = classText.trim() === '' ? undefined : parseEmissionClass(classText)
    if (emissionClass === undefined) problem(words.unknownCategory, 'category', classText)
    const level = this.year(cell('level'), 'level', problem)
    if (year === undefined || amount === undefined || emissionClass === undefined || level === undefined) return
    const key = priceKey(emissionClass, year)
    const earlier = this.prices.get(key)
    if (earlier !== undefined) {
      problem(
        words.duplicatePrice(year, emissionClass, formatLocation({ file: row.file, line: earlier.line })),
        'year',
        cell('year'),
      )
      return
    }
    this.prices.set(key, { year, emissionClass, nokPerTonne: amount, priceLevel: level, line: row.line })
  }

  private year(text: string, column: string, problem: (message: string, column?: string, value?: string) => void) {
    const trimmed = text.trim()
    if (trimmed === '') problem(this.messages.problems.missing(column === 'level' ? 'price_level' : 'year'), column)
    else if (!/^[1-9]\d{3}$/.test(trimmed)) problem(this.messages.problems.notAYear, column, text)
    else return Number(trimmed)
    return undefined
  }

  private amount(text: string, problem: (message: string, column?: string, value?: string) => void) {
    const column = this.kind === 'carbon-price' ? 'price' : 'cost'
    if (text.trim() === '') {
      problem(this.messages.value.missingAmount(this.kind), column)
      return undefined
    }
    const parsed = parseAmount(text, this.convention, { currency: true })
    if (!parsed.ok) {
      problem(this.messages.problems.amount(parsed.reason, this.convention), column, text)
      return undefined
    }
    if (parsed.value.units < 0n) {
      problem(this.messages.value.negative(this.kind), column, text)
      return undefined
    }
    if (parsed.decided !== undefined) this.convention = parsed.decided
    return parsed.value as Amount
  }

  /** The path, or every problem found; `readProblems` are those the reader reported. */
  pricePath(readProblems: readonly Problem[], sha256: string): CarbonPricePath | Problem[] {
    const problems = this.sorted(readProblems)
    if (problems.length > 0) return problems
    // The path's own price level: that of its last year (the level its long-run target is stated in).
    let last: CarbonPrice | undefined
    for (const price of this.prices.values())
      if (
        last === undefined ||
        price.year > last.year ||
        (price.year === last.year && price.emissionClass === 'non_ets')
      )
        last = price
    return {
      source: this.source.name,
      builtIn: this.source.builtIn,
      sha256,
      prices: new Map(this.prices),
      priceLevel: (last as CarbonPrice).priceLevel,
    }
  }

  costsResult(readProblems: readonly Problem[], sha256: string): ProgrammeCosts | Problem[] {
    const problems = this.sorted(readProblems)
    if (problems.length > 0) return problems
    const byYear = new Map<number, Amount>()
    for (const year of [...this.costs.keys()].sort((a, b) => a - b))
      byYear.set(year, (this.costs.get(year) as ExactSum).value())
    return {
      source: this.source.name,
      sha256,
      byYear,
      lines: new Map(this.costLines),
    }
  }

  private sorted(readProblems: readonly Problem[]): Problem[] {
    const problems = [...readProblems, ...this.problems].sort((a, b) => a.line - b.line)
    if (problems.length === 0 && this.rows === 0)
      problems.push({
        file: this.source.name,
        line: 1,
        severity: 'error',
        message: this.messages.value.noRows(this.kind),
      })
    return problems
  }
}

export const priceKey = (emissionClass: EmissionClass, year: number): string => `${emissionClass}:${year}`

export { EMISSION_CLASSES }
