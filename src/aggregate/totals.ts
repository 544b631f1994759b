// The programme totals: every record once, with how many records and projects reported each
// measure, how much of it rests on each basis, and what partner rows add up to.
import { type Amount, addAmounts, ExactSum, normalizeAmount } from '../amount.js'
import {
  BASES,
  type ConstantPrices,
  MEASURE_COUNT,
  type MeasureValues,
  type Measure,
  perMeasure,
  type Totals,
  type ValuesByBasis,
} from '../model.js'
import type { MeasureAmounts } from '../record/view.js'
import { deflateByYear, type Fraction, roundFraction, roundParts } from './constant-kroner.js'
import { SumTable, type SumTableOptions, withSavings } from './sum-table.js'

export class TotalsAccumulator {
  private records = 0
  private multiPartnerRecords = 0
  private projects = 0
  /** Per partner index, whether a record credited it; and how many are. */
  private partnerSeen = new Uint8Array(256)
  private partners = 0
  private firstYear: number | null = null
  private lastYear: number | null = null
  // Each record is summed once, into the row of its basis: the totals are the three rows added up at the end.
  private readonly byBasis: SumTable
  private basisBits = 0
  private readonly reportingProjects = [0, 0, 0]
  private readonly precision: number[] = [0, 0, 0]
  /** Only under full attribution, where shared records count once per partner; under split it equals the totals. */
  private readonly sumOverPartners: SumTable | null

  constructor(options: SumTableOptions & { countsEachPartner?: boolean } = {}) {
    this.byBasis = new SumTable(options)
    for (const _ of BASES) this.byBasis.addRow()
    this.sumOverPartners = options.countsEachPartner === true ? new SumTable(options) : null
    this.sumOverPartners?.addRow()
  }

  /**
   * One selected record of `year` and `basis` (index in BASES): `partners` are the partner indexes
   * credited; `amounts` what the record adds to the totals; `partnerCredits` how many times partner
   * rows count those amounts (1 under split, one per partner under full). `newProject` and
   * `newlyReported` (measure bits) say what the record's project adds to the counts of projects.
   */
  add(
    year: number,
    basis: number,
    partners: readonly number[],
    amounts: MeasureAmounts,
    partnerCredits: number,
    newProject: boolean,
    newlyReported: number,
  ): void {
    this.records++
    if (partners.length > 1) this.multiPartnerRecords++
    if (newProject) this.projects++
    for (let index = 0; index < partners.length; index++) {
      const partner = partners[index] as number
      if (partner >= this.partnerSeen.length) {
        const grown = new Uint8Array(Math.max(partner + 1, this.partnerSeen.length * 2))
        grown.set(this.partnerSeen)
        this.partnerSeen = grown
      }
      if (this.partnerSeen[partner] === 0) {
        this.partnerSeen[partner] = 1
        this.partners++
      }
    }
    if (this.firstYear === null || year < this.firstYear) this.firstYear = year
    if (this.lastYear === null || year > this.lastYear) this.lastYear = year
    for (let measure = 0; measure < MEASURE_COUNT; measure++) {
      if ((newlyReported & (1 << measure)) !== 0)
        this.reportingProjects[measure] = (this.reportingProjects[measure] as number) + 1
      const scale = amounts.scales[measure as Measure]
      if ((amounts.present & (1 << measure)) !== 0 && scale > (this.precision[measure] as number))
        this.precision[measure] = scale
    }
    this.byBasis.add(basis, amounts, year, basis)
    this.basisBits |= 1 << basis
    if (this.sumOverPartners !== null)
      for (let credit = 0; credit < partnerCredits; credit++) this.sumOverPartners.add(0, amounts, year, basis)
    else if (partnerCredits !== 1) throw new Error('partner credits are counted under full attribution only')
  }

  /** The total savings in constant kroner: the per-year sums of all bases, deflated year by year. */
  private realSavings(prices: ConstantPrices): Fraction | null {
    if (BASES.every((_, basis) => this.byBasis.reporting(basis, 1) === 0)) return null
    const byYear = new Map<number, ExactSum>()
    for (let basis = 0; basis < BASES.length; basis++) {
      for (const [year, sum] of this.byBasis.savingsOfYears(basis)) {
        let merged = byYear.get(year)
        if (merged === undefined) {
          merged = new ExactSum()
          byYear.set(year, merged)
        }
        merged.add(sum.value())
      }
    }
    return deflateByYear(byYear, prices)
  }

  result(prices: ConstantPrices | null = null): Totals {
    let byBasis = BASES.map((_, basis) => this.byBasis.values(basis)) as ValuesByBasis
    let measures = [0, 1, 2].map(measure => sumOrNull(byBasis.map(values => values[measure] ?? null))) as MeasureValues
    let sumOverPartners = this.sumOverPartners?.values(0) ?? measures
    if (prices !== null) {
      // The basis parts are rounded so that they add up exactly to the rounded total.
      const total = this.realSavings(prices)
      const parts = roundParts(BASES.map((_, basis) => this.byBasis.realSavings(basis, prices)))
      measures = withSavings(measures, total === null ? null : roundFraction(total))
      byBasis = byBasis.map((values, basis) => withSavings(values, parts[basis] ?? null)) as ValuesByBasis
      const credited = this.sumOverPartners === null ? total : this.sumOverPartners.realSavings(0, prices)
      sumOverPartners = withSavings(sumOverPartners, credited === null ? null : roundFraction(credited))
    }
    const coverage = perMeasure(measure => ({
      records: BASES.reduce((sum, _, basis) => sum + this.byBasis.reporting(basis, measure), 0),
      projects: this.reportingProjects[measure] as number,
    }))
    return {
      records: this.records,
      projects: this.projects,
      partners: this.partners,
      firstYear: this.firstYear,
      lastYear: this.lastYear,
      measures,
      coverage,
      multiPartnerRecords: this.multiPartnerRecords,
      byBasis,
      bases: BASES.filter((_, bit) => (this.basisBits & (1 << bit)) !== 0),
      sumOverPartners,
      precision: perMeasure(measure => this.precision[measure] as number),
      // Filled in by the Aggregator, which keeps what they are computed from.
      co2e: {
        years: [],
        inForce: null,
        lower: { tonnes: null, assumptions: [] },
        upper: { tonnes: null, assumptions: [] },
        persist: false,
      },
      jobsHeld: null,
      members: null,
    }
  }
}

function sumOrNull(values: readonly (Amount | null)[]): Amount | null {
  let sum: Amount | null = null
  for (const value of values) if (value !== null) sum = sum === null ? value : addAmounts(sum, value)
  return sum === null ? null : normalizeAmount(sum)
}
