// read → validate → aggregate, on one screen. Records stream from the reader
// through validation into the accumulators; none is kept.
import type { Readable } from 'node:stream'
import { Aggregator, type AggregateOptions, ledgerNeeds } from './aggregate/index.js'
import { Tracer, type TraceOptions } from './aggregate/trace.js'
import type {
  DecimalConvention,
  ImpactRecord,
  InputSummary,
  Problem,
  ProblemCounts,
  Summary,
  TraceSummary,
  TracedRecord,
} from './model.js'
import type { Messages } from './messages.js'
import type { ProgressCounter } from './progress.js'
import { conventionForDelimiter } from './read/dialect.js'
import { resolveHeader } from './read/header.js'
import { resolveInputs } from './read/open-input.js'
import type { RowFields } from './read/csv-tokenizer.js'
import type { CanonicalColumn } from './read/header.js'
import { readRows, type ReadOptions } from './read/rows.js'
import { Ledger } from './keys/ledger.js'
import { KeyLimitError } from './keys/limits.js'
import { RecordKeys, RecordView } from './record-view.js'
import { CrossRecordChecks } from './validate/duplicates.js'
import { problemFromHeader, problemFromRead } from './validate/file-problems.js'
import { formatLocation } from './validate/problem.js'
import { validateInto, type FileContext } from './validate/record.js'

export interface LoadOptions extends ReadOptions {
  decimal?: DecimalConvention
  allowDuplicates: boolean
  strict: boolean
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
  /** Problems that make a whole file unusable, whatever --skip-invalid says. */
  fatal: boolean
}

/** The keys a run shares between validation, the duplicate check and aggregation. */
export interface RunKeys {
  keys: RecordKeys
  /** With duplicate detection on, or when aggregating; null otherwise. */
  ledger: Ledger | null
}

/** read → validate → check, for callers that keep records: each valid record as an ImpactRecord. */
export async function loadRecords(
  paths: readonly string[],
  options: LoadOptions,
  io: PipelineIo,
  handlers: LoadHandlers,
): Promise<Loaded> {
  return streamRecords(paths, options, io, { ...handlers, record: view => handlers.record(view.toImpactRecord()) })
}

/**
 * read → validate → check, on the per-record path: `handlers.record` gets the reused RecordView of each
 * valid record, good until it returns. `run` carries the keys shared with an aggregator.
 */
export async function streamRecords(
  paths: readonly string[],
  options: LoadOptions,
  io: PipelineIo,
  handlers: Omit<LoadHandlers, 'record'> & { record(view: RecordView): void },
  run: RunKeys = {
    keys: new RecordKeys(),
    ledger: options.allowDuplicates ? null : new Ledger({ duplicates: true, categories: false, bases: false }),
  },
): Promise<Loaded> {
  const sources = await resolveInputs(paths, io.cwd, io.stdin, options.messages)
  const checks = new CrossRecordChecks(options, options.messages, {
    keys: run.keys,
    ledger: run.ledger,
    locations: run.keys.locations,
  })
  const spellings = run.keys.spellings
  /** Names read in another spelling than their first, during the row just read: one warning each. */
  const reportSpellings = (file: string, line: number): void => {
    for (const note of spellings) {
      const column: CanonicalColumn =
        note.kind === 'project' ? 'project_id' : note.kind === 'category' ? 'category' : 'partner'
      report({
        file,
        line,
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
  const report = (problem: Problem): void => {
    if (problem.severity === 'error') counts.errors++
    else counts.warnings++
    handlers.problem(problem)
  }
  const view = new RecordView(run.keys)
  const inputs: InputSummary[] = []
  let context: FileContext | undefined
  /** One data row: validated, checked and handed on, or reported; false when the file must end here. */
  const readRow = (fields: RowFields, file: string): boolean => {
    try {
      const invalid = validateInto(fields, file, context as FileContext, view)
      const problems = invalid ?? checks.checkView(view)
      if (problems.length === 0) {
        handlers.record(view)
        return true
      }
      for (const problem of problems) report(problem)
      if (invalid !== null || problems.some(problem => problem.severity === 'error')) {
        counts.skippedRecords++
        handlers.rejected?.({ file, line: fields.line, raw: fields.raw(), problems: [...problems] })
      } else handlers.record(view)
      return true
    } catch (error) {
      // Past a bound on distinct keys (keys/limits.ts): a located error, and the file ends here.
      if (!(error instanceof KeyLimitError)) throw error
      report({
        file,
        line: fields.line,
        severity: 'error',
        message: options.messages.problems.tooManyKeys(error.kind, error.limit),
      })
      fatal = true
      return false
    }
  }

  for (const source of sources) {
    context = undefined
    const read = await readRows(source, options, {
      header: header => {
        const resolved = resolveHeader(header.cells)
        for (const problem of resolved.problems)
          report(problemFromHeader(problem, header.file, header.line, options.messages))
        if (resolved.problems.length > 0) {
          fatal = true
          return false
        }
        if (resolved.unknown.length > 0) handlers.unknownColumns?.(header.file, resolved.unknown)
        const convention = options.decimal ?? conventionForDelimiter(header.delimiter)
        context = {
          index: resolved.index,
          names: resolved.names,
          convention,
          messages: options.messages,
          keys: run.keys,
        }
        return true
      },
      row: (fields, file) => {
        if (options.progress !== undefined) options.progress.rows++
        const read = readRow(fields, file)
        if (spellings.length > 0) reportSpellings(file, fields.line)
        return read
      },
      problem: problem => {
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
  return { inputs, counts, fatal }
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
  const keys = new RecordKeys()
  const ledger = new Ledger({ duplicates: !options.allowDuplicates, ...ledgerNeeds(options.groupings) })
  const aggregator = new Aggregator(options, { keys, ledger })
  const loaded = await streamRecords(
    paths,
    options,
    io,
    { ...handlers, record: view => aggregator.addView(view) },
    { keys, ledger },
  )
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
  const tracer = new Tracer(options)
  const loaded = await loadRecords(paths, options, io, {
    ...handlers,
    record: record => {
      const traced = tracer.add(record)
      if (traced !== null) handlers.traced(traced)
    },
  })
  const failed = loaded.fatal || (loaded.counts.errors > 0 && !options.skipInvalid)
  return {
    trace: failed ? null : tracer.result(loaded.inputs, loaded.counts),
    loaded,
    unmatchedFilters: tracer.filter.unmatched(),
  }
}
