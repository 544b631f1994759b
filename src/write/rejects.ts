// --rejects FILE: every row left out of the figures, with where it was and why, so that rejects plus
// the valid records account for every input row. Written as it goes to a temporary file beside the
// target, renamed into place only when the run completes (commit); a failed or interrupted run
// leaves the previous file as it was. A device or FIFO target is written directly.
//
// Cells that a spreadsheet would run as a formula get a leading apostrophe (escape.ts, csvCell),
// the raw record included: the record is the row as read, less that apostrophe.
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { type FileHandle, open, rename } from 'node:fs/promises'
import { stringify } from 'csv-stringify/sync'
import type { Rejection } from '../pipeline.js'
import { csvCell } from '../escape.js'
import { formatReason, type ProblemWords } from '../validate/problem.js'
import { inspectTarget, standardStreamOf, systemError } from './output-target.js'
import { openTemporary, removeTemporary, temporaryNameFor } from './atomic-write.js'

export const REJECT_COLUMNS = ['file', 'line', 'reason', 'record'] as const

export function rejectRow(rejection: Rejection, words?: ProblemWords): string[] {
  const reasons = rejection.problems.filter(problem => problem.severity === 'error')
  return [
    csvCell(rejection.file),
    String(rejection.line),
    csvCell(reasons.map(problem => formatReason(problem, words)).join('; ')),
    csvCell(rejection.raw),
  ]
}

export class RejectsFile {
  private failure: Error | undefined
  private finished = false

  private constructor(
    /** Where the rows go now: the temporary file, or the target itself when it is a device or FIFO. */
    private readonly stream: Writable,
    /** The rename still to do at commit() and the temporary file's handle, or null for a target written in place. */
    private readonly rename: { temporary: string; path: string; handle: FileHandle } | null,
    private readonly words?: ProblemWords,
    /** This process's stdout or stderr: flushed at the end, never ended. */
    private readonly isStandard = false,
  ) {
    stream.on('error', error => {
      this.failure ??= error
    })
    this.write(stringify([[...REJECT_COLUMNS]], { record_delimiter: 'unix' }))
  }

  /**
   * `words`: the run's language for the reasons (the columns stay file,line,reason,record).
   * `standard`: this process's stdout and stderr, for a path that names one of them (/dev/stdout).
   */
  static async open(
    path: string,
    words?: ProblemWords,
    standard?: { stdout: Writable; stderr: Writable },
  ): Promise<RejectsFile> {
    const stream = standard === undefined ? null : standardStreamOf(path)
    if (stream !== null && standard !== undefined) return new RejectsFile(standard[stream], null, words, true)
    const target = await inspectTarget(path)
    if (target.kind === 'directory') throw systemError('EISDIR', path)
    if (target.kind === 'special') {
      const handle = await open(target.path, 'a')
      return new RejectsFile(handle.createWriteStream({ encoding: 'utf8' }), null, words)
    }
    const temporary = temporaryNameFor(target.path)
    const handle = await openTemporary(temporary, target)
    // A stream on the descriptor, not the handle's own stream: that one holds the handle, whose
    // close() would then wait for it forever.
    return new RejectsFile(
      createWriteStream('', { fd: handle.fd, encoding: 'utf8', autoClose: false }),
      { temporary, path: target.path, handle },
      words,
    )
  }

  add(rejection: Rejection): void {
    this.write(stringify([rejectRow(rejection, this.words)], { record_delimiter: 'unix', quoted_match: /[\r\n]/ }))
  }

  /** True while the rows written wait for the disk: the reader should await drain() before reading on. */
  get pressing(): boolean {
    return this.stream.writableNeedDrain && this.failure === undefined
  }

  drain(): Promise<void> {
    if (!this.pressing) return Promise.resolve()
    return new Promise(resolve => {
      const done = (): void => {
        this.stream.off('drain', done)
        this.stream.off('error', done)
        this.stream.off('close', done)
        resolve()
      }
      this.stream.on('drain', done)
      this.stream.on('error', done)
      this.stream.on('close', done)
    })
  }

  /** Puts the file in place: the run completed. A write that failed on the way fails here. */
  async commit(): Promise<void> {
    await this.finish()
    if (this.failure !== undefined) {
      if (this.rename !== null) await removeTemporary(this.rename.temporary)
      throw this.failure
    }
    if (this.rename !== null) {
      try {
        await rename(this.rename.temporary, this.rename.path)
      } finally {
        await removeTemporary(this.rename.temporary)
      }
    }
  }

  /** The run failed: the previous file stays as it was. */
  async discard(): Promise<void> {
    await this.finish().catch(() => undefined)
    if (this.rename !== null) await removeTemporary(this.rename.temporary)
  }

  private write(text: string): void {
    if (this.failure === undefined && !this.finished) this.stream.write(text)
  }

  /** Ends the stream, then (for a temporary file) flushes it to disk and closes it. */
  private async finish(): Promise<void> {
    if (this.finished) return
    this.finished = true
    if (this.isStandard) {
      await new Promise<void>(resolve => this.stream.write('', () => resolve()))
      return
    }
    if (!this.stream.closed && !this.stream.destroyed)
      await new Promise<void>(resolve => this.stream.end(() => resolve()))
    if (this.rename !== null) {
      const { handle } = this.rename
      if (this.failure === undefined) await handle.sync().catch((error: Error) => (this.failure ??= error))
      await handle.close().catch(() => undefined)
    }
  }
}
