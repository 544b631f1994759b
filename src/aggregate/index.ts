// aggregate/: valid records → exact totals and groupings. Pure: no I/O, no
// strings for display, no knowledge of formats or languages. Records stream
// through add(); only groups and distinct keys are kept.
import { type Attribution, type ConstantPrices, type Dimension, type Filters, type ImpactRecord, type InputSummary, isByYear, type Location, type ProblemCounts, type Summary } from '../model.js'
import { creditRecord } from './credit.js'
import { RecordFilter } from './filters.js'
import { GroupBy } from './group-by.js'
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

export class Aggregator {
  readonly filter: RecordFilter
  private readonly totals: TotalsAccumulator
  private readonly groupings: GroupBy[]
  private readonly partnerRows: boolean
  private readonly prices: ConstantPrices | null
  private readonly missingPrices = new Map<number, Location>()

  constructor(private readonly options: AggregateOptions) {
    this.prices = options.prices ?? null
    const accumulatorOptions = { savingsByYear: this.prices !== null }
    this.filter = new RecordFilter(options.filters)
    this.totals = new TotalsAccumulator(accumulatorOptions)
    this.groupings = options.groupings.map((dimensions) => new GroupBy(dimensions, accumulatorOptions))
    this.partnerRows = this.groupings.some((grouping) => grouping.includesPartner)
  }

  add(record: ImpactRecord): void {
    const selected = this.filter.select(record)
    if (selected === null) return
    const credit = creditRecord(record, selected, this.options.attribution, this.partnerRows)
    if (this.prices !== null && credit.amounts[1] !== null && !this.prices.index.levels.has(record.year) && !this.missingPrices.has(record.year)) {
      this.missingPrices.set(record.year, { file: record.file, line: record.line })
    }
    const partnerCredits = this.options.attribution === 'full' ? credit.partners.length : 1
    this.totals.add(record, credit.partners, credit.amounts, partnerCredits)
    for (const grouping of this.groupings) {
      if (!grouping.includesPartner) {
        grouping.add(record, null, credit.amounts)
        continue
      }
      credit.partners.forEach((partner, position) => grouping.add(record, partner, credit.partnerAmounts[position] ?? record.measures))
    }
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
      groupings: this.groupings.map((grouping) => {
        const rows = grouping.rows(this.prices)
        if (isByYear(grouping.dimensions)) {
          const toDate = runningTotals(rows.map((row) => ({ year: row.keys[0] as number, measures: row.measures })))
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
