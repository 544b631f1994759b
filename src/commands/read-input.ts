// What summarize, trace, report and check do around reading their input, the same in each: the
// year range and the files to write checked before any record is read, the rejects file (--rejects:
// committed once the input is read, discarded if the run fails after all), the handlers that report
// problems, and the notes after the read (filters that matched nothing, records skipped). Written
// once so that the four commands cannot drift apart.
import { resolve } from 'node:path'
import type { Context } from './context.js'
import { UsageError } from '../errors.js'
import type { Messages } from '../messages/index.js'
import type { Basis, Filters, Summary, TraceSummary } from '../model.js'
import type { LoadHandlers, Summarized, Traced } from '../pipeline.js'
import type { InputFlags } from './shared-options.js'

/** The flags of a command that reads records (addInputOptions, addSkipOptions, addFilterOptions, addCommonOptions). */
export interface ReadingFlags extends InputFlags {
  from?: number
  to?: number
  partner?: string[]
  category?: string[]
  basis?: Basis[]
  skipInvalid?: boolean
  rejects?: string
  quiet?: boolean
  verbose?: boolean
}

export function checkYearRange(
  from: number | null | undefined,
  to: number | null | undefined,
  messages: Messages,
): void {
  if (from !== undefined && from !== null && to !== undefined && to !== null && from > to)
    throw new UsageError(messages.options.fromAfterTo(from, to))
}

/** Each file the run will write (-o, --rejects; undefined: not asked for) must be writable before anything is read. */
export async function checkWritableFiles(context: Context, ...paths: (string | undefined)[]): Promise<void> {
  const given = paths.filter((path): path is string => path !== undefined)
  if (given.length === 0) return
  const { checkWritable } = await import('../write/atomic-write.js')
  for (const path of given) await checkWritable(resolve(context.io.cwd, path), path, context.messages)
}

/** The record filters of --from, --to, --partner, --category and --basis (trace gives the years of --year). */
export function filtersOf(
  flags: ReadingFlags,
  from: number | null = flags.from ?? null,
  to: number | null = flags.to ?? null,
): Filters {
  return { from, to, partners: flags.partner ?? [], categories: flags.category ?? [], bases: flags.basis ?? [] }
}

/** What `read` is given: whether to skip invalid records, and the handlers for problems and rejected rows. */
export interface ReadShared {
  skipInvalid: boolean
  handlers: Omit<LoadHandlers, 'record'>
}

/**
 * Reads the input with `read` and returns its summary or trace, once every problem has been
 * reported and the rejects file (--rejects) committed; when the input failed, a DataError instead.
 */
export async function readInput(
  context: Context,
  flags: ReadingFlags,
  read: (shared: ReadShared) => Promise<Summarized>,
): Promise<Summary>
export async function readInput(
  context: Context,
  flags: ReadingFlags,
  read: (shared: ReadShared) => Promise<Traced>,
): Promise<TraceSummary>
export async function readInput(
  context: Context,
  flags: ReadingFlags,
  read: (shared: ReadShared) => Promise<Summarized | Traced>,
): Promise<Summary | TraceSummary> {
  const { io, messages } = context
  const rejects =
    flags.rejects === undefined
      ? undefined
      : new (await import('../write/rejects.js')).RejectsFile(resolve(io.cwd, flags.rejects), messages.prefix)
  try {
    const result = await read({
      skipInvalid: flags.skipInvalid === true || rejects !== undefined,
      handlers: {
        problem: problem => context.reportProblem(problem, flags),
        rejected: rejection => rejects?.add(rejection),
        unknownColumns: (file, names) => context.note(messages.notes.unknownColumns(file, names), flags, 'verbose'),
      },
    })
    await rejects?.commit()
    for (const { option, value } of result.unmatchedFilters)
      context.note(messages.notes.noMatch(option, value), flags, 'warning')
    const value = 'trace' in result ? result.trace : result.summary
    context.failOnProblems(result.loaded, value === null, 'trace' in result ? 'trace' : 'summary')
    if (value === null) throw new Error('a failed read must end in a DataError')
    if (value.problems.skippedRecords > 0)
      context.note(messages.notes.skipped(value.problems.skippedRecords, flags.rejects), flags, 'warning')
    return value
  } catch (error) {
    await rejects?.discard()
    throw error
  }
}
