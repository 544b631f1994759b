// Running totals of the by-year rows, walked over calendar years so that a year without
// records still counts: a CO2e cut in force since 2012 avoids its annual rate in 2013 too.
//
// Worked example: cuts of 10 t/yr taking effect in 2012 and 5 t/yr in 2014, no row for 2013:
//   year  rate  in force  avoided to date
//   2012    10        10   10                 (the year a cut takes effect counts in full)
//   2013     –        10   20                 (no row, but the cut still avoids 10 t)
//   2014     5        15   35
// Avoided to date in year Y = Σ over cuts c taking effect in year_c ≤ Y of rate_c × (Y − year_c + 1).
import { type Amount, ExactSum } from '../amount.js'
import type { MeasureValues, RunningTotals } from '../model.js'

export interface YearValues {
  year: number
  measures: MeasureValues
}

/** One RunningTotals per row; `rows` are sorted by year, one row per year. */
export function runningTotals(rows: readonly YearValues[]): RunningTotals[] {
  const first = rows[0]?.year
  const last = rows[rows.length - 1]?.year
  if (first === undefined || last === undefined) return []
  const jobs = new Running()
  const savings = new Running()
  const inForce = new Running()
  const avoided = new Running()
  const result: RunningTotals[] = []
  let next = 0
  for (let year = first; year <= last; year++) {
    const row = rows[next]?.year === year ? rows[next++] : undefined
    if (row !== undefined) {
      jobs.add(row.measures[0])
      savings.add(row.measures[1])
      inForce.add(row.measures[2])
    }
    avoided.add(inForce.value())
    if (row !== undefined) {
      result.push({
        jobs: jobs.value(),
        savingsNok: savings.value(),
        co2eInForce: inForce.value(),
        co2eAvoided: avoided.value(),
      })
    }
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
