// What one selected record adds: to the totals, and to each credited partner's row.
// creditRecord is attribution as defined, used by trace (Tracer) and for ImpactRecords; summarize's
// per-record path uses ViewCredit, the same rules over a RecordView without allocations.
// test/aggregate/view-credit.test.ts holds the two equal, so a traced figure equals the summarized one.
import { type Amount, SMALL_LIMIT, addAmounts } from '../amount.js'
import type { Attribution, ImpactRecord } from '../model.js'
import { MeasureAmounts, type RecordView } from '../record-view.js'
import { SPLIT_SCALES, splitAmount } from './attribution.js'

export interface Credit {
  /** The partners credited (all of the record's, unless --partner narrows them), sorted by name. */
  partners: string[]
  /** What the record adds to the totals and to groupings without partners. */
  amounts: readonly (Amount | null)[]
  /** Per credited partner (same order), what its partner row gets; empty unless asked for. */
  partnerAmounts: (readonly (Amount | null)[])[]
}

/**
 * Under split each measure is divided among the record's partners (attribution.ts) and the credited
 * partners' shares are counted; under full every credited partner gets the whole record, while the
 * totals still count it once.
 */
export function creditRecord(
  record: ImpactRecord,
  selected: readonly number[],
  attribution: Attribution,
  withPartnerAmounts: boolean,
): Credit {
  const partners = selected.map(position => record.partners[position] as string)
  const narrowed = selected.length < record.partners.length
  if (attribution === 'full' || record.partners.length === 1 || (!narrowed && !withPartnerAmounts)) {
    return {
      partners,
      amounts: record.measures,
      partnerAmounts: withPartnerAmounts ? partners.map(() => record.measures) : [],
    }
  }
  const shares = shareMeasures(record)
  const partnerAmounts = selected.map(position => shares[position] as (Amount | null)[])
  return {
    partners,
    amounts: narrowed ? sumShares(partnerAmounts) : record.measures,
    partnerAmounts: withPartnerAmounts ? partnerAmounts : [],
  }
}

/** shares[partner][measure]: each measure split equally among the record's partners. */
function shareMeasures(record: ImpactRecord): (Amount | null)[][] {
  const parties = record.partners.length
  const perMeasure = record.measures.map((amount, measure) =>
    amount === null ? null : splitAmount(amount, parties, SPLIT_SCALES[measure as 0 | 1 | 2]),
  )
  return record.partners.map((_, partner) =>
    perMeasure.map(split => (split === null ? null : (split[partner] as Amount))),
  )
}

function sumShares(shares: readonly (readonly (Amount | null)[])[]): (Amount | null)[] {
  return [0, 1, 2].map(measure => {
    let sum: Amount | null = null
    for (const share of shares) {
      const value = share[measure] ?? null
      if (value !== null) sum = sum === null ? value : addAmounts(sum, value)
    }
    return sum
  })
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]

/**
 * creditRecord for the per-record path, in reused scratch space and plain numbers: the same split
 * (largest remainder over equal weights: the first `remainder` partners by name get one unit more),
 * worked in doubles while the units stay below 2^52 and by splitAmount's bigints beyond.
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
    for (let measure = 0; measure < 3; measure++) {
      if ((view.amounts.present & (1 << measure)) !== 0) this.split(view.amounts, measure, parties)
    }
    if (!narrowed) {
      this.amounts = view.amounts
      return
    }
    const sum = this.narrowedSum
    sum.present = 0
    for (let measure = 0; measure < 3; measure++) {
      if ((view.amounts.present & (1 << measure)) === 0) continue
      let small = 0
      let big: bigint | null = null
      for (const position of positions) {
        const share = this.shares[position] as MeasureAmounts
        const shareBig = share.big[measure] ?? null
        const shareUnits = share.units[measure] as number
        // Shares from the bigint split may be large doubles: stay in doubles only while the sum is exact.
        if (shareBig === null && big === null && small + shareUnits < SMALL_LIMIT && small + shareUnits > -SMALL_LIMIT)
          small += shareUnits
        else big = (big ?? BigInt(small)) + (shareBig ?? BigInt(shareUnits))
      }
      sum.set(measure, big === null ? small : 0, big, (this.shares[0] as MeasureAmounts).scales[measure] as number)
    }
    this.amounts = sum
  }

  /** What the partner row of the `index`-th credited partner gets. */
  partnerAmounts(index: number): MeasureAmounts {
    return this.undivided ? this.view.amounts : (this.shares[this.positions[index] as number] as MeasureAmounts)
  }

  private split(amounts: MeasureAmounts, measure: number, parties: number): void {
    if (amounts.big[measure] === null) {
      let units = amounts.units[measure] as number
      let scale = amounts.scales[measure] as number
      while (scale > 0 && units % 10 === 0) {
        units /= 10
        scale--
      }
      const unitScale = Math.max(SPLIT_SCALES[measure as 0 | 1 | 2], scale)
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
    const split = splitAmount(amounts.amount(measure) as Amount, parties, SPLIT_SCALES[measure as 0 | 1 | 2])
    for (let party = 0; party < parties; party++)
      (this.shares[party] as MeasureAmounts).setAmount(measure, split[party] as Amount)
  }
}
