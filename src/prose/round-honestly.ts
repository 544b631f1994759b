// The headline's rounding rule, as one pure function of an exact value.
//
// A headline says "nearly 3000", "over 35" or "334 million"; each word must be true of the exact
// figure, and the figure must be the roundest one that is still close. The rule:
//
//   For steps S = 10^k from the value's own order of magnitude downwards, take R, the multiple of S
//   nearest to |V| (a tie goes to the lower multiple, so that the headline says "over" rather than
//   "nearly" the higher one). Use the first R > 0 with |V − R| ≤ 1 % of R, and say
//     "R"          when |V| = R exactly,
//     "nearly R"   when R − 1 % ≤ |V| < R,
//     "over R"     when R < |V| ≤ R + 1 %.
//   A word of rounding is for round figures only: when that R is not a whole multiple of 10, the
//   value is said as it is ("12.75 new jobs", never "over 12.7"; "37.2", never "over 37").
//
// Worked examples (the table test in test/prose/round-honestly.test.ts has more):
//   2987.4      S = 1000: R = 3000, 12.6 below, within 30 (1 %)          → nearly 3000
//   3012        S = 1000: R = 3000, 12 above                              → over 3000
//   350         S = 100: R = 300 (a tie goes down), 50 is 16 % → S = 10: → 350 exactly
//   334 000 000 S = 10^8: 300 M is 11 % off; S = 10^7: 330 M is 1.2 % off; S = 10^6: → 334 M exactly
//   334 500 000 S = 10^6: 334 M and 335 M tie; the lower is taken        → over 334 M
//   2960        3000 is 1.3 % off, 2900 too; S = 10: → 2960 exactly
//   12.75       S = 10: 10 is 27 % off; S = 1: 13 is 2 % off; S = 0.1: 12.7, not round → 12.75 exactly
//
// It always stops: at three significant figures R is within half a step, at most 0.5 % of R, and
// at the value's own last digit it is exact. So a rounded headline figure has at most three
// significant figures, and "nearly"/"over" never stretch a value by more than 1 %.
// Counts (partners, projects, records) are not rounded: a headline states them exactly, so
// "over 35 partners" is never said of 36 partners (it says "36 partners").
import { type Amount, normalizeAmount, powerOfTen } from '../amount.js'

export type Qualifier = 'exact' | 'nearly' | 'over'

export interface RoundedFigure {
  qualifier: Qualifier
  /** The round figure R, with the sign of the value. */
  figure: Amount
}

/** "nearly" and "over" stay within this many per cent of the round figure. */
export const HEADLINE_TOLERANCE_PERCENT = 1n

export function roundHonestly(value: Amount): RoundedFigure {
  const { units, scale } = normalizeAmount(value)
  const negative = units < 0n
  const magnitude = negative ? -units : units
  const signed = (figure: bigint): Amount => normalizeAmount({ units: negative ? -figure : figure, scale })
  if (magnitude === 0n) return { qualifier: 'exact', figure: { units: 0n, scale: 0 } }
  // Steps in units of 10^-scale: from the value's leading digit down to 1 unit (exact by then).
  for (let exponent = magnitude.toString().length - 1; exponent >= 0; exponent--) {
    const step = powerOfTen(exponent)
    const remainder = magnitude % step
    if (remainder === 0n) return { qualifier: 'exact', figure: signed(magnitude) }
    const lower = magnitude - remainder
    const round = remainder * 2n > step ? lower + step : lower
    if (round === 0n) continue
    const distance = round > magnitude ? round - magnitude : magnitude - round
    if (distance * 100n <= HEADLINE_TOLERANCE_PERCENT * round) {
      // Round means a whole multiple of ten: 3000, 320, 334 million; not 12.7 or 37.
      if (round % powerOfTen(scale + 1) !== 0n) return { qualifier: 'exact', figure: signed(magnitude) }
      return { qualifier: round > magnitude ? 'nearly' : 'over', figure: signed(round) }
    }
  }
  return { qualifier: 'exact', figure: signed(magnitude) }
}

/**
 * A range said in round figures that still contains the exact one: the lower bound rounded down and
 * the upper rounded up, at the coarsest step (a power of ten) that moves neither by more than 1 % of
 * its value. "between 8,950 and 10,700 tonnes" for 8,959.3 and 10,607.1: steps of 1000 and 100 move
 * 8,959.3 too far down (to 8,000 and 8,900); steps of 50 are not powers of ten, so 10 it is, or:
 *   step 10: 8,950 (0.1 % down) and 10,610 (0.03 % up) → "between 8,950 and 10,610".
 * Worked examples are in test/prose/round-honestly.test.ts. A bound of 0 stays 0.
 */
export function roundRange(lower: Amount, upper: Amount): { lower: Amount; upper: Amount } {
  const low = normalizeAmount(lower)
  const high = normalizeAmount(upper)
  const scale = Math.max(low.scale, high.scale)
  const lowUnits = low.units * powerOfTen(scale - low.scale)
  const highUnits = high.units * powerOfTen(scale - high.scale)
  const magnitude = (units: bigint): bigint => (units < 0n ? -units : units)
  const digits = Math.max(magnitude(lowUnits).toString().length, magnitude(highUnits).toString().length)
  for (let exponent = digits - 1; exponent >= 0; exponent--) {
    const step = powerOfTen(exponent)
    const down = floorTo(lowUnits, step)
    const up = ceilTo(highUnits, step)
    const within = (exact: bigint, rounded: bigint): boolean =>
      magnitude(rounded - exact) * 100n <= HEADLINE_TOLERANCE_PERCENT * magnitude(exact)
    if (within(lowUnits, down) && within(highUnits, up))
      return { lower: normalizeAmount({ units: down, scale }), upper: normalizeAmount({ units: up, scale }) }
  }
  return { lower: low, upper: high }
}

const floorTo = (units: bigint, step: bigint): bigint => {
  const remainder = ((units % step) + step) % step
  return units - remainder
}
const ceilTo = (units: bigint, step: bigint): bigint => {
  const remainder = ((units % step) + step) % step
  return remainder === 0n ? units : units - remainder + step
}
