// Checks that span records: the same project, year and partners twice, and a
// CO2e rate (tonnes per year, entered once) reported by one project in several years.
// Memory grows with distinct keys and projects, never with the records themselves.
import type { ImpactRecord, Location, Problem } from '../model.js'
import type { Messages } from '../messages.js'
import { formatLocation } from './problem.js'

export interface CrossRecordOptions {
  allowDuplicates: boolean
  /** A repeated CO2e rate is an error rather than a warning. */
  strict: boolean
}

const CO2E = 2

export class CrossRecordChecks {
  private readonly files: string[] = []
  private readonly fileIds = new Map<string, number>()
  // Locations packed into one number (file id × 2^32 + line) to keep each key small.
  private readonly keys = new Map<string, number>()
  private readonly co2eFirst = new Map<string, { year: number; at: number }>()

  constructor(
    private readonly options: CrossRecordOptions,
    private readonly messages: Messages,
  ) {}

  check(record: ImpactRecord): Problem[] {
    const problems: Problem[] = []
    const here = this.pack(record)
    if (!this.options.allowDuplicates) {
      const key = `${record.projectId}\u0000${record.year}\u0000${record.partners.join('\u0000')}`
      const earlier = this.keys.get(key)
      if (earlier === undefined) this.keys.set(key, here)
      else problems.push(this.problem(record, 'error', this.messages.problems.duplicate(this.unpack(earlier))))
    }
    const co2e = record.measures[CO2E]
    if (co2e !== null && co2e.units !== 0n) {
      // Several rows of one year (say, one per partner) may share a cut; another year repeats it.
      const earlier = this.co2eFirst.get(record.projectId)
      if (earlier === undefined) this.co2eFirst.set(record.projectId, { year: record.year, at: here })
      else if (earlier.year !== record.year) {
        const problem = this.problem(
          record,
          this.options.strict ? 'error' : 'warning',
          this.messages.problems.co2eRepeated(record.projectId, this.unpack(earlier.at)),
        )
        problem.column = 'co2e_tonnes'
        problems.push(problem)
      }
    }
    return problems
  }

  private problem(location: Location, severity: Problem['severity'], message: string): Problem {
    return { file: location.file, line: location.line, severity, message }
  }

  private pack(location: Location): number {
    let id = this.fileIds.get(location.file)
    if (id === undefined) {
      id = this.files.length
      this.files.push(location.file)
      this.fileIds.set(location.file, id)
    }
    return id * 2 ** 32 + location.line
  }

  private unpack(packed: number): string {
    const id = Math.floor(packed / 2 ** 32)
    return formatLocation({ file: this.files[id] as string, line: packed - id * 2 ** 32 })
  }
}
