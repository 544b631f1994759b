// Totals against targets, exactly. `=` may have a relative tolerance in per cent:
//   |actual − expected| × 100 ≤ tolerance × |expected|
// computed on scaled integers, so "350 ± 1 %" accepts 346.5 and 353.5 and nothing beyond.
import { type Amount, compareAmounts, unitsAtScale } from '../amount.js'
import type { CheckMetric, CheckResult, Target, Totals } from '../model.js'

const ZERO: Amount = { units: 0n, scale: 0 }
const count = (value: number | null): Amount | null => (value === null ? null : { units: BigInt(value), scale: 0 })

/** The figure a metric names, or null when it is not reported. */
export function metricValue(totals: Totals, metric: CheckMetric): Amount | null {
  switch (metric) {
    case 'jobs':
      return totals.measures[0]
    case 'savings_nok':
      return totals.measures[1]
    case 'co2e_tonnes':
      return totals.measures[2]
    case 'jobs_realised':
      return totals.byBasis[0][0]
    case 'savings_nok_realised':
      return totals.byBasis[0][1]
    case 'co2e_tonnes_realised':
      return totals.byBasis[0][2]
    case 'co2e_tonnes_in_force':
      return totals.co2e.inForce
    case 'co2e_tonnes_avoided_lower':
      return totals.co2e.lower.tonnes
    case 'co2e_tonnes_avoided_upper':
      return totals.co2e.upper.tonnes
    case 'members':
      return count(totals.members)
    case 'records':
      return count(totals.records)
    case 'projects':
      return count(totals.projects)
    case 'partners':
      return count(totals.partners)
    case 'first_year':
      return count(totals.firstYear)
    case 'last_year':
      return count(totals.lastYear)
    case 'shared_records':
      return count(totals.multiPartnerRecords)
  }
}

/** Whether `actual` is within `tolerance` per cent of `expected` (tolerance ≥ 0). */
export function withinTolerance(actual: Amount, expected: Amount, tolerance: Amount): boolean {
  const scale = Math.max(actual.scale, expected.scale)
  const difference = unitsAtScale(actual, scale) - unitsAtScale(expected, scale)
  const magnitude = unitsAtScale(expected, scale)
  // |d| × 100 × 10^t.scale ≤ t.units × |e|
  const left = (difference < 0n ? -difference : difference) * 100n * 10n ** BigInt(tolerance.scale)
  const right = tolerance.units * (magnitude < 0n ? -magnitude : magnitude)
  return left <= right
}

function holds(target: Target, actual: Amount, tolerance: Amount | null): boolean {
  const order = compareAmounts(actual, target.value)
  switch (target.op) {
    case '=':
      return order === 0 || (tolerance !== null && withinTolerance(actual, target.value, tolerance))
    case '>=':
      return order >= 0
    case '<=':
      return order <= 0
    case '>':
      return order > 0
    case '<':
      return order < 0
  }
}

export function compareWithTargets(
  totals: Totals,
  targets: readonly Target[],
  tolerance: Amount | null,
): CheckResult[] {
  return targets.map(target => {
    const actual = metricValue(totals, target.metric)
    const applied = target.op === '=' && tolerance !== null && compareAmounts(tolerance, ZERO) > 0 ? tolerance : null
    const status = actual === null ? 'not-reported' : holds(target, actual, applied) ? 'met' : 'missed'
    return { target, actual, tolerance: applied, status }
  })
}
