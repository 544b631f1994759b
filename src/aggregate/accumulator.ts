// Running sums for one group (or the whole programme). A measure nobody in the group
// reported stays null, so it renders as "–" and never as a misleading 0.
import { type Amount, ExactSum } from '../amount.js'
import type { MeasureValues } from '../model.js'

export class MeasureAccumulator {
  readonly sums: [ExactSum | null, ExactSum | null, ExactSum | null] = [null, null, null]

  add(amounts: readonly (Amount | null)[]): void {
    for (let measure = 0; measure < 3; measure++) {
      const amount = amounts[measure]
      if (amount === null || amount === undefined) continue
      let sum = this.sums[measure] ?? null
      if (sum === null) {
        sum = new ExactSum()
        this.sums[measure] = sum
      }
      sum.add(amount)
    }
  }

  values(): MeasureValues {
    return [this.sums[0]?.value() ?? null, this.sums[1]?.value() ?? null, this.sums[2]?.value() ?? null]
  }
}
