// The programme totals: every record once, with how many records and projects reported each measure.
import type { Amount } from '../amount.js'
import type { Coverage, ImpactRecord, Totals } from '../model.js'
import { MeasureAccumulator } from './accumulator.js'

export class TotalsAccumulator {
  private records = 0
  private multiPartnerRecords = 0
  private readonly projects = new Set<string>()
  private readonly partners = new Set<string>()
  private firstYear: number | null = null
  private lastYear: number | null = null
  private readonly measures = new MeasureAccumulator()
  private readonly reportingRecords = [0, 0, 0]
  private readonly reportingProjects = [new Set<string>(), new Set<string>(), new Set<string>()]

  add(record: ImpactRecord, partners: readonly string[], amounts: readonly (Amount | null)[]): void {
    this.records++
    if (partners.length > 1) this.multiPartnerRecords++
    this.projects.add(record.projectId)
    for (const partner of partners) this.partners.add(partner)
    if (this.firstYear === null || record.year < this.firstYear) this.firstYear = record.year
    if (this.lastYear === null || record.year > this.lastYear) this.lastYear = record.year
    this.measures.add(amounts)
    for (let measure = 0; measure < 3; measure++) {
      if (amounts[measure] === null) continue
      this.reportingRecords[measure] = (this.reportingRecords[measure] as number) + 1
      this.reportingProjects[measure]?.add(record.projectId)
    }
  }

  result(): Totals {
    const coverage = (measure: number): Coverage => ({
      records: this.reportingRecords[measure] as number,
      projects: this.reportingProjects[measure]?.size ?? 0,
    })
    return {
      records: this.records,
      projects: this.projects.size,
      partners: this.partners.size,
      firstYear: this.firstYear,
      lastYear: this.lastYear,
      measures: this.measures.values(),
      coverage: [coverage(0), coverage(1), coverage(2)],
      multiPartnerRecords: this.multiPartnerRecords,
    }
  }
}
