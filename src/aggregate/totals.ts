// The programme totals: every record once, with how many records and projects reported each
// measure, how much of it rests on each basis, and what partner rows add up to.
import { BASES, type ConstantPrices, type Totals, type ValuesByBasis } from '../model.js'
import type { MeasureAmounts } from '../record-view.js'
import { type AccumulatorOptions, MeasureAccumulator, withSavings } from './accumulator.js'
import { roundFraction, roundParts } from './constant-kroner.js'

export class TotalsAccumulator {
  private records = 0
  private multiPartnerRecords = 0
  private projects = 0
  private readonly partners = new Set<number>()
  private firstYear: number | null = null
  private lastYear: number | null = null
  private readonly measures: MeasureAccumulator
  private readonly byBasis: [MeasureAccumulator, MeasureAccumulator, MeasureAccumulator]
  private basisBits = 0
  private readonly sumOverPartners: MeasureAccumulator

  constructor(options: AccumulatorOptions = {}) {
    this.measures = new MeasureAccumulator(options)
    this.byBasis = [new MeasureAccumulator(options), new MeasureAccumulator(options), new MeasureAccumulator(options)]
    this.sumOverPartners = new MeasureAccumulator(options)
  }

  /**
   * One selected record of `year` and `basis` (index in BASES): `partners` are the partner indexes
   * credited; `amounts` what the record adds to the totals; `partnerCredits` how many times partner
   * rows count those amounts (1 under split, one per partner under full). `newProject` and
   * `newlyReported` (measure bits) say what the record's project adds to the counts of projects.
   */
  add(year: number, basis: number, partners: readonly number[], amounts: MeasureAmounts, partnerCredits: number, newProject: boolean, newlyReported: number): void {
    this.records++
    if (partners.length > 1) this.multiPartnerRecords++
    if (newProject) this.projects++
    for (const partner of partners) this.partners.add(partner)
    if (this.firstYear === null || year < this.firstYear) this.firstYear = year
    if (this.lastYear === null || year > this.lastYear) this.lastYear = year
    this.measures.addAmounts(amounts, year, basis)
    this.measures.countProjects(newlyReported)
    ;(this.byBasis[basis] as MeasureAccumulator).addAmounts(amounts, year, basis)
    this.basisBits |= 1 << basis
    for (let credit = 0; credit < partnerCredits; credit++) this.sumOverPartners.addAmounts(amounts, year, basis)
  }

  result(prices: ConstantPrices | null = null): Totals {
    let measures = this.measures.values()
    let byBasis = this.byBasis.map((accumulator) => accumulator.values()) as ValuesByBasis
    let sumOverPartners = this.sumOverPartners.values()
    if (prices !== null) {
      // The basis parts are rounded so that they add up exactly to the rounded total.
      const total = this.measures.realSavings(prices)
      const parts = roundParts(this.byBasis.map((accumulator) => accumulator.realSavings(prices)))
      measures = withSavings(measures, total === null ? null : roundFraction(total))
      byBasis = byBasis.map((values, basis) => withSavings(values, parts[basis] ?? null)) as ValuesByBasis
      const credited = this.sumOverPartners.realSavings(prices)
      sumOverPartners = withSavings(sumOverPartners, credited === null ? null : roundFraction(credited))
    }
    return {
      records: this.records,
      projects: this.projects,
      partners: this.partners.size,
      firstYear: this.firstYear,
      lastYear: this.lastYear,
      measures,
      coverage: this.measures.coverage(),
      multiPartnerRecords: this.multiPartnerRecords,
      byBasis,
      bases: BASES.filter((_, bit) => (this.basisBits & (1 << bit)) !== 0),
      sumOverPartners,
    }
  }
}
