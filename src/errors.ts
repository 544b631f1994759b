// The one error family. cli.ts maps each to its exit code; anything else is an internal error.
import type { Messages } from './messages.js'
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

/** Reading or writing failed in the system (disk full, a bad TMPDIR, an I/O error): exit 2, never "internal error". */
export class IoError extends Error {
  readonly exitCode = 2
  override name = 'IoError'
}

export class CheckFailed extends Error {
  readonly exitCode = 1
  override name = 'CheckFailed'
}

/** A failed write as the user should see it: a usage error for a path that cannot be written, else an I/O error (both exit 2). */
export function writeFailure(error: unknown, shownAs: string, messages: Messages): unknown {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EPERM')
    return new UsageError(
      messages.errors.cannotWrite(
        shownAs,
        code === 'ENOENT' ? 'missing-directory' : code === 'EISDIR' ? 'directory' : 'denied',
      ),
    )
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return new IoError(messages.errors.writeFailed(shownAs, messages.errors.systemReason(code)))
  return error
}
