// aggregate/: valid records → exact totals and groupings. Pure: no I/O, no
// strings for display, no knowledge of formats or languages. Records stream
// through addView() as the pipeline's reused RecordView (add() takes an ImpactRecord,
// at the library edge); only groups and distinct keys are kept, the keys compactly (record/).
import {
  type Attribution,
  CO2E,
  type ConstantPrices,
  type Dimension,
  type Filters,
  type ImpactRecord,
  type InputSummary,
  isByYear,
  JOBS,
  type JobsMeaning,
  type Location,
  type MemberList,
  measureBit,
  type ProblemCounts,
  SAVINGS,
  type Summary,
  type ValueSettings,
} from '../model.js'
import type { Amount, ExactSum } from '../amount.js'
import { locationIn } from '../read/location.js'
import { NO_ENTRY } from '../record/ledger.js'
import { type AggregationKeys, runKeys } from '../record/run-keys.js'
import { NO_CATEGORY, type RecordKeys, RecordView } from '../record/view.js'
import { Co2eOverTimeAccumulator } from './co2e-over-time.js'
import { ViewCredit } from './credit.js'
import { RecordFilter } from './filters.js'
import { type Group, GroupBy } from './group-by.js'
import { JobsHeldAccumulator } from './jobs-held.js'
import { MembershipTally } from './membership.js'
import { Novelty, SEEN } from './novelty.js'
import { runningTotals } from './running-totals.js'
import { TotalsAccumulator } from './totals.js'
import { appraiseValue } from './value.js'
import { POTENTIAL, sumAt } from './co2e-over-time.js'

export interface AggregateOptions {
  attribution: Attribution
  groupings: Dimension[][]
  filters: Filters
  /** --real YEAR: savings in that year's kroner; null or absent: nominal kroner. */
  prices?: ConstantPrices | null
  /** --jobs: what the jobs column means; absent: new jobs created. */
  jobs?: JobsMeaning
  /** --persist: the lower bound of tonnes avoided keeps cuts in force through the period's end. */
  persist?: boolean
  /** --members: the programme's members; null or absent: none given. */
  members?: MemberList | null
  /** --value: the appraisal's price path, price level, discounting and costs; null or absent: no appraisal. */
  value?: ValueSettings | null
}

export interface MissingPriceYear {
  year: number
  /** The first record with savings in that year. */
  first: Location
}

const SAVINGS_BIT = measureBit(SAVINGS)

export class Aggregator {
  readonly filter: RecordFilter
  private readonly totals: TotalsAccumulator
  private readonly groupings: GroupBy[]
  private readonly prices: ConstantPrices | null
  private readonly missingPrices = new Map<number, Location>()
  private readonly keys: RecordKeys
  private readonly ledger: AggregationKeys['ledger']
  private readonly credit: ViewCredit
  private readonly novelty: Novelty
  private readonly co2e: Co2eOverTimeAccumulator
  private readonly jobsHeld: JobsHeldAccumulator | null
  private readonly membership: MembershipTally | null
  /**
   * Per grouping, the groups the current record adds to: one per credited partner for groupings by
   * partner (the first selection.partners.length entries), else one. Reused; never shortened.
   */
  private readonly groups: Group[][]
  private view: RecordView | undefined
  /** Under --value: realised and estimated savings (what each record adds to the totals) by year. */
  private readonly valueSavings: Map<number, ExactSum> | null

  /** `run`: the keys shared with validation and the duplicate check (run-keys.ts), when there are any. */
  constructor(
    private readonly options: AggregateOptions,
    run: AggregationKeys = runKeys({ duplicates: false, groupings: options.groupings }),
  ) {
    this.prices = options.prices ?? null
    const accumulatorOptions = { savingsByYear: this.prices !== null }
    this.filter = new RecordFilter(options.filters)
    this.totals = new TotalsAccumulator({ ...accumulatorOptions, countsEachPartner: options.attribution === 'full' })
    this.groupings = options.groupings.map(dimensions => new GroupBy(dimensions, accumulatorOptions))
    this.groups = this.groupings.map(() => [])
    this.keys = run.keys
    this.ledger = run.ledger
    this.credit = new ViewCredit(
      options.attribution,
      this.groupings.some(grouping => grouping.includesPartner),
    )
    this.novelty = new Novelty(this.ledger, this.groupings, this.filter, this.keys)
    this.co2e = new Co2eOverTimeAccumulator({ persist: options.persist === true })
    this.jobsHeld = options.jobs === 'held' ? new JobsHeldAccumulator() : null
    const members = options.members ?? null
    this.membership = members === null ? null : new MembershipTally(members, this.keys.partnerSets.partners)
    this.valueSavings = options.value == null ? null : new Map()
  }

  /** Adds a record held as an ImpactRecord (the library edge, tests): addView on it. */
  add(record: ImpactRecord): void {
    this.view ??= new RecordView(this.keys)
    this.addView(this.view.assign(record))
  }

  addView(view: RecordView): void {
    // Whether the project still reported, whatever the filters select (the lower bound's end).
    this.co2e.seen(view.project, view.year)
    const selection = this.filter.selectView(view)
    if (selection === null) return
    const ledger = this.ledger
    let entry = view.entry
    if (entry === NO_ENTRY) {
      if (ledger.options.duplicates) throw new Error('a record must pass the duplicate check before it is aggregated')
      const category = ledger.options.categories ? view.category : NO_CATEGORY
      entry = ledger.findSame(view.project, view.year, view.partners.id, category, view.basis)
      if (entry === NO_ENTRY) entry = ledger.add(view.project, view.year, view.partners.id, category, view.basis)
    }
    const credit = this.credit
    credit.compute(view, selection.positions)
    const amounts = credit.amounts
    if (
      this.prices !== null &&
      (amounts.present & SAVINGS_BIT) !== 0 &&
      !this.prices.index.levels.has(view.year) &&
      !this.missingPrices.has(view.year)
    ) {
      this.missingPrices.set(view.year, locationIn(view, view.line))
    }
    const groupings = this.groupings
    const groups = this.groups
    const credited = selection.partners
    for (let index = 0; index < groupings.length; index++) {
      const grouping = groupings[index] as GroupBy
      const each = groups[index] as Group[]
      if (grouping.includesPartner) {
        for (let position = 0; position < credited.length; position++)
          each[position] = grouping.group(view, credited[position] as number)
      } else each[0] = grouping.group(view, -1)
    }
    this.co2e.add(
      view.project,
      view.year,
      view.basis,
      amounts.amount(CO2E),
      view.co2eEndYear || null,
      view.emissionClass === 1,
    )
    this.jobsHeld?.add(view.project, view.year, view.basis, amounts.amount(JOBS))
    if (this.valueSavings !== null && view.basis !== POTENTIAL) {
      const savings = amounts.amount(SAVINGS)
      if (savings !== null) sumAt(this.valueSavings, view.year).add(savings)
    }
    const membership = this.membership
    if (membership !== null) for (const partner of credited) membership.credit(partner, view.year)
    const novelty = this.novelty
    novelty.scan(view, selection, groups)
    const bits = amounts.present
    const partnerCredits = this.options.attribution === 'full' ? credited.length : 1
    this.totals.add(
      view.year,
      view.basis,
      credited,
      amounts,
      partnerCredits,
      (novelty.totalsBefore & SEEN) === 0,
      bits & ~novelty.totalsBefore,
    )
    for (let index = 0; index < groupings.length; index++) {
      const grouping = groupings[index] as GroupBy
      const each = groups[index] as Group[]
      const before = novelty.before[index] as number[]
      const count = grouping.includesPartner ? credited.length : 1
      for (let position = 0; position < count; position++) {
        const group = each[position] as Group
        const state = before[position] as number
        group.records++
        if ((state & SEEN) === 0) group.projects++
        const newlyReported = bits & ~state
        if (newlyReported !== 0) grouping.sums.countProjects(group.row, newlyReported)
        grouping.sums.add(
          group.row,
          grouping.includesPartner ? credit.partnerAmounts(position) : amounts,
          view.year,
          view.basis,
        )
      }
    }
    novelty.update(view, entry, bits, selection, groups)
  }

  /** Years with savings that the price index lacks (under --real); result() cannot be computed while any remain. */
  missingPriceYears(): MissingPriceYear[] {
    return [...this.missingPrices].map(([year, first]) => ({ year, first })).sort((a, b) => a.year - b.year)
  }

  result(inputs: InputSummary[], problems: ProblemCounts): Summary {
    const totals = this.totals.result(this.prices)
    totals.co2e = this.co2e.result(totals.firstYear, totals.lastYear)
    totals.jobsHeld = this.jobsHeld?.result(totals.measures[JOBS], totals.byBasis[0][JOBS]) ?? null
    const membership = this.membership?.result(totals.firstYear, totals.lastYear) ?? null
    totals.members = membership?.members ?? null
    return {
      inputs,
      attribution: this.options.attribution,
      jobs: this.options.jobs ?? 'new',
      membership,
      filters: this.options.filters,
      totals,
      groupings: this.groupings.map(grouping => {
        const rows = grouping.rows(this.keys, this.prices)
        if (isByYear(grouping.dimensions)) {
          const toDate = runningTotals(
            rows.map(row => ({ year: row.keys[0] as number, measures: row.measures })),
            totals.co2e,
          )
          rows.forEach((row, position) => {
            row.toDate = toDate[position]
            const year = membership?.byYear.find(each => each.year === row.keys[0])
            if (year !== undefined) row.members = year.members
          })
        }
        return { dimensions: [...grouping.dimensions], rows }
      }),
      problems,
      prices: this.prices,
      value: this.appraise(totals),
    }
  }

  private appraise(totals: Summary['totals']): Summary['value'] {
    const settings = this.options.value ?? null
    if (settings === null || this.valueSavings === null || totals.firstYear === null || totals.lastYear === null)
      return null
    const savingsByYear = new Map<number, Amount>()
    for (const [year, sum] of this.valueSavings) savingsByYear.set(year, sum.value())
    return appraiseValue(
      { co2e: totals.co2e, savingsByYear, firstYear: totals.firstYear, lastYear: totals.lastYear },
      settings,
    )
  }
}
