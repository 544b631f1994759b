// The one error family. cli.ts maps each to its exit code; anything else is an internal error.
import { BrokenPipe, isBrokenPipe } from './io.js'
import type { Messages } from './messages/index.js'
import type { Problem } from './model.js'

export class UsageError extends Error {
  readonly exitCode = 2
  override name = 'UsageError'
}

/**
 * Invalid input data: the problems have been reported; the run fails with exit 1 (2 when one of
 * them is a mistake on the command line, `usage`: a --sheet that names no sheet).
 */
export class DataError extends Error {
  readonly exitCode: 1 | 2
  override name = 'DataError'
  /** `silent`: the report already said everything; exit without another line. */
  readonly silent: boolean
  constructor(
    readonly problems: readonly Problem[],
    message = `${problems.length} problem(s) in the input`,
    options: { silent?: boolean; usage?: boolean } = {},
  ) {
    super(message)
    this.silent = options.silent === true
    this.exitCode = options.usage === true ? 2 : 1
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

// A file-system error about a file the user named is a usage error (exit 2) that names the file and
// says what is wrong, in the run's language: every command reads the error codes here, the same way.
// The sentence is the caller's (`say`), so each command keeps its own words for its own files.
/** What went wrong with a file, as the user can act on it; `other` carries the system's code. */
export type FileProblem = 'missing' | 'not-a-directory' | 'directory' | 'denied' | 'exists' | 'other'

const PROBLEMS: Record<string, FileProblem> = {
  ENOENT: 'missing',
  ENOTDIR: 'not-a-directory',
  EISDIR: 'directory',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'denied',
  EEXIST: 'exists',
}

/** The problem a file-system error describes; null for what is no error of the file system (a bug). */
export function fileProblem(error: unknown): { problem: FileProblem; code: string } | null {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null
  return { problem: PROBLEMS[code] ?? 'other', code }
}

/** Words a problem with `path`; undefined leaves the error as it is (not a user's mistake there). */
export type FileWords = (problem: FileProblem, path: string, code: string) => string | undefined

/** The error to throw for `error` about `path`: a UsageError in `say`'s words, or `error` itself. */
export function fileError(error: unknown, path: string, say: FileWords): unknown {
  if (error instanceof UsageError) return error
  const found = fileProblem(error)
  const sentence = found === null ? undefined : say(found.problem, path, found.code)
  return sentence === undefined ? error : new UsageError(sentence)
}

/**
 * A failed write of `path` as the user should see it: a usage error for a path that cannot be
 * written there (no such directory, a directory, no permission), else an I/O error with the
 * system's reason (a full disk, an I/O error); both exit 2.
 */
export function writeError(error: unknown, path: string, messages: Messages): unknown {
  if (error instanceof IoError || error instanceof BrokenPipe) return error
  // A FIFO or a pipe named by path (`-o >(head -1)`) whose reader went away: quiet, as on stdout.
  if (isBrokenPipe(error)) return new BrokenPipe((error as Error).message)
  const found = fileProblem(error)
  if (
    found !== null &&
    (found.problem === 'other' ||
      found.problem === 'exists' ||
      found.problem === 'not-a-directory' ||
      found.code === 'EROFS')
  )
    return new IoError(messages.errors.writeFailed(path, messages.errors.systemReason(found.code)))
  return fileError(error, path, problem =>
    messages.errors.cannotWrite(
      path,
      problem === 'missing' ? 'missing-directory' : problem === 'directory' ? 'directory' : 'denied',
    ),
  )
}
