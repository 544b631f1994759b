// Exact sums of the three measures for many rows (the groups of a grouping, the bases of the
// totals) in flat typed arrays, row r and measure m at r × MEASURE_COUNT + m: adding a record to a group is a
// few array writes, with no object per group to reach through. Like ExactSum, each sum is a double
// below 2^52 (a plain float add, exact) plus a bigint for what would not fit, at a scale that only
// grows. Alongside: who reported each measure (coverage), on which basis, and, under --real, the
// savings per calendar year, so that each year is deflated with its own index. A measure nobody in
// a row reported stays null, so it renders as "–" and never as a misleading 0.
import { type Amount, ExactSum, normalizeAmount, powerOfTen, SMALL_LIMIT } from '../amount.js'
import {
  BASES,
  type Basis,
  type ConstantPrices,
  type MeasureBases,
  type MeasureCoverage,
  type Measure,
  MEASURE_COUNT,
  type MeasureValues,
  SAVINGS,
} from '../model.js'
import type { MeasureAmounts } from '../record/view.js'
import { deflateByYear, type Fraction } from './constant-kroner.js'

const POWERS_AS_NUMBERS: readonly number[] = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent)

export interface SumTableOptions {
  /** Keep savings per calendar year (for --real); off, memory per row stays constant. */
  savingsByYear?: boolean
}

export class SumTable {
  private small = new Float64Array(48)
  private scales = new Uint8Array(48)
  /** The bigint parts, by r × MEASURE_COUNT + m: only sums that passed 2^52 have one. */
  private readonly big = new Map<number, bigint>()
  private records = new Int32Array(48)
  private projects = new Int32Array(48)
  private basisBits = new Uint8Array(48)
  private readonly savingsByYear: Map<number, ExactSum>[] | null
  rows = 0

  constructor(options: SumTableOptions = {}) {
    this.savingsByYear = options.savingsByYear === true ? [] : null
  }

  /** A new row, all measures unreported. */
  addRow(): number {
    const row = this.rows++
    if ((row + 1) * MEASURE_COUNT > this.small.length) this.grow()
    this.savingsByYear?.push(new Map())
    return row
  }

  /** Adds a record's reported amounts to `row`: a record of `year`, basis `basis` (index in BASES). */
  add(row: number, amounts: MeasureAmounts, year: number, basis: number): void {
    const present = amounts.present
    const at = row * MEASURE_COUNT
    const basisBit = 1 << basis
    for (let measure = 0; measure < MEASURE_COUNT; measure++) {
      if ((present & (1 << measure)) === 0) continue
      const index = at + measure
      this.records[index] = (this.records[index] as number) + 1
      this.basisBits[index] = (this.basisBits[index] as number) | basisBit
      const units = amounts.units[measure] as number
      const big = amounts.big[measure] ?? null
      const scale = amounts.scales[measure] as number
      if (measure === SAVINGS && this.savingsByYear !== null) this.addSavingsOfYear(row, year, units, big, scale)
      const current = this.scales[index] as number
      if (big === null && scale <= current) {
        // The usual case: a value at the sum's scale or coarser (0.5 job into a sum of hundredths).
        const value =
          scale === current ? units : units * (POWERS_AS_NUMBERS[current - scale] ?? Number.POSITIVE_INFINITY)
        const sum = (this.small[index] as number) + value
        if (sum < SMALL_LIMIT && sum > -SMALL_LIMIT && value < SMALL_LIMIT && value > -SMALL_LIMIT) {
          this.small[index] = sum
          continue
        }
      }
      this.addExactly(index, units, big, scale)
    }
  }

  /** Counts one more project reporting the measures in `bits` (one bit per measure) in `row`. */
  countProjects(row: number, bits: number): void {
    const at = row * MEASURE_COUNT
    if ((bits & 1) !== 0) this.projects[at] = (this.projects[at] as number) + 1
    if ((bits & 2) !== 0) this.projects[at + 1] = (this.projects[at + 1] as number) + 1
    if ((bits & 4) !== 0) this.projects[at + 2] = (this.projects[at + 2] as number) + 1
  }

  /** The exact sum of a measure in a row (normalised), or null when nobody reported it. */
  value(row: number, measure: Measure): Amount | null {
    const index = row * MEASURE_COUNT + measure
    if (this.records[index] === 0) return null
    return normalizeAmount({
      units: (this.big.get(index) ?? 0n) + BigInt(this.small[index] as number),
      scale: this.scales[index] as number,
    })
  }

  values(row: number): MeasureValues {
    return [this.value(row, 0), this.value(row, 1), this.value(row, 2)]
  }

  coverage(row: number): MeasureCoverage {
    const of = (measure: Measure) => ({
      records: this.records[row * MEASURE_COUNT + measure] as number,
      projects: this.projects[row * MEASURE_COUNT + measure] as number,
    })
    return [of(0), of(1), of(2)]
  }

  bases(row: number): MeasureBases {
    const of = (measure: Measure): Basis[] =>
      BASES.filter((_, bit) => ((this.basisBits[row * MEASURE_COUNT + measure] as number) & (1 << bit)) !== 0)
    return [of(0), of(1), of(2)]
  }

  /** Records that reported `measure` in `row`. */
  reporting(row: number, measure: Measure): number {
    return this.records[row * MEASURE_COUNT + measure] as number
  }

  /** The row's savings per calendar year (under --real). */
  savingsOfYears(row: number): ReadonlyMap<number, ExactSum> {
    const byYear = this.savingsByYear?.[row]
    if (byYear === undefined) throw new Error('savings per year were not kept')
    return byYear
  }

  /** The exact savings of a row in constant kroner, or null when nobody reported savings. */
  realSavings(row: number, prices: ConstantPrices): Fraction | null {
    if (this.records[row * MEASURE_COUNT + SAVINGS] === 0) return null
    return deflateByYear(this.savingsOfYears(row), prices)
  }

  /** The general case: rescaling to a finer scale, or a sum past 2^52 (then the bigint part takes it). */
  private addExactly(index: number, units: number, big: bigint | null, scale: number): void {
    let current = this.scales[index] as number
    if (scale > current) {
      // Move the sum to the finer scale first.
      const exponent = scale - current
      const previousBig = this.big.get(index)
      if (previousBig !== undefined) this.big.set(index, previousBig * powerOfTen(exponent))
      const scaled = (this.small[index] as number) * (POWERS_AS_NUMBERS[exponent] ?? Number.POSITIVE_INFINITY)
      if (scaled < SMALL_LIMIT && scaled > -SMALL_LIMIT) this.small[index] = scaled
      else {
        this.big.set(index, (this.big.get(index) ?? 0n) + BigInt(this.small[index] as number) * powerOfTen(exponent))
        this.small[index] = 0
      }
      this.scales[index] = scale
      current = scale
    }
    if (big === null && scale < current) {
      const scaled = units * (POWERS_AS_NUMBERS[current - scale] ?? Number.POSITIVE_INFINITY)
      if (scaled < SMALL_LIMIT && scaled > -SMALL_LIMIT) units = scaled
      else {
        big = BigInt(units) * powerOfTen(current - scale)
        units = 0
      }
    } else if (big !== null && scale < current) big *= powerOfTen(current - scale)
    if (big !== null) {
      this.big.set(index, (this.big.get(index) ?? 0n) + big)
      return
    }
    const sum = (this.small[index] as number) + units
    if (sum < SMALL_LIMIT && sum > -SMALL_LIMIT && units < SMALL_LIMIT && units > -SMALL_LIMIT) this.small[index] = sum
    else {
      this.big.set(index, (this.big.get(index) ?? 0n) + BigInt(this.small[index] as number) + BigInt(units))
      this.small[index] = 0
    }
  }

  private addSavingsOfYear(row: number, year: number, units: number, big: bigint | null, scale: number): void {
    const byYear = this.savingsByYear?.[row] as Map<number, ExactSum>
    let sum = byYear.get(year)
    if (sum === undefined) {
      sum = new ExactSum()
      byYear.set(year, sum)
    }
    if (big === null) sum.addUnits(units, scale)
    else sum.addBigUnits(big, scale)
  }

  private grow(): void {
    const size = this.small.length * 2
    const grown = <T extends Float64Array | Uint8Array | Int32Array>(from: T, to: T): T => {
      to.set(from)
      return to
    }
    this.small = grown(this.small, new Float64Array(size))
    this.scales = grown(this.scales, new Uint8Array(size))
    this.records = grown(this.records, new Int32Array(size))
    this.projects = grown(this.projects, new Int32Array(size))
    this.basisBits = grown(this.basisBits, new Uint8Array(size))
  }
}

/** `values` with savings replaced (by a real value). */
export function withSavings(values: MeasureValues, savings: Amount | null): MeasureValues {
  return [values[0], savings, values[2]]
}
