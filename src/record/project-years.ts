// Under --allow-duplicates (when the ledger keeps no locations), per distinct (project, year): the
// partner set and location of its first record, and the jobs its records reported (a float: it only
// feeds a hint). Two questions are answered from it (the ledger answers them otherwise):
//   - overlap: is this record's project and year already in the data under another partner set?
//     (validate/duplicates.ts warns, naming both lines)
//   - does a project's jobs column look like jobs held (a stock) rather than new jobs (a flow)?
//     (the same jobs, within ±25 %, in three or more consecutive years)
// An open-addressing table in one Int32Array (project + 1, year, partner set, packed location: 16
// bytes a slot) and one Float32Array, kept at most 70 % full: under 30 bytes per project-year.
// Locations past 2^31 (two billion lines) live in a Map, as in the duplicate check.

const EMPTY = 0
const FIELDS = 4
const FAR = -1

/** A run of about the same jobs: the project, its years, and the values. */
export interface SteadyJobs {
  project: number
  first: number
  last: number
  values: number[]
}

/** Consecutive years within this share of the year before read as the same jobs. */
const STEADY_SHARE = 0.25
const STEADY_YEARS = 3

export class ProjectYears {
  private slots = new Int32Array(FIELDS * 1024)
  private jobs = new Float32Array(1024)
  private capacity = 1024
  private size = 0
  private readonly far = new Map<number, number>()

  /** The slot of (project, year), or −1. */
  find(project: number, year: number): number {
    const mask = this.capacity - 1
    for (let slot = hash(project, year) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * FIELDS
      const stored = this.slots[at] as number
      if (stored === EMPTY) return -1
      if (stored === project + 1 && this.slots[at + 1] === year) return slot
    }
  }

  /** Adds (project, year) with its first record's partner set and packed location; returns the slot. */
  add(project: number, year: number, partnerSet: number, location: number): number {
    if ((this.size + 1) * 10 > this.capacity * 7) this.grow()
    const mask = this.capacity - 1
    let slot = hash(project, year) & mask
    while (this.slots[slot * FIELDS] !== EMPTY) slot = (slot + 1) & mask
    const at = slot * FIELDS
    this.slots[at] = project + 1
    this.slots[at + 1] = year
    this.slots[at + 2] = partnerSet
    if (location < 0x80000000) this.slots[at + 3] = location
    else {
      this.slots[at + 3] = FAR
      this.far.set(project * 0x10000 + year, location)
    }
    this.jobs[slot] = Number.NaN
    this.size++
    return slot
  }

  partnerSet(slot: number): number {
    return this.slots[slot * FIELDS + 2] as number
  }

  location(slot: number): number {
    const at = slot * FIELDS
    const near = this.slots[at + 3] as number
    return near !== FAR ? near : this.farOf(slot)
  }

  private farOf(slot: number): number {
    const at = slot * FIELDS
    return this.far.get(((this.slots[at] as number) - 1) * 0x10000 + (this.slots[at + 1] as number)) as number
  }

  addJobs(slot: number, jobs: number): void {
    const before = this.jobs[slot] as number
    this.jobs[slot] = Number.isNaN(before) ? jobs : before + jobs
  }

  /** The projects whose jobs look like a stock (steadyRun), each with its run. */
  steadyJobs(): SteadyJobs[] {
    const byProject = new Map<number, Map<number, number>>()
    for (let slot = 0; slot < this.capacity; slot++) {
      const stored = this.slots[slot * FIELDS] as number
      if (stored === EMPTY) continue
      const value = this.jobs[slot] as number
      if (Number.isNaN(value)) continue
      const years = byProject.get(stored - 1) ?? new Map<number, number>()
      byProject.set(stored - 1, years)
      years.set(this.slots[slot * FIELDS + 1] as number, value)
    }
    const runs: SteadyJobs[] = []
    for (const [project, years] of byProject) {
      const run = steadyRun(years)
      if (run !== null) runs.push({ project, ...run })
    }
    return runs
  }

  private grow(): void {
    const old = this.slots
    const oldJobs = this.jobs
    const oldCapacity = this.capacity
    this.capacity *= 2
    this.slots = new Int32Array(FIELDS * this.capacity)
    this.jobs = new Float32Array(this.capacity)
    const mask = this.capacity - 1
    for (let slot = 0; slot < oldCapacity; slot++) {
      const at = slot * FIELDS
      const stored = old[at] as number
      if (stored === EMPTY) continue
      let to = hash(stored - 1, old[at + 1] as number) & mask
      while (this.slots[to * FIELDS] !== EMPTY) to = (to + 1) & mask
      this.slots.set(old.subarray(at, at + FIELDS), to * FIELDS)
      this.jobs[to] = oldJobs[slot] as number
    }
  }
}

/** Within ±25 % of the year before: |b − a| ≤ 0.25 a, both above 0. */
function close(before: number, value: number): boolean {
  return before > 0 && value > 0 && Math.abs(value - before) <= STEADY_SHARE * before
}

/**
 * The longest run of STEADY_YEARS or more consecutive years whose jobs (by year) are each within ±25 % of
 * the year before, all above 0; the earliest such run on a tie; null when there is none.
 */
export function steadyRun(jobsByYear: ReadonlyMap<number, number>): Omit<SteadyJobs, 'project'> | null {
  let best: Omit<SteadyJobs, 'project'> | null = null
  for (const [year, value] of jobsByYear) {
    if (!(value > 0)) continue
    const before = jobsByYear.get(year - 1)
    if (before !== undefined && close(before, value)) continue // not where a run starts
    const values = [value]
    let last = year
    for (let next = jobsByYear.get(last + 1); next !== undefined; next = jobsByYear.get(last + 1)) {
      if (!close(values[values.length - 1] as number, next)) break
      values.push(next)
      last++
    }
    if (values.length < STEADY_YEARS) continue
    if (
      best === null ||
      values.length > best.values.length ||
      (values.length === best.values.length && year < best.first)
    )
      best = { first: year, last, values }
  }
  return best
}

function hash(project: number, year: number): number {
  let h = Math.imul(project, 0x9e3779b1) ^ Math.imul(year, 0x85ebca6b)
  h ^= h >>> 15
  return Math.imul(h, 0x2c1b3c6d) >>> 0
}
