// aggregate/: valid records → exact totals and groupings. Pure: no I/O, no
// strings for display, no knowledge of formats or languages. Records stream
// through add() (an ImpactRecord) or addView() (the per-record path's RecordView);
// only groups and distinct keys are kept, the keys compactly (keys/).
import { Ledger, NO_ENTRY } from '../keys/ledger.js'
import {
  type Attribution,
  BASES,
  type ConstantPrices,
  type Dimension,
  type Filters,
  type ImpactRecord,
  type InputSummary,
  isByYear,
  type Location,
  type ProblemCounts,
  type Summary,
} from '../model.js'
import { NO_CATEGORY, RecordKeys, RecordView } from '../record-view.js'
import { ViewCredit } from './credit.js'
import { RecordFilter } from './filters.js'
import { type Group, GroupBy } from './group-by.js'
import { Novelty, SEEN } from './novelty.js'
import { runningTotals } from './running-totals.js'
import { TotalsAccumulator } from './totals.js'

export interface AggregateOptions {
  attribution: Attribution
  groupings: Dimension[][]
  filters: Filters
  /** --real YEAR: savings in that year's kroner; null or absent: nominal kroner. */
  prices?: ConstantPrices | null
}

export interface MissingPriceYear {
  year: number
  /** The first record with savings in that year. */
  first: Location
}

/** The keys and ledger of a run, when the Aggregator shares them with validation and the duplicate check. */
export interface AggregatorKeys {
  keys: RecordKeys
  ledger: Ledger
}

/** What a ledger must keep for these groupings (see keys/ledger.ts). */
export function ledgerNeeds(groupings: readonly (readonly Dimension[])[]): { categories: boolean; bases: boolean } {
  return {
    categories: groupings.some(dimensions => dimensions.includes('category')),
    bases: groupings.some(dimensions => dimensions.includes('basis')),
  }
}

const SAVINGS_BIT = 2

export class Aggregator {
  readonly filter: RecordFilter
  private readonly totals: TotalsAccumulator
  private readonly groupings: GroupBy[]
  private readonly prices: ConstantPrices | null
  private readonly missingPrices = new Map<number, Location>()
  private readonly keys: RecordKeys
  private readonly ledger: Ledger
  private readonly credit: ViewCredit
  private readonly novelty: Novelty
  /**
   * Per grouping, the groups the current record adds to: one per credited partner for groupings by
   * partner (the first selection.partners.length entries), else one. Reused; never shortened.
   */
  private readonly groups: Group[][]
  private view: RecordView | undefined

  constructor(
    private readonly options: AggregateOptions,
    shared?: AggregatorKeys,
  ) {
    this.prices = options.prices ?? null
    const accumulatorOptions = { savingsByYear: this.prices !== null }
    this.filter = new RecordFilter(options.filters)
    this.totals = new TotalsAccumulator({ ...accumulatorOptions, countsEachPartner: options.attribution === 'full' })
    this.groupings = options.groupings.map(dimensions => new GroupBy(dimensions, accumulatorOptions))
    this.groups = this.groupings.map(() => [])
    this.keys = shared?.keys ?? new RecordKeys()
    this.ledger = shared?.ledger ?? new Ledger({ duplicates: false, ...ledgerNeeds(options.groupings) })
    const needs = ledgerNeeds(options.groupings)
    if ((needs.categories && !this.ledger.options.categories) || (needs.bases && !this.ledger.options.bases)) {
      throw new Error('the ledger does not keep what these groupings need')
    }
    this.credit = new ViewCredit(
      options.attribution,
      this.groupings.some(grouping => grouping.includesPartner),
    )
    this.novelty = new Novelty(this.ledger, this.groupings, this.filter, this.keys)
  }

  /** Adds a record (for callers holding ImpactRecords: tests, the library); the same as addView. */
  add(record: ImpactRecord): void {
    if (!Number.isInteger(record.year) || record.year < 0 || record.year > 0xffff)
      throw new RangeError(`year ${record.year} is out of range`)
    this.view ??= new RecordView(this.keys)
    const view = this.view
    view.file = record.file
    view.line = record.line
    view.project = this.keys.projects.intern(record.projectId)
    view.entry = -1
    view.year = record.year
    view.partners = this.keys.partnerSets.intern(record.partners)
    view.category = record.category === null ? NO_CATEGORY : this.keys.categories.intern(record.category)
    view.fields = null
    view.projectNameText = record.projectName ?? ''
    view.basis = BASES.indexOf(record.basis)
    view.amounts.present = 0
    record.measures.forEach((amount, measure) => {
      if (amount !== null) view.amounts.setAmount(measure, amount)
    })
    this.addView(view)
  }

  addView(view: RecordView): void {
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
      this.missingPrices.set(view.year, { file: view.file, line: view.line })
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
    return {
      inputs,
      attribution: this.options.attribution,
      filters: this.options.filters,
      totals: this.totals.result(this.prices),
      groupings: this.groupings.map(grouping => {
        const rows = grouping.rows(this.keys, this.prices)
        if (isByYear(grouping.dimensions)) {
          const toDate = runningTotals(rows.map(row => ({ year: row.keys[0] as number, measures: row.measures })))
          rows.forEach((row, position) => {
            row.toDate = toDate[position]
          })
        }
        return { dimensions: [...grouping.dimensions], rows }
      }),
      problems,
      prices: this.prices,
    }
  }
}
