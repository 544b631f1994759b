// Checks that span records: the same project, year and partners twice, and a CO2e rate (tonnes per
// year, entered once) reported by one project in several years. Memory grows with distinct projects
// and keys, never with the records themselves, and compactly: the keys live in the project ledger
// (keys/ledger.ts, 8 bytes an entry, 12 in its wide layout), the first CO2e of each project in two typed columns.
import { Int32Column, Uint16Column } from '../keys/columns.js'
import { Ledger, NO_ENTRY } from '../keys/ledger.js'
import type { Locations } from '../keys/locations.js'
import type { Messages } from '../messages.js'
import type { ImpactRecord, Problem } from '../model.js'
import { NO_CATEGORY, RecordKeys, RecordView } from '../record-view.js'
import { formatLocation } from './problem.js'

export interface CrossRecordOptions {
  allowDuplicates: boolean
  /** A repeated CO2e rate is an error rather than a warning. */
  strict: boolean
}

/** What the checks share with the rest of a run: its keys, its ledger (with duplicates on) and locations. */
export interface SharedKeys {
  keys: RecordKeys
  ledger: Ledger | null
  locations: Locations
}

const CO2E = 2
const NO_PROBLEMS: readonly Problem[] = Object.freeze([])

/**
 * The most years a data set spans. Tables and charts have a row or a bar for every year in between,
 * so records in years 1000 and 9999 (a typo) would make a report of megabytes; past this, the record
 * that widens the span is an error naming the year at the other end.
 */
export const MAX_YEAR_SPAN = 200

export class CrossRecordChecks {
  private readonly shared: SharedKeys
  /** Per project: the year of its first non-zero CO2e (0: none yet) and where it was. */
  private readonly co2eYears = new Uint16Column()
  /** Packed locations below 2^31 (two billion lines read), the rest in a Map. */
  private readonly co2eAt = new Int32Column()
  private readonly co2eFarAt = new Map<number, number>()
  private view: RecordView | undefined
  /** The earliest and latest years accepted so far, and where each was (packed locations). */
  private firstYear = 0
  private lastYear = 0
  private firstYearAt = 0
  private lastYearAt = 0

  constructor(
    private readonly options: CrossRecordOptions,
    private readonly messages: Messages,
    shared?: SharedKeys,
  ) {
    const keys = shared?.keys ?? new RecordKeys()
    this.shared = shared ?? {
      keys,
      ledger: options.allowDuplicates ? null : new Ledger({ duplicates: true, categories: false, bases: false }),
      locations: keys.locations,
    }
    if (!options.allowDuplicates && this.shared.ledger?.options.duplicates !== true)
      throw new Error('duplicate detection needs a ledger of duplicates')
  }

  /** For callers holding ImpactRecords (tests, the library): the same checks. */
  check(record: ImpactRecord): Problem[] {
    this.view ??= new RecordView(this.shared.keys)
    const view = this.view
    view.file = record.file
    view.line = record.line
    view.project = this.shared.keys.projects.intern(record.projectId)
    view.entry = -1
    view.year = record.year
    view.partners = this.shared.keys.partnerSets.intern(record.partners)
    view.amounts.present = 0
    record.measures.forEach((amount, measure) => {
      if (amount !== null) view.amounts.setAmount(measure, amount)
    })
    return [...this.checkView(view)]
  }

  /** The problems of `view` (most often none); with duplicate detection on, sets view.entry when the record is not one. */
  checkView(view: RecordView): readonly Problem[] {
    let problems: Problem[] | null = null
    const { ledger, locations } = this.shared
    const here = locations.pack(view.file, view.line)
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
    if (ledger !== null && !this.options.allowDuplicates) {
      const earlier = ledger.findDuplicate(view.project, view.year, view.partners.id)
      if (earlier === NO_ENTRY)
        view.entry = ledger.add(
          view.project,
          view.year,
          view.partners.id,
          ledger.options.categories ? view.category : NO_CATEGORY,
          view.basis,
          here,
        )
      else {
        const at = formatLocation(locations.unpack(ledger.location(earlier)))
        problems = [this.problem(view, 'error', this.messages.problems.duplicate(at))]
      }
    }
    const amounts = view.amounts
    if (
      (amounts.present & (1 << CO2E)) !== 0 &&
      (amounts.big[CO2E] === null ? amounts.units[CO2E] !== 0 : amounts.big[CO2E] !== 0n)
    ) {
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

  private problem(view: RecordView, severity: Problem['severity'], message: string): Problem {
    return { file: view.file, line: view.line, severity, message }
  }
}
