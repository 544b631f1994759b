// The one error family. cli.ts maps each to its exit code; anything else is an internal error.
import type { Problem } from './model.js'

export class UsageError extends Error {
  readonly exitCode = 2
  override name = 'UsageError'
}

/** Invalid input data: the problems have been reported; the run fails with exit 1. */
export class DataError extends Error {
  readonly exitCode = 1
  override name = 'DataError'
  /** `silent`: the report already said everything; exit 1 without another line. */
  readonly silent: boolean
  constructor(
    readonly problems: readonly Problem[],
    message = `${problems.length} problem(s) in the input`,
    options: { silent?: boolean } = {},
  ) {
    super(message)
    this.silent = options.silent === true
  }
}

export class CheckFailed extends Error {
  readonly exitCode = 1
  override name = 'CheckFailed'
}
