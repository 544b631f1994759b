// Attribution as defined, over ImpactRecords and bigint Amounts: the reference that the per-record
// path (src/aggregate/credit.ts, ViewCredit) is checked against in test/aggregate/view-credit.test.ts.
// It was the product's second implementation until trace moved onto RecordViews; it is kept here,
// written for clarity rather than speed, so that the fast path has something plain to be equal to.
import { type Amount, addAmounts } from '../../src/amount.js'
import { SPLIT_SCALES, splitAmount } from '../../src/aggregate/attribution.js'
import type { Attribution, ImpactRecord, Measure } from '../../src/model.js'

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
    amount === null ? null : splitAmount(amount, parties, SPLIT_SCALES[measure as Measure]),
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
