// What summarize, trace, report and check do around reading their input, the same in each: the
// year range and the files to write checked before any record is read, the rejects file (--rejects:
// committed once the input is read, discarded if the run fails after all), the handlers that report
// problems, and the notes after the read (filters that matched nothing, records skipped). Written
// once so that the four commands cannot drift apart.
import { resolve } from 'node:path'
import type { Context } from '../cli.js'
import { UsageError } from '../errors.js'
import type { Messages } from '../messages.js'
import type { Basis, Filters } from '../model.js'
import type { LoadHandlers, Loaded } from '../pipeline.js'
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

/** What `read` gives back: the summary or trace (null when the input failed), and how the read went. */
export interface ReadOutcome<T> {
  value: T | null
  loaded: Loaded
  unmatchedFilters: { option: string; value: string }[]
}

/**
 * Reads the input with `read`, then hands the summary or trace to `use`, unless the input failed
 * (then a DataError, after every problem has been reported). `outcome` names what is not produced.
 */
export async function readInput<T extends { problems: { skippedRecords: number } }>(
  context: Context,
  flags: ReadingFlags,
  outcome: 'summary' | 'trace',
  read: (shared: ReadShared) => Promise<ReadOutcome<T>>,
  use: (value: T) => Promise<void>,
): Promise<void> {
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
    context.failOnProblems(result.loaded, result.value === null, outcome)
    const value = result.value
    if (value === null) return
    if (value.problems.skippedRecords > 0)
      context.note(messages.notes.skipped(value.problems.skippedRecords, flags.rejects), flags, 'warning')
    await use(value)
  } catch (error) {
    await rejects?.discard()
    throw error
  }
}
