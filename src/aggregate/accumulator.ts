// Running sums for one group (or the whole programme). A measure nobody in the group
// reported stays null, so it renders as "–" and never as a misleading 0. Alongside the sums:
// who reported each measure (coverage), on which basis, and, under --real, the savings per
// calendar year, so that each year is deflated with its own index.
import { type Amount, ExactSum } from '../amount.js'
import { BASES, type Basis, type ConstantPrices, type MeasureBases, type MeasureCoverage, type MeasureValues } from '../model.js'
import type { MeasureAmounts } from '../record-view.js'
import { deflateByYear, type Fraction } from './constant-kroner.js'

export interface AccumulatorOptions {
  /** Keep savings per calendar year (for --real); off, memory per group stays constant. */
  savingsByYear?: boolean
}

const SAVINGS = 1

export class MeasureAccumulator {
  readonly sums: [ExactSum | null, ExactSum | null, ExactSum | null] = [null, null, null]
  readonly savingsByYear: Map<number, ExactSum> | null
  private readonly reportingRecords = [0, 0, 0]
  /** Distinct projects that reported each measure: counted by the caller, which knows (see novelty.ts). */
  private readonly reportingProjects = [0, 0, 0]
  /** One bit per basis, in BASES order. */
  private readonly basisBits = [0, 0, 0]

  constructor(options: AccumulatorOptions = {}) {
    this.savingsByYear = options.savingsByYear === true ? new Map() : null
  }

  /** Adds the reported amounts of a record of `year` and basis `basis` (an index in BASES). */
  addAmounts(amounts: MeasureAmounts, year: number, basis: number): void {
    const present = amounts.present
    const basisBit = 1 << basis
    for (let measure = 0; measure < 3; measure++) {
      if ((present & (1 << measure)) === 0) continue
      let sum = this.sums[measure] ?? null
      if (sum === null) {
        sum = new ExactSum()
        this.sums[measure] = sum
      }
      const big = amounts.big[measure] ?? null
      const scale = amounts.scales[measure] as number
      if (big === null) sum.addUnits(amounts.units[measure] as number, scale)
      else sum.addBigUnits(big, scale)
      this.reportingRecords[measure] = (this.reportingRecords[measure] as number) + 1
      this.basisBits[measure] = (this.basisBits[measure] as number) | basisBit
      if (measure === SAVINGS && this.savingsByYear !== null) {
        let yearSum = this.savingsByYear.get(year)
        if (yearSum === undefined) {
          yearSum = new ExactSum()
          this.savingsByYear.set(year, yearSum)
        }
        if (big === null) yearSum.addUnits(amounts.units[measure] as number, scale)
        else yearSum.addBigUnits(big, scale)
      }
    }
  }

  /** Counts one more project reporting the measures in `bits` (one bit per measure). */
  countProjects(bits: number): void {
    for (let measure = 0; measure < 3; measure++) {
      if ((bits & (1 << measure)) !== 0) this.reportingProjects[measure] = (this.reportingProjects[measure] as number) + 1
    }
  }

  values(): MeasureValues {
    return [this.sums[0]?.value() ?? null, this.sums[1]?.value() ?? null, this.sums[2]?.value() ?? null]
  }

  /** The exact savings in constant kroner, or null when nobody reported savings. */
  realSavings(prices: ConstantPrices): Fraction | null {
    if (this.sums[SAVINGS] === null) return null
    if (this.savingsByYear === null) throw new Error('savings per year were not kept')
    return deflateByYear(this.savingsByYear, prices)
  }

  coverage(): MeasureCoverage {
    const of = (measure: number) => ({ records: this.reportingRecords[measure] as number, projects: this.reportingProjects[measure] as number })
    return [of(0), of(1), of(2)]
  }

  bases(): MeasureBases {
    const of = (measure: number): Basis[] => BASES.filter((_, bit) => ((this.basisBits[measure] as number) & (1 << bit)) !== 0)
    return [of(0), of(1), of(2)]
  }
}

/** `values` with savings replaced (by a real value). */
export function withSavings(values: MeasureValues, savings: Amount | null): MeasureValues {
  return [values[0], savings, values[2]]
}
