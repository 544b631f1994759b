// trace: the records behind one figure. It selects and attributes exactly as the Aggregator does
// (the same RecordFilter, the same ViewCredit, the same exact sum), so the sum it reports is the
// figure summarize prints for the same options. Records stream through addView(); none is kept.
import { ExactSum } from '../amount.js'
import {
  type Attribution,
  BASES,
  type Basis,
  CO2E,
  type Filters,
  type ImpactRecord,
  type InputSummary,
  type Measure,
  EMISSION_CLASSES,
  type EmissionClass,
  measureNamed,
  type ProblemCounts,
  type TraceMetric,
  type TraceSummary,
  type TracedRecord,
} from '../model.js'
import { locationIn } from '../read/location.js'
import { inDisplayOrder } from '../record/norwegian-order.js'
import { RecordKeys, RecordView } from '../record/view.js'
import { boundsFed, POTENTIAL } from './co2e-over-time.js'
import { ViewCredit } from './credit.js'
import { RecordFilter } from './filters.js'

export interface TraceOptions {
  metric: TraceMetric
  attribution: Attribution
  /** Under carbon_value the filters carry no years: `inForceIn` selects the records instead. */
  filters: Filters
  /** carbon_value: the year whose cuts in force are listed (realised and estimated, from their year through co2e_end_year). */
  inForceIn?: number
}

export class Tracer {
  readonly filter: RecordFilter
  private readonly measure: Measure
  private readonly credit: ViewCredit
  private records = 0
  private traced = 0
  private sum: ExactSum | null = null
  private view: RecordView | undefined

  /** `keys`: the run's keys (run-keys.ts), which the views added share. */
  constructor(
    private readonly options: TraceOptions,
    private readonly keys: RecordKeys = new RecordKeys(),
  ) {
    this.filter = new RecordFilter(options.filters)
    this.measure = options.metric === 'carbon_value' ? CO2E : measureNamed(options.metric)
    this.credit = new ViewCredit(options.attribution, false)
  }

  /** addView for a record held as an ImpactRecord (the library edge, tests). */
  add(record: ImpactRecord): TracedRecord | null {
    this.view ??= new RecordView(this.keys)
    return this.addView(this.view.assign(record))
  }

  /** The record as it contributes to the figure, or null when it is not selected or did not report the metric. */
  addView(view: RecordView): TracedRecord | null {
    const selection = this.filter.selectView(view)
    if (selection === null) return null
    this.records++
    const amount = view.amounts.amount(this.measure)
    if (amount === null) return null
    const year = this.options.inForceIn
    if (
      year !== undefined &&
      (view.basis === POTENTIAL ||
        amount.units === 0n ||
        view.year > year ||
        (view.co2eEndYear !== 0 && view.co2eEndYear < year))
    )
      return null
    this.credit.compute(view, selection.positions)
    const attributed = this.credit.amounts.amount(this.measure)
    if (attributed === null) throw new Error('a reported amount must have an attributed value')
    this.traced++
    this.sum ??= new ExactSum()
    this.sum.add(attributed)
    const names = view.partners.names
    const credited = selection.positions.map(position => names[position] as string)
    return {
      ...locationIn(view, view.line),
      projectId: view.projectId,
      year: view.year,
      // Shown in Norwegian order; the set keeps code-point order, the order attribution breaks ties in.
      partners: inDisplayOrder(names),
      credited: inDisplayOrder(credited),
      basis: BASES[view.basis] as Basis,
      amount,
      attributed,
      bounds: this.measure === CO2E && year === undefined ? boundsFed(view.basis, attributed) : null,
      ...(year === undefined ? {} : { emissionClass: EMISSION_CLASSES[view.emissionClass] as EmissionClass }),
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
