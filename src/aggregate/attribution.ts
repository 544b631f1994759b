// Split 100.00 NOK among 3 partners in øre: 3334 + 3333 + 3333.
// Floor each exact share, then give the leftover units, one each, to the largest
// remainders, ties going to the partner whose name sorts first by code point,
// so that partner rows add up exactly to the programme total.
import { type Amount, normalizeAmount, unitsAtScale } from '../amount.js'
import { MEASURE_FIELDS, type PerMeasure, perMeasure } from '../model.js'

/** The smallest unit a share is allocated in, as decimals: 0.01 job, 0.01 NOK, 0.001 t (MEASURE_FIELDS). */
export const SPLIT_SCALES: PerMeasure<number> = perMeasure(measure => MEASURE_FIELDS[measure].splitScale)

/**
 * Allocates a non-negative integer `total` in proportion to `weights` (positive integers).
 * Ties are broken by position, so callers pass parties sorted by name.
 */
export function allocateLargestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError('allocate the absolute value and apply the sign to every share')
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n)
  if (weightSum <= 0n) throw new RangeError('weights must add up to more than zero')
  const shares = weights.map(weight => (total * weight) / weightSum)
  const remainders = weights.map((weight, position) => ({ position, remainder: (total * weight) % weightSum }))
  let leftover = total - shares.reduce((sum, share) => sum + share, 0n)
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.position - b.position : a.remainder > b.remainder ? -1 : 1,
  )
  for (const { position } of remainders) {
    if (leftover === 0n) break
    shares[position] = (shares[position] as bigint) + 1n
    leftover -= 1n
  }
  return shares
}

/** Equal shares of `amount` for `parties` partners (sorted by name), in units of 10^-unitScale or finer. */
export function splitAmount(amount: Amount, parties: number, unitScale: number): Amount[] {
  if (parties === 1) return [amount]
  // "Finer when the value itself has more decimals": 1.4850 has three, like 1.485.
  const scale = Math.max(unitScale, normalizeAmount(amount).scale)
  const units = unitsAtScale(normalizeAmount(amount), scale)
  const negative = units < 0n
  const shares = allocateLargestRemainder(negative ? -units : units, new Array<bigint>(parties).fill(1n))
  return shares.map(share => ({ units: negative ? -share : share, scale }))
}
