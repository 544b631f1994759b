// --rejects FILE: every row left out of the figures, untouched, with where it
// was and why, so that rejects plus the valid records account for every input row.
// Written as it goes to a temporary file that is renamed into place at the end.
import { randomBytes } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { stringify } from 'csv-stringify/sync'
import type { Rejection } from '../pipeline.js'
import { formatReason, type ProblemWords } from '../validate/problem.js'

export const REJECT_COLUMNS = ['file', 'line', 'reason', 'record'] as const

export function rejectRow(rejection: Rejection, words?: ProblemWords): string[] {
  const reasons = rejection.problems.filter(problem => problem.severity === 'error')
  return [
    rejection.file,
    String(rejection.line),
    reasons.map(problem => formatReason(problem, words)).join('; '),
    rejection.raw,
  ]
}

export class RejectsFile {
  private readonly temporary: string
  private readonly stream: WriteStream
  private failure: Error | undefined

  /** `words`: the run's language for the reasons (the columns stay file,line,reason,record). */
  constructor(
    private readonly path: string,
    private readonly words?: ProblemWords,
  ) {
    this.temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
    this.stream = createWriteStream(this.temporary, { flags: 'wx', encoding: 'utf8' })
    this.stream.on('error', error => {
      this.failure ??= error
    })
    this.stream.write(stringify([[...REJECT_COLUMNS]], { record_delimiter: 'unix' }))
  }

  add(rejection: Rejection): void {
    this.stream.write(
      stringify([rejectRow(rejection, this.words)], { record_delimiter: 'unix', quoted_match: /[\r\n]/ }),
    )
  }

  async commit(): Promise<void> {
    await this.close()
    if (this.failure !== undefined) {
      await this.discard()
      throw this.failure
    }
    await rename(this.temporary, this.path)
  }

  async discard(): Promise<void> {
    await this.close()
    await unlink(this.temporary).catch(() => undefined)
  }

  private close(): Promise<void> {
    if (this.stream.closed) return Promise.resolve()
    return new Promise(resolve => this.stream.end(resolve))
  }
}
