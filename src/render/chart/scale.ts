// Axis ticks at round values, computed exactly: a tick reads "50 000 000", never "49 999 999.99".
// Steps are 1, 2 or 5 × 10^k; the axis always includes 0, so bars start from it and a negative
// value reaches below it.
import { type Amount, normalizeAmount, powerOfTen, unitsAtScale } from '../../amount.js'

export interface Axis {
  /** From the lowest tick to the highest, evenly spaced, 0 among them. */
  ticks: Amount[]
  low: Amount
  high: Amount
}

const STEPS = [1n, 2n, 5n]

function floorDivide(a: bigint, b: bigint): bigint {
  const quotient = a / b
  return a % b !== 0n && a < 0n !== b < 0n ? quotient - 1n : quotient
}

function ceilDivide(a: bigint, b: bigint): bigint {
  return -floorDivide(-a, b)
}

/** The roundest ticks covering every value and 0, with at most `maxIntervals` intervals. */
export function niceAxis(values: readonly Amount[], maxIntervals = 5): Axis {
  const scale = values.reduce((most, value) => Math.max(most, normalizeAmount(value).scale), 0)
  let low = 0n
  let high = 0n
  for (const value of values) {
    const units = unitsAtScale(normalizeAmount(value), scale)
    if (units < low) low = units
    if (units > high) high = units
  }
  if (low === 0n && high === 0n) high = powerOfTen(scale) // nothing to show: an axis from 0 to 1
  for (let exponent = 0; ; exponent++) {
    for (const multiple of STEPS) {
      const step = multiple * powerOfTen(exponent)
      const first = floorDivide(low, step)
      const last = ceilDivide(high, step)
      if (last - first > BigInt(maxIntervals)) continue
      const ticks: Amount[] = []
      for (let tick = first; tick <= last; tick++) ticks.push(normalizeAmount({ units: tick * step, scale }))
      return { ticks, low: ticks[0] as Amount, high: ticks[ticks.length - 1] as Amount }
    }
  }
}

/** The same value divided by 10^shift (millions: 6): exact, only the scale moves. */
export function shiftAmount(amount: Amount, shift: number): Amount {
  return normalizeAmount({ units: amount.units, scale: amount.scale + shift })
}
