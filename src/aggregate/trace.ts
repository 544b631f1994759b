// trace: the records behind one figure. It selects and attributes exactly as the Aggregator
// does (same RecordFilter, the same attribution rules — creditRecord, held equal to summarize's
// ViewCredit by a property test — and the same exact sum), so the sum it reports is the figure
// summarize prints for the same options. Records stream through add(); none is kept.
import { ExactSum } from '../amount.js'
import {
  type Attribution,
  type Filters,
  type ImpactRecord,
  type InputSummary,
  MEASURES,
  type Measure,
  type ProblemCounts,
  type TraceSummary,
  type TracedRecord,
} from '../model.js'
import { creditRecord } from './credit.js'
import { RecordFilter } from './filters.js'

export interface TraceOptions {
  metric: Measure
  attribution: Attribution
  filters: Filters
}

export class Tracer {
  readonly filter: RecordFilter
  private readonly measure: number
  private records = 0
  private traced = 0
  private sum: ExactSum | null = null

  constructor(private readonly options: TraceOptions) {
    this.filter = new RecordFilter(options.filters)
    this.measure = MEASURES.indexOf(options.metric)
  }

  /** The record as it contributes to the figure, or null when it is not selected or did not report the metric. */
  add(record: ImpactRecord): TracedRecord | null {
    const selected = this.filter.select(record)
    if (selected === null) return null
    this.records++
    const amount = record.measures[this.measure] ?? null
    if (amount === null) return null
    const credit = creditRecord(record, selected, this.options.attribution, false)
    const attributed = credit.amounts[this.measure] ?? null
    if (attributed === null) throw new Error('a reported amount must have an attributed value')
    this.traced++
    this.sum ??= new ExactSum()
    this.sum.add(attributed)
    return {
      file: record.file,
      line: record.line,
      projectId: record.projectId,
      year: record.year,
      partners: record.partners,
      credited: credit.partners,
      basis: record.basis,
      amount,
      attributed,
    }
  }

  result(inputs: InputSummary[], problems: ProblemCounts): TraceSummary {
    return {
      inputs,
      metric: this.options.metric,
      attribution: this.options.attribution,
      filters: this.options.filters,
      records: this.records,
      traced: this.traced,
      sum: this.sum?.value() ?? null,
      problems,
    }
  }
}
