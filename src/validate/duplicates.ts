// Checks that span records: the same project, year and partners twice, and a CO2e rate (tonnes per
// year, entered once) reported by one project in several years. Memory grows with distinct projects
// and keys, never with the records themselves, and compactly: the keys live in the project ledger
// (record/ledger.ts, 8 bytes an entry, 12 in its wide layout), the first CO2e of each project in two typed columns.
import type { Messages } from '../messages/index.js'
import { CO2E, type ImpactRecord, JOBS, type Problem } from '../model.js'
import { formatLocation } from '../read/location.js'
import { Float64Column, Int32Column, Uint16Column } from '../record/columns.js'
import { compareByCodePoint } from '../record/code-point-order.js'
import { NO_ENTRY } from '../record/ledger.js'
import { ProjectYears, type SteadyJobs, steadyRun } from '../record/project-years.js'
import { type RunKeys, runKeys } from '../record/run-keys.js'
import { NO_CATEGORY, RecordView } from '../record/view.js'

export interface CrossRecordOptions {
  allowDuplicates: boolean
  /** Records of one project and year under different partner sets pass without a warning. */
  allowOverlap?: boolean
  /** A repeated CO2e rate, and an overlap, are errors rather than warnings. */
  strict: boolean
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([])

/**
 * The most years a data set spans. Tables and charts have a row or a bar for every year in between,
 * so records in years 1000 and 9999 (a typo) would make a report of megabytes; past this, the record
 * that widens the span is an error naming the year at the other end.
 */
export const MAX_YEAR_SPAN = 200

export class CrossRecordChecks {
  /** Per project: the year of its first non-zero CO2e (0: none yet) and where it was. */
  private readonly co2eYears = new Uint16Column()
  /** Packed locations below 2^31 (two billion lines read), the rest in a Map. */
  private readonly co2eAt = new Int32Column()
  private readonly co2eFarAt = new Map<number, number>()
  private view: RecordView | undefined
  /** Per ledger entry (project, year, partner set): the jobs its record reported, NaN: none (the held-jobs hint). */
  private readonly entryJobs = new Float64Column(Number.NaN)
  /** Under --allow-duplicates only: per (project, year), the first partner set and where it was, and the jobs. */
  private projectYears: ProjectYears | null = null
  /** The earliest and latest years accepted so far, and where each was (packed locations). */
  private firstYear = 0
  private lastYear = 0
  private firstYearAt = 0
  private lastYearAt = 0

  /** `shared`: the run's keys (run-keys.ts), made with duplicates on unless options.allowDuplicates. */
  constructor(
    private readonly options: CrossRecordOptions,
    private readonly messages: Messages,
    private readonly shared: RunKeys = runKeys({ duplicates: !options.allowDuplicates }),
  ) {}

  /** The same checks for a record held as an ImpactRecord (the library edge, tests). */
  check(record: ImpactRecord): Problem[] {
    this.view ??= new RecordView(this.shared.keys)
    return [...this.checkView(this.view.assign(record))]
  }

  /** The problems of `view` (most often none); with duplicate detection on, sets view.entry when the record is not one. */
  checkView(view: RecordView): readonly Problem[] {
    let problems: Problem[] | null = null
    const { keys, ledger } = this.shared
    const { locations } = keys
    const here = locations.pack(view.file, view.line, view.sheet)
    const year = view.year
    if (this.firstYear === 0) {
      this.firstYear = this.lastYear = year
      this.firstYearAt = this.lastYearAt = here
    } else if (year < this.firstYear || year > this.lastYear) {
      const other = year < this.firstYear ? this.lastYear : this.firstYear
      if (Math.abs(year - other) > MAX_YEAR_SPAN) {
        const at = formatLocation(locations.unpack(year < this.firstYear ? this.lastYearAt : this.firstYearAt))
        const problem = this.problem(view, 'error', this.messages.problems.yearSpan(year, other, at, MAX_YEAR_SPAN))
        problem.column = 'year'
        problem.value = String(year)
        return [problem]
      }
      if (year < this.firstYear) {
        this.firstYear = year
        this.firstYearAt = here
      } else {
        this.lastYear = year
        this.lastYearAt = here
      }
    }
    const jobs = jobsOf(view)
    if (ledger !== null && !this.options.allowDuplicates) {
      // The ledger holds one entry per project, year and partner set: a new entry whose project and year
      // are already there is an overlap, named at the first entry of that year.
      const earlier = ledger.findDuplicate(view.project, view.year, view.partners.id)
      if (earlier === NO_ENTRY) {
        const sameYear = this.options.allowOverlap === true ? NO_ENTRY : ledger.firstOfYear(view.project, view.year)
        view.entry = ledger.add(
          view.project,
          view.year,
          view.partners.id,
          ledger.options.categories ? view.category : NO_CATEGORY,
          view.basis,
          here,
        )
        if (!Number.isNaN(jobs)) this.entryJobs.set(view.entry, jobs)
        if (sameYear !== NO_ENTRY) problems = [this.overlap(view, ledger.location(sameYear))]
      } else {
        const at = formatLocation(locations.unpack(ledger.location(earlier)))
        problems = [this.problem(view, 'error', this.messages.problems.duplicate(at))]
      }
    } else {
      // --allow-duplicates: the ledger keeps no locations, so the first partner set of each project-year is kept here.
      if (this.projectYears === null) this.projectYears = new ProjectYears()
      const years = this.projectYears
      let slot = years.find(view.project, view.year)
      if (slot < 0) slot = years.add(view.project, view.year, view.partners.id, here)
      else if (years.partnerSet(slot) !== view.partners.id && this.options.allowOverlap !== true)
        problems = [this.overlap(view, years.location(slot))]
      if (!Number.isNaN(jobs)) years.addJobs(slot, jobs)
    }
    if (view.amounts.nonZero(CO2E)) {
      // Several rows of one year (say, one per partner) may share a cut; another year repeats it.
      const firstYear = this.co2eYears.at(view.project)
      if (firstYear === 0) {
        this.co2eYears.set(view.project, view.year)
        if (here < 0x80000000) this.co2eAt.set(view.project, here)
        else {
          this.co2eAt.set(view.project, -1)
          this.co2eFarAt.set(view.project, here)
        }
      } else if (firstYear !== view.year) {
        const near = this.co2eAt.get(view.project)
        const at = formatLocation(locations.unpack(near >= 0 ? near : (this.co2eFarAt.get(view.project) as number)))
        const problem = this.problem(
          view,
          this.options.strict ? 'error' : 'warning',
          this.messages.problems.co2eRepeated(view.projectId, at),
        )
        problem.column = 'co2e_tonnes'
        problems ??= []
        problems.push(problem)
      }
    }
    return problems ?? NO_PROBLEMS
  }

  /** Projects whose jobs read like jobs held: about the same in three or more consecutive years. */
  steadyJobs(): { projectId: string; first: number; last: number; values: number[] }[] {
    const { keys, ledger } = this.shared
    let runs: SteadyJobs[]
    if (this.projectYears !== null || ledger === null || this.options.allowDuplicates)
      runs = this.projectYears?.steadyJobs() ?? []
    else {
      runs = []
      const byYear = new Map<number, number>()
      for (let project = 0; project < keys.projects.size; project++) {
        byYear.clear()
        for (let entry = ledger.first(project); entry !== NO_ENTRY; entry = ledger.next(entry)) {
          const jobs = this.entryJobs.at(entry)
          if (Number.isNaN(jobs)) continue
          const year = ledger.year(entry)
          byYear.set(year, (byYear.get(year) ?? 0) + jobs)
        }
        const run = steadyRun(byYear)
        if (run !== null) runs.push({ project, ...run })
      }
    }
    return runs
      .map(run => ({ ...run, projectId: keys.projects.name(run.project) }))
      .sort((a, b) => compareByCodePoint(a.projectId, b.projectId))
  }

  private overlap(view: RecordView, earlier: number): Problem {
    const at = formatLocation(this.shared.keys.locations.unpack(earlier))
    const problem = this.problem(
      view,
      this.options.strict ? 'error' : 'warning',
      this.messages.problems.overlap(view.projectId, view.year, at),
    )
    problem.column = 'partner'
    return problem
  }

  private problem(view: RecordView, severity: Problem['severity'], message: string): Problem {
    return view.sheet === undefined
      ? { file: view.file, line: view.line, severity, message }
      : { file: view.file, sheet: view.sheet, line: view.line, severity, message }
  }
}

/** The record's jobs as a double (NaN when not reported): it only feeds a hint, so no exact amount is made. */
function jobsOf(view: RecordView): number {
  const amounts = view.amounts
  if ((amounts.present & (1 << JOBS)) === 0) return Number.NaN
  const big = amounts.big[JOBS]
  const units = big === null ? (amounts.units[JOBS] as number) : Number(big)
  return units / 10 ** (amounts.scales[JOBS] as number)
}
