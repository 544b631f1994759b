// ViewCredit (plain numbers, reused scratch space) must credit exactly as the oracle creditRecord
// (test/oracles/credit.ts: Amounts and bigints) does: the same totals amounts and the same share for
// every credited partner.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeAmount } from '../../src/amount.js'
import { ViewCredit } from '../../src/aggregate/credit.js'
import type { Attribution, ImpactRecord, Measure, MeasureValues } from '../../src/model.js'
import { RecordKeys, RecordView } from '../../src/record/view.js'
import { creditRecord } from '../oracles/credit.js'

const amount = fc.option(
  fc.oneof(
    fc.record({ units: fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), scale: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ units: fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), scale: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ units: fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), scale: fc.integer({ min: 0, max: 6 }) }),
  ),
  { nil: null },
)

const normal = (values: readonly ({ units: bigint; scale: number } | null)[]): unknown =>
  values.map(value => (value === null ? null : normalizeAmount(value)))

describe('ViewCredit', () => {
  it('sums the shares of a narrowed split exactly when they pass 2^52 together (found by the property below)', () => {
    const keys = new RecordKeys()
    const view = new RecordView(keys)
    view.partners = keys.partnerSets.intern(['A', 'B', 'C', 'D'])
    view.amounts.present = 0
    view.amounts.setAmount(1, { units: -145089469452639n, scale: 0 })
    const credit = new ViewCredit('split', false)
    credit.compute(view, [0, 1, 2])
    // -14508946945263900 øre in four: 3627236736315975 each; three of them.
    expect(credit.amounts.amount(1)).toEqual({ units: -10881710208947925n, scale: 2 })
  })

  it('credits exactly as creditRecord does, split or full, narrowed or not', () => {
    fc.assert(
      fc.property(
        fc.tuple(amount, amount, amount),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.constantFrom<Attribution>('split', 'full'),
        fc.boolean(),
        (measures, parties, picks, attribution, withPartnerAmounts) => {
          const partners = ['A', 'B', 'C', 'D', 'E'].slice(0, parties)
          let selected = partners.map((_, position) => position).filter(position => picks[position])
          if (selected.length === 0) selected = [0]
          const record: ImpactRecord = {
            file: 'a.csv',
            line: 2,
            projectId: 'P',
            year: 2019,
            partners,
            category: null,
            projectName: null,
            basis: 'realised',
            measures: measures as MeasureValues,
          }
          const expected = creditRecord(record, selected, attribution, withPartnerAmounts)

          const keys = new RecordKeys()
          const view = new RecordView(keys)
          view.partners = keys.partnerSets.intern(partners)
          view.amounts.present = 0
          measures.forEach((value, measure) => {
            if (value !== null) view.amounts.setAmount(measure as Measure, value)
          })
          const credit = new ViewCredit(attribution, withPartnerAmounts)
          credit.compute(view, selected)
          expect(normal(credit.amounts.values())).toEqual(normal(expected.amounts))
          if (withPartnerAmounts) {
            for (const [index, shares] of expected.partnerAmounts.entries())
              expect(normal(credit.partnerAmounts(index).values())).toEqual(normal(shares))
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})
