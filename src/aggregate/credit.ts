// What one selected record adds: to the totals, and to each credited partner's row. summarize
// (Aggregator) and trace (Tracer) both credit through ViewCredit, so a traced figure is the
// summarized one by construction. test/oracles/credit.ts is attribution as defined, over
// ImpactRecords and bigints; test/aggregate/view-credit.test.ts holds ViewCredit equal to it.
import { type Amount, SMALL_LIMIT } from '../amount.js'
import { type Attribution, MEASURE_LIST, type Measure } from '../model.js'
import { MeasureAmounts, type RecordView } from '../record/view.js'
import { SPLIT_SCALES, splitAmount } from './attribution.js'

const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]

/**
 * Under split each measure is divided among the record's partners (attribution.ts: largest
 * remainder over equal weights, the first `remainder` partners by name get one unit more) and the
 * credited partners' shares are counted; under full every credited partner gets the whole record,
 * while the totals still count it once. Worked in reused scratch space, in doubles while the units
 * stay below 2^52 and by splitAmount's bigints beyond.
 */
export class ViewCredit {
  /** What the record adds to the totals and to groupings without partners. */
  amounts!: MeasureAmounts
  private undivided = true
  private view!: RecordView
  private positions: readonly number[] = []
  private readonly shares: MeasureAmounts[] = []
  private readonly narrowedSum = new MeasureAmounts()

  constructor(
    private readonly attribution: Attribution,
    private readonly withPartnerAmounts: boolean,
  ) {}

  compute(view: RecordView, positions: readonly number[]): void {
    this.view = view
    this.positions = positions
    const parties = view.partners.names.length
    const narrowed = positions.length < parties
    if (this.attribution === 'full' || parties === 1 || (!narrowed && !this.withPartnerAmounts)) {
      this.undivided = true
      this.amounts = view.amounts
      return
    }
    this.undivided = false
    while (this.shares.length < parties) this.shares.push(new MeasureAmounts())
    for (let party = 0; party < parties; party++) (this.shares[party] as MeasureAmounts).present = 0
    for (const measure of MEASURE_LIST) {
      if ((view.amounts.present & (1 << measure)) !== 0) this.split(view.amounts, measure, parties)
    }
    if (!narrowed) {
      this.amounts = view.amounts
      return
    }
    const sum = this.narrowedSum
    sum.present = 0
    for (const measure of MEASURE_LIST) {
      if ((view.amounts.present & (1 << measure)) === 0) continue
      let small = 0
      let big: bigint | null = null
      for (const position of positions) {
        const share = this.shares[position] as MeasureAmounts
        const shareBig = share.big[measure] ?? null
        const shareUnits = share.units[measure]
        // Shares from the bigint split may be large doubles: stay in doubles only while the sum is exact.
        if (shareBig === null && big === null && small + shareUnits < SMALL_LIMIT && small + shareUnits > -SMALL_LIMIT)
          small += shareUnits
        else big = (big ?? BigInt(small)) + (shareBig ?? BigInt(shareUnits))
      }
      sum.set(measure, big === null ? small : 0, big, (this.shares[0] as MeasureAmounts).scales[measure])
    }
    this.amounts = sum
  }

  /** What the partner row of the `index`-th credited partner gets. */
  partnerAmounts(index: number): MeasureAmounts {
    return this.undivided ? this.view.amounts : (this.shares[this.positions[index] as number] as MeasureAmounts)
  }

  private split(amounts: MeasureAmounts, measure: Measure, parties: number): void {
    if (amounts.big[measure] === null) {
      let units = amounts.units[measure]
      let scale = amounts.scales[measure]
      while (scale > 0 && units % 10 === 0) {
        units /= 10
        scale--
      }
      const unitScale = Math.max(SPLIT_SCALES[measure], scale)
      const scaled = units * (POWERS_OF_TEN[unitScale - scale] ?? Number.POSITIVE_INFINITY)
      if (scaled < SMALL_LIMIT && scaled > -SMALL_LIMIT) {
        const negative = scaled < 0
        const total = negative ? -scaled : scaled
        const remainder = total % parties
        const base = (total - remainder) / parties
        for (let party = 0; party < parties; party++) {
          const share = party < remainder ? base + 1 : base
          ;(this.shares[party] as MeasureAmounts).set(measure, negative ? -share : share, null, unitScale)
        }
        return
      }
    }
    const split = splitAmount(amounts.amount(measure) as Amount, parties, SPLIT_SCALES[measure])
    for (let party = 0; party < parties; party++)
      (this.shares[party] as MeasureAmounts).setAmount(measure, split[party] as Amount)
  }
}
