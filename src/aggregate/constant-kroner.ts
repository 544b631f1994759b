// --real YEAR: savings in YEAR's kroner. The savings of year y become
//   savings(y) × CPI(YEAR) / CPI(y)
// computed as an exact fraction of bigints (no precision to choose, nothing lost),
// applied to each group's per-year sums, and rounded to øre once, at the end.
//
// Worked example, 2020 kroner with KPI 2016 = 103.6, 2019 = 110.8, 2020 = 112.2:
//   2016: 1 000 000 × 112.2 / 103.6 = 1 083 011.5830…  → floor 1 083 011.58, remainder 0.30 øre
//   2019:   500 000 × 112.2 / 110.8 =   506 317.6895…  → floor   506 317.68, remainder 0.95 øre
//   total                           = 1 589 329.2725…  → rounded 1 589 329.27
// The floors add up to 1 589 329.26, one øre short of the rounded total, so the one øre goes to the
// largest remainder (2019: 506 317.69); the two rows then add up exactly to the total, and each
// differs from its exact value by less than one øre. Allocating the rounded total this way keeps
// "rows add up exactly to the totals" true for real figures as it is for nominal ones.
import { type Amount, type ExactSum, normalizeAmount, powerOfTen } from '../amount.js'
import type { ConstantPrices } from '../model.js'

/** numerator / denominator, denominator > 0. */
export interface Fraction {
  readonly numerator: bigint
  readonly denominator: bigint
}

/** Real values are rounded to øre. */
export const REAL_SCALE = 2

const absolute = (value: bigint): bigint => (value < 0n ? -value : value)

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  let [x, y] = [absolute(a), absolute(b)]
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

function reduced(numerator: bigint, denominator: bigint): Fraction {
  const divisor = greatestCommonDivisor(numerator, denominator)
  return divisor <= 1n
    ? { numerator, denominator }
    : { numerator: numerator / divisor, denominator: denominator / divisor }
}

export const ZERO_FRACTION: Fraction = { numerator: 0n, denominator: 1n }

export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator) return reduced(a.numerator + b.numerator, a.denominator)
  return reduced(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
}

export function fractionOf(amount: Amount): Fraction {
  return reduced(amount.units, powerOfTen(amount.scale))
}

/** Rounds toward minus infinity, unlike bigint division. */
function floorDivide(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator
  return numerator % denominator !== 0n && numerator < 0n ? quotient - 1n : quotient
}

/** `amount` (in year `year`'s kroner) × CPI(prices.year) / CPI(year); the index must have both years. */
export function deflate(amount: Amount, year: number, prices: ConstantPrices): Fraction {
  const target = prices.index.levels.get(prices.year)
  const source = prices.index.levels.get(year)
  if (target === undefined || source === undefined)
    throw new RangeError(`no price index for ${target === undefined ? prices.year : year}`)
  // (units / 10^s) × (t / 10^a) / (u / 10^b) = units × t × 10^b / (10^s × 10^a × u)
  const numerator = amount.units * target.units * powerOfTen(source.scale)
  const denominator = powerOfTen(amount.scale) * powerOfTen(target.scale) * source.units
  return reduced(numerator, denominator)
}

/** The real value of nominal sums kept per calendar year. */
export function deflateByYear(byYear: ReadonlyMap<number, ExactSum>, prices: ConstantPrices): Fraction {
  let total = ZERO_FRACTION
  for (const [year, sum] of byYear) total = addFractions(total, deflate(sum.value(), year, prices))
  return total
}

/** Units of 10^-scale: the floor, and the remainder as a fraction of one unit (numerator / denominator). */
function splitAtScale(value: Fraction, scale: number): { floor: bigint; remainder: bigint } {
  const scaled = value.numerator * powerOfTen(scale)
  const floor = floorDivide(scaled, value.denominator)
  return { floor, remainder: scaled - floor * value.denominator }
}

/** To the nearest unit of 10^-scale, halves away from zero (1.005 → 1.01, -1.005 → -1.01). */
export function roundFraction(value: Fraction, scale = REAL_SCALE): Amount {
  const { floor, remainder } = splitAtScale(value, scale)
  const twice = 2n * remainder
  const up = twice > value.denominator || (twice === value.denominator && value.numerator > 0n)
  return normalizeAmount({ units: up ? floor + 1n : floor, scale })
}

/**
 * Rounds parts that add up to a whole so that the rounded parts add up exactly to the rounded whole:
 * floor every part, then give the øre still missing, one each, to the parts with the largest remainders
 * (ties to the earlier part). Each part ends up less than one øre from its exact value. Null parts stay null.
 */
export function roundParts(parts: readonly (Fraction | null)[], scale = REAL_SCALE): (Amount | null)[] {
  let whole = ZERO_FRACTION
  for (const part of parts) if (part !== null) whole = addFractions(whole, part)
  const target = roundFraction(whole, scale)
  const split = parts.map(part => (part === null ? null : { part, ...splitAtScale(part, scale) }))
  let missing = target.units * powerOfTen(scale - target.scale)
  for (const each of split) if (each !== null) missing -= each.floor
  const order = split
    .map((each, position) => ({ each, position }))
    .filter(
      (entry): entry is { each: NonNullable<(typeof split)[number]>; position: number } =>
        entry.each !== null && entry.each.remainder !== 0n,
    )
    .sort((a, b) => {
      // a.remainder / a.denominator against b.remainder / b.denominator, larger first.
      const left = a.each.remainder * b.each.part.denominator
      const right = b.each.remainder * a.each.part.denominator
      return left === right ? a.position - b.position : left > right ? -1 : 1
    })
  // The floors fall short of the rounded whole by at most one øre per part with a remainder.
  if (missing < 0n || missing > BigInt(order.length))
    throw new RangeError('rounded parts cannot reach the rounded whole')
  const bumped = new Set(order.slice(0, Number(missing)).map(entry => entry.position))
  return split.map((each, position) =>
    each === null ? null : normalizeAmount({ units: bumped.has(position) ? each.floor + 1n : each.floor, scale }),
  )
}
