// The CO2e cut in force and the bounds of tonnes avoided, as the contract defines them, record by
// record and year by year, with nothing clever: what aggregate/co2e-over-time.ts is held equal to.
// Amounts are bigints at scale 6 (the bounds' half years need one decimal more than a cut has).
import type { Amount } from '../../src/amount.js'
import type { ImpactRecord } from '../../src/model.js'

const SCALE = 6

const units = (amount: Amount): bigint => amount.units * 10n ** BigInt(SCALE - amount.scale)

export interface OracleYear {
  year: number
  inForce: bigint
  lowerToDate: bigint
  upperToDate: bigint
}

/** Every record selected (no filter); `persist` as --persist. Years from the first CO2e record through the last record. */
export function co2eBoundsOracle(records: readonly ImpactRecord[], persist: boolean): OracleYear[] {
  if (records.length === 0) return []
  const last = Math.max(...records.map(record => record.year))
  const withCo2e = records.filter(record => record.measures[2] !== null)
  if (withCo2e.length === 0) return []
  const first = Math.min(...withCo2e.map(record => record.year))
  const lastReported = new Map<string, number>()
  for (const record of records) {
    const key = record.projectId.normalize('NFC').toLocaleLowerCase('nb')
    lastReported.set(key, Math.max(lastReported.get(key) ?? 0, record.year))
  }
  const years: OracleYear[] = []
  let lowerToDate = 0n
  let upperToDate = 0n
  for (let year = first; year <= last; year++) {
    let inForce = 0n
    let lower = 0n
    for (const record of withCo2e) {
      const rate = units(record.measures[2] as Amount)
      if (record.basis === 'potential' || rate === 0n) continue
      const end = record.co2eEndYear ?? null
      const inForceNow = record.year <= year && (end === null || year <= end)
      if (inForceNow) inForce += rate
      if (rate < 0n) {
        if (inForceNow) lower += rate
        continue
      }
      if (record.basis !== 'realised') continue
      const project = record.projectId.normalize('NFC').toLocaleLowerCase('nb')
      const through = end ?? (persist ? Number.POSITIVE_INFINITY : (lastReported.get(project) as number))
      if (year === record.year) lower += rate / 2n
      else if (record.year < year && year <= through) lower += rate
    }
    lowerToDate += lower
    upperToDate += inForce
    years.push({ year, inForce, lowerToDate, upperToDate })
  }
  return years
}

export const atOracleScale = (amount: Amount): bigint => units(amount)
