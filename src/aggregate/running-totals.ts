// Running totals of the by-year rows, walked over calendar years so that a year without records
// still counts. Jobs and savings add up the years so far; the CO2e fields are the row's year of the
// CO2e series (co2e-over-time.ts), which walks every year of the period in the same way.
import { type Amount, ExactSum } from '../amount.js'
import type { Co2eOverTime, MeasureValues, RunningTotals } from '../model.js'

export interface YearValues {
  year: number
  measures: MeasureValues
}

/** One RunningTotals per row; `rows` are sorted by year, one row per year. */
export function runningTotals(rows: readonly YearValues[], co2e: Co2eOverTime): RunningTotals[] {
  const first = rows[0]?.year
  const last = rows[rows.length - 1]?.year
  if (first === undefined || last === undefined) return []
  const jobs = new Running()
  const savings = new Running()
  const co2eByYear = new Map(co2e.years.map(year => [year.year, year]))
  const result: RunningTotals[] = []
  let next = 0
  for (let year = first; year <= last; year++) {
    const row = rows[next]?.year === year ? rows[next++] : undefined
    if (row === undefined) continue
    jobs.add(row.measures[0])
    savings.add(row.measures[1])
    const cuts = co2eByYear.get(year)
    result.push({
      jobs: jobs.value(),
      savingsNok: savings.value(),
      co2eInForce: cuts?.inForce ?? null,
      co2eAvoidedLower: cuts?.avoidedLower ?? null,
      co2eAvoidedUpper: cuts?.avoidedUpper ?? null,
      co2eAvoidedLowerToDate: cuts?.avoidedLowerToDate ?? null,
      co2eAvoidedUpperToDate: cuts?.avoidedUpperToDate ?? null,
    })
  }
  if (next !== rows.length) throw new RangeError('by-year rows must be sorted by year, one row per year')
  return result
}

/** A running sum that stays null until something is reported. */
class Running {
  private sum: ExactSum | null = null

  add(amount: Amount | null | undefined): void {
    if (amount === null || amount === undefined) return
    this.sum ??= new ExactSum()
    this.sum.add(amount)
  }

  value(): Amount | null {
    return this.sum?.value() ?? null
  }
}
