// What summarize, trace, report and check do around reading their input, the same in each: the
// year range and the files to write checked before any record is read (writable, and none the same
// file as an input or another output), the rejects file (--rejects: committed with the other outputs
// once the run completes, discarded if it fails), the handlers that report
// problems, and the notes after the read (filters that matched nothing, records skipped). Written
// once so that the four commands cannot drift apart.
import { resolve } from 'node:path'
import type { Amount } from '../amount.js'
import { UsageError, writeError } from '../errors.js'
import { formatProseNumber } from '../messages/numbers.js'
import type { Messages } from '../messages/index.js'
import type { Basis, Filters, Summary, TraceSummary } from '../model.js'
import type { LoadHandlers, Summarized, Traced } from '../pipeline.js'
import type { RejectsFile } from '../write/rejects.js'
import type { Context } from './context.js'
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

/** The projects whose jobs look like jobs held that the one note about them names; the rest are counted. */
const STEADY_JOBS_SHOWN = 3

/** A hint's jobs value (a float, to two decimals: the unit jobs are split in). */
const jobsShown = (value: number): Amount => ({ units: BigInt(Math.round(value * 100)), scale: 2 })

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

/** A file a command reads or writes besides its record files: `{ option: '--cpi', path: 'kpi.csv' }`. */
export interface OptionPath {
  option: string
  path: string | undefined
}

/**
 * Refuses (a usage error, before anything is read or written) an output that is the same file as an
 * input or another output, and an input file given twice: compared by real path and by device and
 * inode, so `./in.csv`, a symbolic link and a hard link are caught too (write/output-identity.ts).
 */
export async function checkDistinctFiles(
  context: Context,
  files: readonly string[],
  outputs: readonly OptionPath[],
  otherInputs: readonly OptionPath[] = [],
  /** The command writes its data to standard output (no -o): no other output may go there too. */
  writesStdout = false,
): Promise<void> {
  const { io, messages } = context
  const { findSameFile } = await import('../write/output-identity.js')
  type NamedPath = import('../write/output-identity.js').NamedPath
  const stdinFd = (io.stdin as { fd?: unknown }).fd
  const inputs = [
    ...files.map(file =>
      file === '-'
        ? {
            role: messages.errors.stdinRole,
            path: null,
            regularOnly: true,
            ...(typeof stdinFd === 'number' ? { fd: stdinFd } : {}),
          }
        : { role: messages.errors.inputRole(file), path: resolve(io.cwd, file) },
    ),
    ...otherInputs
      .filter((input): input is { option: string; path: string } => input.path !== undefined)
      .map(input => ({
        role: messages.errors.optionRole(input.option, input.path),
        path: resolve(io.cwd, input.path),
      })),
  ]
  const written = outputs
    .filter((output): output is { option: string; path: string } => output.path !== undefined)
    .map(output => ({
      role: messages.errors.optionRole(output.option, output.path),
      path: resolve(io.cwd, output.path),
    }))
  const stdoutFd = (io.stdout as { fd?: unknown }).fd
  const outputsAll: NamedPath[] =
    writesStdout && typeof stdoutFd === 'number'
      ? [{ role: messages.errors.stdoutRole, path: null, fd: stdoutFd }, ...written]
      : written
  const found = await findSameFile(inputs, outputsAll, files.length)
  if (found === null) return
  throw new UsageError(
    found.kind === 'output'
      ? messages.errors.sameFile(found.first.role, found.second.role)
      : messages.errors.givenTwice(found.first.role, found.second.role),
  )
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
 * reported; when the input failed, a DataError instead.
 *
 * The rejects file (--rejects) is written as the rows are read, to a temporary file that the run
 * puts in place after its outputs, only when it completes (context.keep, context.finish in cli.ts):
 * a run that fails or is interrupted leaves the previous file as it was.
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
  let rejects: RejectsFile | undefined
  const rejectsPath = flags.rejects
  if (rejectsPath !== undefined) {
    const { RejectsFile } = await import('../write/rejects.js')
    const opened = await RejectsFile.open(resolve(io.cwd, rejectsPath), messages.prefix, io).catch(error => {
      throw writeError(error, rejectsPath, messages)
    })
    context.keep({
      commit: () =>
        opened.commit().catch(error => {
          throw writeError(error, rejectsPath, messages)
        }),
      abort: () => opened.discard(),
    })
    rejects = opened
  }
  const result = await read({
    skipInvalid: flags.skipInvalid === true || rejects !== undefined,
    handlers: {
      problem: problem => context.reportProblem(problem, flags),
      rejected: rejection => rejects?.add(rejection),
      unknownColumns: (file, names) => context.note(messages.notes.unknownColumns(file, names), flags, 'verbose'),
      drain: () => {
        const output = context.drain()
        if (rejects?.pressing !== true) return output
        return output === undefined ? rejects.drain() : Promise.all([output, rejects.drain()]).then(() => undefined)
      },
    },
  })
  context.closeProblems()
  for (const { option, value } of result.unmatchedFilters)
    context.note(messages.notes.noMatch(option, value), flags, 'warning')
  const steady = result.loaded.steadyJobs
  if (steady.length > 0) {
    const runs = steady.slice(0, STEADY_JOBS_SHOWN).map(run => {
      const values = run.values.map(value => formatProseNumber(jobsShown(value), messages.language))
      return messages.notes.jobsRun(run.projectId, `${run.first}–${run.last}`, values)
    })
    context.note(messages.notes.jobsLookHeld(steady.length, runs), flags, 'hint')
  }
  const value = 'trace' in result ? result.trace : result.summary
  context.failOnProblems(result.loaded, value === null, 'trace' in result ? 'trace' : 'summary')
  if (value === null) throw new Error('a failed read must end in a DataError')
  if (value.problems.skippedRecords > 0)
    context.note(messages.notes.skipped(value.problems.skippedRecords, flags.rejects), flags, 'warning')
  if ('membership' in value && value.membership !== null && value.membership.withoutRecords.length > 0)
    context.note(messages.members.withoutRecords(value.membership.withoutRecords), flags, 'hint')
  return value
}
