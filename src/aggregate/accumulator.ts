// Running sums for one group (or the whole programme). A measure nobody in the group
// reported stays null, so it renders as "–" and never as a misleading 0. Alongside the sums:
// who reported each measure (coverage), on which basis, and, under --real, the savings per
// calendar year, so that each year is deflated with its own index.
import { type Amount, ExactSum } from '../amount.js'
import { BASES, type Basis, type ConstantPrices, type ImpactRecord, type MeasureBases, type MeasureCoverage, type MeasureValues } from '../model.js'
import { deflateByYear, type Fraction } from './constant-kroner.js'

export type RecordFacts = Pick<ImpactRecord, 'projectId' | 'year' | 'basis'>

export interface AccumulatorOptions {
  /** Keep savings per calendar year (for --real); off, memory per group stays constant. */
  savingsByYear?: boolean
  /** Count who reported each measure (default); off for sums that only need the amounts. */
  coverage?: boolean
}

const SAVINGS = 1
const BASIS_BIT = Object.fromEntries(BASES.map((basis, bit) => [basis, 1 << bit])) as Record<Basis, number>

export class MeasureAccumulator {
  readonly sums: [ExactSum | null, ExactSum | null, ExactSum | null] = [null, null, null]
  readonly savingsByYear: Map<number, ExactSum> | null
  private readonly reportingRecords = [0, 0, 0]
  /** Project → one bit per measure it reported (one map lookup per record, not one per measure). */
  private readonly reportingProjects: Map<string, number> | null
  /** One bit per basis, in BASES order. */
  private readonly basisBits = [0, 0, 0]

  constructor(options: AccumulatorOptions = {}) {
    this.savingsByYear = options.savingsByYear === true ? new Map() : null
    this.reportingProjects = options.coverage === false ? null : new Map()
  }

  add(amounts: readonly (Amount | null)[], record: RecordFacts): void {
    const basisBit = BASIS_BIT[record.basis]
    let reported = 0
    for (let measure = 0; measure < 3; measure++) {
      const amount = amounts[measure]
      if (amount === null || amount === undefined) continue
      let sum = this.sums[measure] ?? null
      if (sum === null) {
        sum = new ExactSum()
        this.sums[measure] = sum
      }
      sum.add(amount)
      this.reportingRecords[measure] = (this.reportingRecords[measure] as number) + 1
      reported |= 1 << measure
      this.basisBits[measure] = (this.basisBits[measure] as number) | basisBit
      if (measure === SAVINGS && this.savingsByYear !== null) {
        let yearSum = this.savingsByYear.get(record.year)
        if (yearSum === undefined) {
          yearSum = new ExactSum()
          this.savingsByYear.set(record.year, yearSum)
        }
        yearSum.add(amount)
      }
    }
    if (reported !== 0 && this.reportingProjects !== null) {
      this.reportingProjects.set(record.projectId, (this.reportingProjects.get(record.projectId) ?? 0) | reported)
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
    const projects = [0, 0, 0]
    for (const bits of this.reportingProjects?.values() ?? []) {
      for (let measure = 0; measure < 3; measure++) if ((bits & (1 << measure)) !== 0) projects[measure] = (projects[measure] as number) + 1
    }
    const of = (measure: number) => ({ records: this.reportingRecords[measure] as number, projects: projects[measure] as number })
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
