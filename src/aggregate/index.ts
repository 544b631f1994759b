// aggregate/: valid records → exact totals and groupings. Pure: no I/O, no
// strings for display, no knowledge of formats or languages. Records stream
// through add(); only groups and distinct keys are kept.
import type { Amount } from '../amount.js'
import { addAmounts } from '../amount.js'
import type { Attribution, Dimension, Filters, ImpactRecord, InputSummary, ProblemCounts, Summary } from '../model.js'
import { SPLIT_SCALES, splitAmount } from './attribution.js'
import { RecordFilter } from './filters.js'
import { GroupBy } from './group-by.js'
import { TotalsAccumulator } from './totals.js'

export interface AggregateOptions {
  attribution: Attribution
  groupings: Dimension[][]
  filters: Filters
}

export class Aggregator {
  readonly filter: RecordFilter
  private readonly totals = new TotalsAccumulator()
  private readonly groupings: GroupBy[]
  private readonly needsShares: boolean

  constructor(private readonly options: AggregateOptions) {
    this.filter = new RecordFilter(options.filters)
    this.groupings = options.groupings.map((dimensions) => new GroupBy(dimensions))
    this.needsShares =
      options.attribution === 'split' && (this.filter.narrowsPartners || this.groupings.some((grouping) => grouping.includesPartner))
  }

  add(record: ImpactRecord): void {
    const selected = this.filter.select(record)
    if (selected === null) return
    const shares = this.needsShares ? shareMeasures(record) : null
    const partners = selected.map((position) => record.partners[position] as string)
    const amounts =
      shares !== null && selected.length < record.partners.length
        ? sumShares(shares, selected)
        : record.measures
    this.totals.add(record, partners, amounts)
    for (const grouping of this.groupings) {
      if (!grouping.includesPartner) {
        grouping.add(record, null, amounts)
        continue
      }
      for (const position of selected) {
        grouping.add(record, record.partners[position] as string, shares?.[position] ?? record.measures)
      }
    }
  }

  result(inputs: InputSummary[], problems: ProblemCounts): Summary {
    return {
      inputs,
      attribution: this.options.attribution,
      filters: this.options.filters,
      totals: this.totals.result(),
      groupings: this.groupings.map((grouping) => ({ dimensions: [...grouping.dimensions], rows: grouping.rows() })),
      problems,
    }
  }
}

/** shares[partner][measure]: each measure split equally among the record's partners. */
function shareMeasures(record: ImpactRecord): (Amount | null)[][] {
  const parties = record.partners.length
  const perMeasure = record.measures.map((amount, measure) =>
    amount === null ? null : splitAmount(amount, parties, SPLIT_SCALES[measure as 0 | 1 | 2]),
  )
  return record.partners.map((_, partner) => perMeasure.map((split) => (split === null ? null : (split[partner] as Amount))))
}

function sumShares(shares: (Amount | null)[][], selected: readonly number[]): (Amount | null)[] {
  return [0, 1, 2].map((measure) => {
    let sum: Amount | null = null
    for (const position of selected) {
      const share = shares[position]?.[measure] ?? null
      if (share !== null) sum = sum === null ? share : addAmounts(sum, share)
    }
    return sum
  })
}
