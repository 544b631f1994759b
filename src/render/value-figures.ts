// The appraisal (aggregate/value.ts) as the figures every format shows: exact fractions rounded here
// and only here, to øre; the rows of each stream by largest remainder, so that they add up exactly to
// its rounded total. Ratios keep four decimals, discount factors ten.
import type { Amount } from '../amount.js'
import { roundFraction, roundParts } from '../aggregate/constant-kroner.js'
import type { Ratio, TracedCarbonValue, ValueAppraisal } from '../model.js'

export interface ValueYearFigures {
  year: number
  projection: boolean
  inForceNonEts: Amount
  inForceEts: Amount
  priceNonEts: Amount | null
  priceEts: Amount | null
  priceYearNonEts: number | null
  priceYearEts: number | null
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
      priceYearNonEts: year.priceYearNonEts,
      priceYearEts: year.priceYearEts,
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

/** A year outside the data: trace has no row of the appraisal to show. */
export class YearOutsideValue extends Error {
  override name = 'YearOutsideValue'
  constructor(
    readonly year: number,
    readonly first: number | null,
    readonly last: number | null,
  ) {
    super(`no value row for ${year}`)
  }
}

/** trace --metric carbon_value: the year's row, rounded exactly as summarize --value rounds it. */
export function tracedCarbonValue(appraisal: ValueAppraisal | null, year: number): TracedCarbonValue {
  const figures = appraisal === null ? null : valueFigures(appraisal)
  const row = figures?.years.find(each => each.year === year && !each.projection)
  if (appraisal === null || figures === null || row === undefined) {
    const years = figures?.years.filter(each => !each.projection) ?? []
    throw new YearOutsideValue(year, years[0]?.year ?? null, years[years.length - 1]?.year ?? null)
  }
  return {
    year,
    priceLevel: figures.priceLevel,
    path: appraisal.settings.path.source,
    inForceNonEts: row.inForceNonEts,
    inForceEts: row.inForceEts,
    priceNonEts: row.priceNonEts,
    priceEts: row.priceEts,
    priceYearNonEts: row.priceYearNonEts,
    priceYearEts: row.priceYearEts,
    beforePath: appraisal.settings.beforePath,
    value: row.carbonValue,
  }
}

/** Years valued at a held price (--before-path hold), per class: the runs of years and the path year held. */
export interface HeldPrices {
  emissionClass: 'non_ets' | 'ets'
  years: number[]
  from: number
  /** The held price at the price level, rounded to øre. */
  price: Amount
}

export function heldPrices(figures: ValueFigures): HeldPrices[] {
  const held: HeldPrices[] = []
  for (const emissionClass of ['non_ets', 'ets'] as const)
    for (const year of figures.years) {
      const from = emissionClass === 'non_ets' ? year.priceYearNonEts : year.priceYearEts
      const price = emissionClass === 'non_ets' ? year.priceNonEts : year.priceEts
      if (from === null || price === null || from === year.year) continue
      const entry = held.find(each => each.emissionClass === emissionClass && each.from === from)
      if (entry === undefined) held.push({ emissionClass, years: [year.year], from, price })
      else entry.years.push(year.year)
    }
  return held
}
