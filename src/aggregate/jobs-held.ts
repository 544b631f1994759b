// --jobs held: each record gives the jobs a project held that year (a stock), not the new jobs it
// created (a flow). Summed over years that is person-years, not jobs; so the figures are
//   last: each project's latest reported value, added up over projects (the jobs in place as last reported);
//   peak: the year whose jobs held, added up over projects, are highest (the first such year on a tie);
//   person-years: the sum over every record (the total the tables show).
// Worked example, one project reporting 4, 7, 7, 6, 7, 4 in 2014–2019: last 4, peak 7 (2015),
// person-years 35.
// Memory: per project its latest year (two bytes) and that year's sum; per year one sum.
import { type Amount, compareAmounts, ExactSum } from '../amount.js'
import type { JobsHeld } from '../model.js'
import { Uint16Column } from '../record/columns.js'
import { REALISED, sumAt } from './co2e-over-time.js'

/** The latest year's jobs of each project: what `last` adds up. */
class LatestByProject {
  private readonly years = new Uint16Column()
  private readonly sums: (ExactSum | undefined)[] = []

  add(project: number, year: number, jobs: Amount): void {
    const latest = this.years.at(project)
    if (year < latest) return
    let sum = this.sums[project]
    if (year > latest || sum === undefined) {
      this.years.set(project, year)
      this.sums[project] = sum = new ExactSum()
    }
    sum.add(jobs)
  }

  total(): Amount | null {
    let total: ExactSum | null = null
    for (const sum of this.sums) {
      if (sum === undefined) continue
      total ??= new ExactSum()
      total.add(sum.value())
    }
    return total?.value() ?? null
  }
}

export class JobsHeldAccumulator {
  private readonly latest = new LatestByProject()
  private readonly latestRealised = new LatestByProject()
  private readonly byYear = new Map<number, ExactSum>()

  /** A selected record's jobs (its credited share), `basis` its index in BASES. */
  add(project: number, year: number, basis: number, jobs: Amount | null): void {
    if (jobs === null) return
    this.latest.add(project, year, jobs)
    if (basis === REALISED) this.latestRealised.add(project, year, jobs)
    sumAt(this.byYear, year).add(jobs)
  }

  /** `personYears`: the jobs totals (all bases, realised only), which are the sums over records. */
  result(personYears: Amount | null, personYearsRealised: Amount | null): JobsHeld {
    let peak: { year: number; jobs: Amount } | null = null
    for (const year of [...this.byYear.keys()].sort((a, b) => a - b)) {
      const jobs = (this.byYear.get(year) as ExactSum).value()
      if (peak === null || compareAmounts(jobs, peak.jobs) > 0) peak = { year, jobs }
    }
    return {
      last: this.latest.total(),
      lastRealised: this.latestRealised.total(),
      peak,
      personYears,
      personYearsRealised,
    }
  }
}
