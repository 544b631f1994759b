// The programme totals: every record once, with how many records and projects reported each
// measure, how much of it rests on each basis, and what partner rows add up to.
import type { Amount } from '../amount.js'
import { BASES, type Basis, type ConstantPrices, type ImpactRecord, type Totals, type ValuesByBasis } from '../model.js'
import { MeasureAccumulator, withSavings } from './accumulator.js'
import { roundFraction, roundParts } from './constant-kroner.js'

export class TotalsAccumulator {
  private records = 0
  private multiPartnerRecords = 0
  private readonly projects = new Set<string>()
  private readonly partners = new Set<string>()
  private firstYear: number | null = null
  private lastYear: number | null = null
  private readonly measures: MeasureAccumulator
  private readonly byBasis: [MeasureAccumulator, MeasureAccumulator, MeasureAccumulator]
  private readonly bases = new Set<Basis>()
  private readonly sumOverPartners: MeasureAccumulator

  constructor(options: { savingsByYear?: boolean } = {}) {
    this.measures = new MeasureAccumulator(options)
    // Only amounts are needed of these: no coverage.
    const sumsOnly = { ...options, coverage: false }
    this.byBasis = [new MeasureAccumulator(sumsOnly), new MeasureAccumulator(sumsOnly), new MeasureAccumulator(sumsOnly)]
    this.sumOverPartners = new MeasureAccumulator(sumsOnly)
  }

  /**
   * `partners` are the partners credited; `amounts` what the record adds to the totals;
   * `partnerCredits` how many times partner rows count those amounts (1 under split, one per partner under full).
   */
  add(record: ImpactRecord, partners: readonly string[], amounts: readonly (Amount | null)[], partnerCredits = 1): void {
    this.records++
    if (partners.length > 1) this.multiPartnerRecords++
    this.projects.add(record.projectId)
    for (const partner of partners) this.partners.add(partner)
    if (this.firstYear === null || record.year < this.firstYear) this.firstYear = record.year
    if (this.lastYear === null || record.year > this.lastYear) this.lastYear = record.year
    this.measures.add(amounts, record)
    this.byBasis[BASES.indexOf(record.basis)]?.add(amounts, record)
    this.bases.add(record.basis)
    for (let credit = 0; credit < partnerCredits; credit++) this.sumOverPartners.add(amounts, record)
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
      projects: this.projects.size,
      partners: this.partners.size,
      firstYear: this.firstYear,
      lastYear: this.lastYear,
      measures,
      coverage: this.measures.coverage(),
      multiPartnerRecords: this.multiPartnerRecords,
      byBasis,
      bases: BASES.filter((basis) => this.bases.has(basis)),
      sumOverPartners,
    }
  }
}
