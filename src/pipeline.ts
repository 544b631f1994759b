// read → validate → aggregate, on one screen. Records stream from the reader (read/) through
// validation into the accumulators as one reused RecordView; none is kept.
import type { Readable } from 'node:stream'
import { Aggregator, type AggregateOptions } from './aggregate/index.js'
import { Tracer, type TraceOptions } from './aggregate/trace.js'
import type {
  DecimalConvention,
  ImpactRecord,
  InputSummary,
  JobsMeaning,
  MemberList,
  Problem,
  ProblemCounts,
  Summary,
  TraceSummary,
  TracedCarbonValue,
  ValueAppraisal,
  ValueSettings,
  TracedRecord,
} from './model.js'
import type { Messages } from './messages/index.js'
import type { ProgressCounter } from './progress.js'
import { type CanonicalColumn, resolveHeader } from './read/header.js'
import { type ReadOptions, formatLocation, readerFor, resolveInputs, type RowFields } from './read/index.js'
import { formatSource, locationIn } from './read/location.js'
import { KeyLimitError } from './record/limits.js'
import { type AggregationKeys, type RunKeys, runKeys } from './record/run-keys.js'
import { RecordView } from './record/view.js'
import { CrossRecordChecks } from './validate/duplicates.js'
import { MembershipCheck } from './validate/membership.js'
import { problemFromHeader, problemFromRead } from './validate/file-problems.js'
import { validateInto, type FileContext } from './validate/record.js'

export interface LoadOptions extends ReadOptions {
  decimal?: DecimalConvention
  allowDuplicates: boolean
  /** --allow-overlap: one project and year under several partner sets is not warned about. */
  allowOverlap?: boolean
  strict: boolean
  /** --members: partners on records are checked against them (a warning when not a member then). */
  members?: MemberList | null
  /** --jobs, for the commands that summarise: under 'new' a hint names projects whose jobs look held; absent: no hint. */
  jobs?: JobsMeaning
  /** --jobs was given: the user has said what the column means, so no hint second-guesses it. */
  jobsStated?: boolean
  messages: Messages
  /** Counts data rows as they are read, for a progress line. */
  progress?: ProgressCounter
}

/** A row left out of the figures, with its text as read and every reason. */
export interface Rejection {
  file: string
  line: number
  raw: string
  problems: Problem[]
}

export interface LoadHandlers {
  record(record: ImpactRecord): void
  problem(problem: Problem): void
  rejected?(rejection: Rejection): void
  unknownColumns?(file: string, names: string[]): void
  /** Between chunks of input: a promise to await before reading on (backpressure from slow output), or undefined. */
  drain?(): Promise<void> | undefined
}

export interface PipelineIo {
  cwd: string
  stdin: Readable
}

export interface Loaded {
  inputs: InputSummary[]
  counts: ProblemCounts
  /** Under --jobs new (summarize, report, check): projects whose jobs are about the same in three or more consecutive years. */
  steadyJobs: { projectId: string; first: number; last: number; values: number[] }[]
  /** Problems that make a whole file unusable, whatever --skip-invalid says. */
  fatal: boolean
  /** One of them is a mistake on the command line (--sheet naming no sheet): the run exits 2, not 1. */
  usage: boolean
}

/** read → validate → check, for callers that keep records (the library): each valid record as an ImpactRecord. */
export async function loadRecords(
  paths: readonly string[],
  options: LoadOptions,
  io: PipelineIo,
  handlers: LoadHandlers,
): Promise<Loaded> {
  return streamRecords(paths, options, io, { ...handlers, record: view => handlers.record(view.toImpactRecord()) })
}

/**
 * read → validate → check: `handlers.record` gets the reused RecordView of each valid record, good
 * until it returns. `run` carries the keys shared with an aggregator.
 */
export async function streamRecords(
  paths: readonly string[],
  options: LoadOptions,
  io: PipelineIo,
  handlers: Omit<LoadHandlers, 'record'> & { record(view: RecordView): void },
  run: RunKeys = runKeys({ duplicates: !options.allowDuplicates }),
): Promise<Loaded> {
  const sources = await resolveInputs(paths, io.cwd, io.stdin, options.messages)
  const checks = new CrossRecordChecks(options, options.messages, run)
  const members = options.members ?? null
  const membership = members === null ? null : new MembershipCheck(members, options.messages)
  const spellings = run.keys.spellings
  /** Names read in another spelling than their first, during the row just read: one warning each. */
  const reportSpellings = (line: number): void => {
    for (const note of spellings) {
      const column: CanonicalColumn =
        note.kind === 'project' ? 'project_id' : note.kind === 'category' ? 'category' : 'partner'
      report({
        ...locationIn(view, line),
        severity: 'warning',
        column: context?.names[context.index[column]] ?? column,
        message: options.messages.problems.spelling(
          note.kind,
          note.spelling,
          note.first,
          formatLocation(run.keys.locations.unpack(note.firstAt)),
        ),
      })
    }
    spellings.length = 0
  }
  const counts: ProblemCounts = { errors: 0, warnings: 0, skippedRecords: 0 }
  let fatal = false
  let usage = false
  /** Whether any input was a workbook (read or refused): --sheet means nothing to CSV alone. */
  let workbooks = 0
  const report = (problem: Problem): void => {
    if (problem.severity === 'error') counts.errors++
    else counts.warnings++
    handlers.problem(problem)
  }
  const view = new RecordView(run.keys)
  const inputs: InputSummary[] = []
  let context: FileContext | undefined
  /** One data row: validated, checked and handed on, or reported; false when the file must end here. */
  const readRow = (fields: RowFields): boolean => {
    const file = view.file
    try {
      const invalid = validateInto(fields, file, context as FileContext, view)
      let problems = invalid ?? checks.checkView(view)
      if (membership !== null && invalid === null && !problems.some(problem => problem.severity === 'error')) {
        const outside = membership.check(view)
        if (outside !== null) problems = [...problems, ...outside]
      }
      if (problems.length === 0) {
        handlers.record(view)
        return true
      }
      for (const problem of problems) report(problem)
      if (invalid !== null || problems.some(problem => problem.severity === 'error')) {
        counts.skippedRecords++
        handlers.rejected?.({ file: formatSource(view), line: fields.line, raw: fields.raw(), problems: [...problems] })
      } else handlers.record(view)
      return true
    } catch (error) {
      // Past a bound on distinct keys (record/limits.ts): a located error, and the file ends here.
      if (!(error instanceof KeyLimitError)) throw error
      report({
        ...locationIn(view, fields.line),
        severity: 'error',
        message: options.messages.problems.tooManyKeys(error.kind, error.limit),
      })
      fatal = true
      return false
    }
  }

  for (const source of sources) {
    context = undefined
    const read = await readerFor(source).read(source, options, {
      header: header => {
        const resolved = resolveHeader(header.cells)
        for (const problem of resolved.problems) report(problemFromHeader(problem, header, options.messages))
        if (resolved.problems.length > 0) {
          fatal = true
          return false
        }
        if (resolved.unknown.length > 0) handlers.unknownColumns?.(header.file, resolved.unknown)
        const convention = options.decimal ?? header.convention
        view.file = header.file
        view.sheet = header.sheet
        if (header.sheet !== undefined) workbooks++
        context = {
          ...(header.sheet === undefined ? {} : { sheet: header.sheet }),
          index: resolved.index,
          names: resolved.names,
          convention,
          messages: options.messages,
          keys: run.keys,
        }
        return true
      },
      row: fields => {
        if (options.progress !== undefined) options.progress.rows++
        const read = readRow(fields)
        if (spellings.length > 0) reportSpellings(fields.line)
        return read
      },
      problem: problem => {
        if (problem.kind === 'spreadsheet' || problem.sheet !== undefined) workbooks++
        if (problem.kind === 'spreadsheet' && problem.problem === 'no-such-sheet') usage = true
        const located = problemFromRead(problem, options.messages)
        report(located)
        if (problem.kind === 'csv' && !problem.fatal) {
          counts.skippedRecords++
          handlers.rejected?.({ file: problem.file, line: problem.line, raw: problem.raw, problems: [located] })
        } else fatal = true
      },
      ...(handlers.drain === undefined ? {} : { drain: handlers.drain }),
    })
    inputs.push({ path: source.name, records: read.records, sha256: read.sha256 })
  }
  const first = sources[0]
  if (options.sheet !== undefined && workbooks === 0 && first !== undefined) {
    // Not silently ignored: whoever names a sheet believes an input is a workbook.
    report({ file: first.name, line: 0, severity: 'error', message: options.messages.spreadsheet.sheetWithoutWorkbook })
    fatal = true
    usage = true
  }
  return {
    inputs,
    counts,
    fatal,
    usage,
    steadyJobs: options.jobs === 'new' && options.jobsStated !== true ? checks.steadyJobs() : [],
  }
}

export interface SummarizeOptions extends LoadOptions, AggregateOptions {
  skipInvalid: boolean
}

export interface Summarized {
  /** null when the input had errors and --skip-invalid was not given: nothing is summarised then. */
  summary: Summary | null
  loaded: Loaded
  unmatchedFilters: { option: string; value: string }[]
}

export async function summarizeFiles(
  paths: readonly string[],
  options: SummarizeOptions,
  io: PipelineIo,
  handlers: Omit<LoadHandlers, 'record'>,
): Promise<Summarized> {
  const run = runKeys({ duplicates: !options.allowDuplicates, groupings: options.groupings })
  const aggregator = new Aggregator(options, run)
  const loaded = await streamRecords(paths, options, io, { ...handlers, record: view => aggregator.addView(view) }, run)
  // Under --real, savings from a year the price index lacks cannot be converted: the whole run fails.
  const prices = options.prices ?? null
  if (prices !== null) {
    for (const { year, first } of aggregator.missingPriceYears()) {
      handlers.problem({
        ...first,
        severity: 'error',
        message: options.messages.prices.recordYearMissing(year, prices),
      })
      loaded.counts.errors++
      loaded.fatal = true
    }
  }
  const failed = loaded.fatal || (loaded.counts.errors > 0 && !options.skipInvalid)
  return {
    summary: failed ? null : aggregator.result(loaded.inputs, loaded.counts),
    loaded,
    unmatchedFilters: aggregator.filter.unmatched(),
  }
}

export interface TraceFilesOptions extends LoadOptions, TraceOptions {
  skipInvalid: boolean
  /** carbon_value: the appraisal's settings; the year's value is computed as summarize --value computes it. */
  value?: ValueSettings | null
  /** carbon_value: the traced year's figures from the appraisal (the command's, which rounds as summarize does). */
  describeValue?: (appraisal: ValueAppraisal | null) => TracedCarbonValue
}

export interface Traced {
  /** null when the input had errors and --skip-invalid was not given: nothing is traced then. */
  trace: TraceSummary | null
  loaded: Loaded
  unmatchedFilters: { option: string; value: string }[]
}

/** read → validate → trace: each record behind the figure goes to `traced` as it is read. */
export async function traceFiles(
  paths: readonly string[],
  options: TraceFilesOptions,
  io: PipelineIo,
  handlers: Omit<LoadHandlers, 'record'> & { traced(record: TracedRecord): void },
): Promise<Traced> {
  // carbon_value: the same records also go through an Aggregator, so that the year's value is summarize's.
  const value = options.value ?? null
  const run =
    value === null
      ? runKeys({ duplicates: !options.allowDuplicates })
      : runKeys({ duplicates: !options.allowDuplicates, groupings: [] })
  const tracer = new Tracer(options, run.keys)
  const aggregator =
    value === null
      ? null
      : new Aggregator(
          { attribution: options.attribution, groupings: [], filters: options.filters, value },
          run as AggregationKeys,
        )
  const loaded = await streamRecords(
    paths,
    options,
    io,
    {
      ...handlers,
      record: view => {
        aggregator?.addView(view)
        const traced = tracer.addView(view)
        if (traced !== null) handlers.traced(traced)
      },
    },
    run,
  )
  const failed = loaded.fatal || (loaded.counts.errors > 0 && !options.skipInvalid)
  const trace = failed ? null : tracer.result(loaded.inputs, loaded.counts)
  if (trace !== null && aggregator !== null && options.describeValue !== undefined)
    trace.carbonValue = options.describeValue(aggregator.result(loaded.inputs, loaded.counts).value)
  return {
    trace,
    loaded,
    unmatchedFilters: tracer.filter.unmatched(),
  }
}
