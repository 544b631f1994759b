// The appraisal (aggregate/value.ts) as the figures every format shows: exact fractions rounded here
// and only here, to øre; the rows of each stream by largest remainder, so that they add up exactly to
// its rounded total. Ratios keep four decimals, discount factors ten.
import type { Amount } from '../amount.js'
import { roundFraction, roundParts } from '../aggregate/constant-kroner.js'
import type { Ratio, ValueAppraisal } from '../model.js'

export interface ValueYearFigures {
  year: number
  projection: boolean
  inForceNonEts: Amount
  inForceEts: Amount
  priceNonEts: Amount | null
  priceEts: Amount | null
  carbonValue: Amount
  savings: Amount | null
  cost: Amount | null
  factor: Amount
  /** The factor to four decimals, for tables. */
  factorShown: Amount
}

export interface ValueFigures {
  priceLevel: number
  baseYear: number
  years: ValueYearFigures[]
  carbonValue: Amount
  savings: Amount
  cost: Amount | null
  presentValue: {
    carbonValue: Amount
    savings: Amount
    cost: Amount | null
    projectionCarbonValue: Amount | null
    projectionCost: Amount | null
  }
  ratios: {
    benefitCost: Amount | null
    savingsPerKrone: Amount | null
    nokPerTonneLower: Amount | null
    nokPerTonneUpper: Amount | null
  } | null
}

const RATIO_SCALE = 4
const FACTOR_SCALE = 10
const orNull = (value: Ratio | null, scale = 2): Amount | null => (value === null ? null : roundFraction(value, scale))

/** Rounds the parts of one stream over the years of the data (largest remainder); projection years alone. */
function roundStream(appraisal: ValueAppraisal, pick: (index: number) => Ratio | null): (Amount | null)[] {
  const data = appraisal.years.map((year, index) => (year.projection ? null : pick(index)))
  const rounded = roundParts(data)
  return appraisal.years.map((year, index) => (year.projection ? orNull(pick(index)) : (rounded[index] ?? null)))
}

export function valueFigures(appraisal: ValueAppraisal): ValueFigures {
  const years = appraisal.years
  const carbon = roundStream(appraisal, index => years[index]?.carbonValue ?? null)
  const savings = roundStream(appraisal, index => years[index]?.savings ?? null)
  const costs = roundStream(appraisal, index => years[index]?.cost ?? null)
  const pv = appraisal.presentValue
  const ratios = appraisal.ratios
  return {
    priceLevel: appraisal.settings.priceLevel,
    baseYear: appraisal.baseYear,
    years: years.map((year, index) => ({
      year: year.year,
      projection: year.projection,
      inForceNonEts: year.inForceNonEts,
      inForceEts: year.inForceEts,
      priceNonEts: orNull(year.priceNonEts),
      priceEts: orNull(year.priceEts),
      carbonValue: carbon[index] as Amount,
      savings: savings[index] ?? null,
      cost: costs[index] ?? null,
      factor: roundFraction(year.factor, FACTOR_SCALE),
      factorShown: roundFraction(year.factor, 4),
    })),
    carbonValue: roundFraction(appraisal.carbonValue),
    savings: roundFraction(appraisal.savings),
    cost: orNull(appraisal.cost),
    presentValue: {
      carbonValue: roundFraction(pv.carbonValue),
      savings: roundFraction(pv.savings),
      cost: orNull(pv.cost),
      projectionCarbonValue: orNull(pv.projectionCarbonValue),
      projectionCost: orNull(pv.projectionCost),
    },
    ratios:
      ratios === null
        ? null
        : {
            benefitCost: orNull(ratios.benefitCost, RATIO_SCALE),
            savingsPerKrone: orNull(ratios.savingsPerKrone, RATIO_SCALE),
            nokPerTonneLower: orNull(ratios.nokPerTonneLower),
            nokPerTonneUpper: orNull(ratios.nokPerTonneUpper),
          },
  }
}
