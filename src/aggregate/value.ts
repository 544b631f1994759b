// --value: what the effects are worth the way the state appraises them (Ministry of Finance,
// circular R-109/21). Every product, power and quotient is an exact fraction of bigints; nothing is
// rounded here (renderers round to øre, rows by largest remainder).
//
//   carbon value(y) = in force(y, non_ets) × price(y, non_ets) + in force(y, ets) × price(y, ets)
//   price at level L = path price × CPI(L) / CPI(path row's price level)
//   (--before-path hold: a year before the path's first year takes that first row: its real price held)
//   savings(y)      = realised and estimated savings of y × CPI(L) / CPI(y)      (the --real rule)
//   PV at base B    = Σ value(y) × factor(B − y): compounded for past years, discounted for later ones
//
// Worked example (the golden case): 100 t/yr non-ETS in force in 2020 and 2021, prices 500
// and 600 (price level 2020), base 2021, flat 4 %: 50 000 × 1.04 + 60 000 = 112 000.00 exactly.
import { type Amount, normalizeAmount, powerOfTen } from '../amount.js'
import type {
  Co2eOverTime,
  DiscountSchedule,
  EmissionClass,
  PriceIndex,
  Ratio,
  ValueAppraisal,
  ValueSettings,
  ValueYear,
} from '../model.js'
import { addFractions, type Fraction, fractionOf, ZERO_FRACTION } from './constant-kroner.js'

/** A year the appraisal needs a price or an index level for and does not have. */
export class MissingValueInput extends Error {
  override name = 'MissingValueInput'
  constructor(
    readonly input: 'price' | 'index',
    readonly years: number[],
    readonly emissionClass: EmissionClass | null,
    /** What the index year was needed for: the savings, the costs, or a price's own price level. */
    readonly purpose: 'savings' | 'costs' | 'price-level' | null,
    /** Prices: the other class's missing years too, so that one run names them all. */
    readonly others: readonly { emissionClass: EmissionClass; years: number[] }[] = [],
  ) {
    super(`no ${input} for ${years.join(', ')}`)
  }
}

/** --costs with years after the last year of the data (or after --horizon): a projection nobody asked for. */
export class CostsAfterEnd extends Error {
  override name = 'CostsAfterEnd'
  constructor(
    readonly years: number[],
    readonly lastYear: number,
    readonly horizon: number | null,
  ) {
    super(`costs after ${horizon ?? lastYear}: ${years.join(', ')}`)
  }
}

/** --horizon at or before the last year of the data: nothing to project. */
export class HorizonTooEarly extends Error {
  override name = 'HorizonTooEarly'
  constructor(
    readonly horizon: number,
    readonly lastYear: number,
  ) {
    super(`horizon ${horizon} is not after ${lastYear}`)
  }
}

const absolute = (value: bigint): bigint => (value < 0n ? -value : value)

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [absolute(a), absolute(b)]
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

export function ratio(numerator: bigint, denominator: bigint): Ratio {
  if (denominator === 0n) throw new RangeError('division by zero')
  const sign = denominator < 0n ? -1n : 1n
  const divisor = gcd(numerator, denominator) || 1n
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor }
}

export const multiply = (a: Ratio, b: Ratio): Ratio => ratio(a.numerator * b.numerator, a.denominator * b.denominator)

export const divide = (a: Ratio, b: Ratio): Ratio | null =>
  b.numerator === 0n ? null : ratio(a.numerator * b.denominator, a.denominator * b.numerator)

export const add = (a: Ratio, b: Ratio): Ratio => addFractions(a, b)

/** R-109/21's real rate for the k-th year from the base year (k ≥ 1): 4 % up to 40, 3 % up to 75, 2 % after. */
export function r109Percent(k: number): Amount {
  return { units: k <= 40 ? 4n : k <= 75 ? 3n : 2n, scale: 0 }
}

/** The product of (1 + r_k) for k = 1..n: what a krone grows to in n years. */
export function growth(n: number, discount: DiscountSchedule): Ratio {
  let result: Ratio = { numerator: 1n, denominator: 1n }
  for (let k = 1; k <= n; k++) {
    const percent = discount.kind === 'flat' ? discount.percent : r109Percent(k)
    // 1 + p/100 = (100·10^s + units) / (100·10^s)
    const scale = powerOfTen(percent.scale)
    result = multiply(result, ratio(100n * scale + percent.units, 100n * scale))
  }
  return result
}

/** What one krone of `year` is worth at `base`: grown for the years before it, discounted after. */
export function baseYearFactor(year: number, base: number, discount: DiscountSchedule): Ratio {
  if (year <= base) return growth(base - year, discount)
  const grown = growth(year - base, discount)
  return ratio(grown.denominator, grown.numerator)
}

/** CPI(to) / CPI(from) as a ratio; null when the index lacks a year. */
function indexRatio(index: PriceIndex | null, from: number, to: number): Ratio | null {
  if (from === to) return { numerator: 1n, denominator: 1n }
  const target = index?.levels.get(to)
  const source = index?.levels.get(from)
  if (target === undefined || source === undefined) return null
  return divide(fractionOf(target), fractionOf(source))
}

export interface ValueInputs {
  co2e: Co2eOverTime
  /** Realised and estimated savings (nominal kroner) by year. */
  savingsByYear: ReadonlyMap<number, Amount>
  firstYear: number
  lastYear: number
}

/** The appraisal; a MissingValueInput when a needed price or index year is absent. */
export function appraiseValue(inputs: ValueInputs, settings: ValueSettings): ValueAppraisal {
  const { co2e, savingsByYear, lastYear } = inputs
  const level = settings.priceLevel
  const baseYear = settings.baseYear ?? lastYear
  if (settings.horizon !== null && settings.horizon <= lastYear) throw new HorizonTooEarly(settings.horizon, lastYear)
  const costs = settings.costs
  let first = inputs.firstYear
  const last = Math.max(lastYear, settings.horizon ?? lastYear)
  // Costs after the end are future flows: valued only under --horizon, as a projection, never unasked.
  const costsAfter: number[] = []
  if (costs !== null)
    for (const year of costs.byYear.keys()) {
      first = Math.min(first, year)
      if (year > last) costsAfter.push(year)
    }
  if (costsAfter.length > 0)
    throw new CostsAfterEnd(
      costsAfter.sort((a, b) => a - b),
      lastYear,
      settings.horizon,
    )
  const inForceByYear = new Map(co2e.years.map(each => [each.year, each]))
  const lastInForce = co2e.years.find(each => each.year === lastYear) ?? null

  const missingPrices = new Map<EmissionClass, number[]>()
  const missingIndex: { year: number; purpose: 'savings' | 'costs' | 'price-level' }[] = []
  const firstPathYear = (emissionClass: EmissionClass): number | null => {
    let first: number | null = null
    for (const price of settings.path.prices.values())
      if (price.emissionClass === emissionClass && (first === null || price.year < first)) first = price.year
    return first
  }
  const firstYears = new Map<EmissionClass, number | null>([
    ['non_ets', firstPathYear('non_ets')],
    ['ets', firstPathYear('ets')],
  ])
  /** The path year whose price a year takes: itself, or under --before-path hold the class's first path year. */
  const priceYear = (emissionClass: EmissionClass, year: number): number => {
    const first = firstYears.get(emissionClass) ?? null
    return settings.beforePath === 'hold' && first !== null && year < first ? first : year
  }
  // A held price is the first year's row converted to the price level like any other: the same real price.
  const priceAt = (emissionClass: EmissionClass, year: number): Ratio | null => {
    const price = settings.path.prices.get(`${emissionClass}:${priceYear(emissionClass, year)}`)
    if (price === undefined) {
      missingPrices.set(emissionClass, [...(missingPrices.get(emissionClass) ?? []), year])
      return null
    }
    const conversion = indexRatio(settings.index, price.priceLevel, level)
    if (conversion === null) {
      missingIndex.push({ year: settings.index?.levels.has(level) ? price.priceLevel : level, purpose: 'price-level' })
      return null
    }
    return multiply(fractionOf(price.nokPerTonne), conversion)
  }
  const constant = (amount: Amount, year: number, purpose: 'savings' | 'costs'): Ratio | null => {
    const conversion = indexRatio(settings.index, year, level)
    if (conversion === null) {
      missingIndex.push({ year: settings.index?.levels.has(level) ? year : level, purpose })
      return null
    }
    return multiply(fractionOf(amount), conversion)
  }

  const zero: Amount = { units: 0n, scale: 0 }
  const years: ValueYear[] = []
  for (let year = first; year <= last; year++) {
    const projection = year > lastYear
    const held = projection ? lastInForce : (inForceByYear.get(year) ?? null)
    const inForce = held?.inForce ?? zero
    const inForceEts = normalizeAmount(held?.inForceEts ?? zero)
    const inForceNonEts = normalizeAmount({
      units:
        inForce.units * powerOfTen(Math.max(inForce.scale, inForceEts.scale) - inForce.scale) -
        inForceEts.units * powerOfTen(Math.max(inForce.scale, inForceEts.scale) - inForceEts.scale),
      scale: Math.max(inForce.scale, inForceEts.scale),
    })
    const priceNonEts = inForceNonEts.units === 0n ? null : priceAt('non_ets', year)
    const priceEts = inForceEts.units === 0n ? null : priceAt('ets', year)
    let carbonValue: Ratio = ZERO_FRACTION
    if (priceNonEts !== null) carbonValue = add(carbonValue, multiply(fractionOf(inForceNonEts), priceNonEts))
    if (priceEts !== null) carbonValue = add(carbonValue, multiply(fractionOf(inForceEts), priceEts))
    const nominalSavings = projection ? undefined : savingsByYear.get(year)
    const savings = projection ? null : nominalSavings === undefined ? null : constant(nominalSavings, year, 'savings')
    const nominalCost = costs?.byYear.get(year)
    const cost = nominalCost === undefined ? null : constant(nominalCost, year, 'costs')
    years.push({
      year,
      projection,
      inForceNonEts,
      inForceEts,
      priceNonEts,
      priceEts,
      priceYearNonEts: priceNonEts === null ? null : priceYear('non_ets', year),
      priceYearEts: priceEts === null ? null : priceYear('ets', year),
      carbonValue,
      savings,
      cost,
      factor: baseYearFactor(year, baseYear, settings.discount),
    })
  }
  const [firstMissing, ...otherMissing] = [...missingPrices]
  if (firstMissing !== undefined)
    throw new MissingValueInput(
      'price',
      firstMissing[1],
      firstMissing[0],
      null,
      otherMissing.map(([emissionClass, years]) => ({ emissionClass, years })),
    )
  if (missingIndex.length > 0) {
    // One purpose per message, so that each year named is one the message's reason is about.
    const purpose = (missingIndex[0] as { purpose: 'savings' }).purpose
    const years = [...new Set(missingIndex.filter(each => each.purpose === purpose).map(each => each.year))].sort(
      (a, b) => a - b,
    )
    throw new MissingValueInput('index', years, null, purpose)
  }

  const sum = (pick: (year: ValueYear) => Ratio | null, which: (year: ValueYear) => boolean, discounted: boolean) => {
    let total: Ratio = ZERO_FRACTION
    let any = false
    for (const year of years) {
      const value = which(year) ? pick(year) : null
      if (value === null) continue
      any = true
      total = add(total, discounted ? multiply(value, year.factor) : value)
    }
    return any ? total : null
  }
  const data = (year: ValueYear) => !year.projection
  const projected = (year: ValueYear) => year.projection
  const carbonValue = sum(year => year.carbonValue, data, false) ?? ZERO_FRACTION
  const savings = sum(year => year.savings, data, false) ?? ZERO_FRACTION
  const cost = costs === null ? null : (sum(year => year.cost, data, false) ?? ZERO_FRACTION)
  const pvCarbon = sum(year => year.carbonValue, data, true) ?? ZERO_FRACTION
  const pvSavings = sum(year => year.savings, data, true) ?? ZERO_FRACTION
  const pvCost = costs === null ? null : (sum(year => year.cost, data, true) ?? ZERO_FRACTION)
  const horizon = settings.horizon !== null
  const pvProjectionCarbon = horizon ? (sum(year => year.carbonValue, projected, true) ?? ZERO_FRACTION) : null
  const pvProjectionCost = horizon && costs !== null ? (sum(year => year.cost, projected, true) ?? ZERO_FRACTION) : null

  let ratios: ValueAppraisal['ratios'] = null
  if (pvCost !== null && cost !== null) {
    const allCost = add(pvCost, pvProjectionCost ?? ZERO_FRACTION)
    const benefit = add(add(pvCarbon, pvSavings), pvProjectionCarbon ?? ZERO_FRACTION)
    const perTonne = (tonnes: Amount | null): Ratio | null =>
      tonnes === null || tonnes.units <= 0n ? null : divide(cost, fractionOf(tonnes))
    ratios = {
      benefitCost: divide(benefit, allCost),
      savingsPerKrone: divide(pvSavings, allCost),
      nokPerTonneLower: perTonne(co2e.lower.tonnes),
      nokPerTonneUpper: perTonne(co2e.upper.tonnes),
    }
  }
  return {
    settings,
    baseYear,
    years,
    carbonValue,
    savings,
    cost,
    presentValue: {
      carbonValue: pvCarbon,
      savings: pvSavings,
      cost: pvCost,
      projectionCarbonValue: pvProjectionCarbon,
      projectionCost: pvProjectionCost,
    },
    ratios,
  }
}

export type { Fraction }
