// What every command gets (Context): the streams, the run's catalogue, and the shared ways to report
// problems and notes, show progress and write output. Made once per run by cli.ts; commands never
// import cli.ts, so the program and its commands are built in one direction.
import { resolve } from 'node:path'
import { DataError, writeError } from '../errors.js'
import { escapeTerminal } from '../escape.js'
import { type Io, StreamWriter } from '../io.js'
import type { Messages } from '../messages/index.js'
import { NUMBER_STYLES } from '../messages/numbers.js'
import type { Problem } from '../model.js'
import type { Loaded } from '../pipeline.js'
import { Progress, type ProgressCounter } from '../progress.js'
import type { RenderOptions } from '../render/formats.js'
import { TOOL } from '../tool.js'
import { formatProblem } from '../validate/problem.js'
import type { StagedWrite } from '../write/atomic-write.js'

export interface Verbosity {
  quiet?: boolean
  verbose?: boolean
}

/** How many problems a file gets printed in full on stderr; the rest are counted (validate lists them all). */
export const PROBLEMS_SHOWN_PER_FILE = 1000

export interface EmitOptions {
  /** A terminal shows text taller than itself through the pager (write/pager.ts), unless --no-pager. */
  page?: boolean
}

/** Streamed text is collected for the pager up to this size; a longer stream is written as it comes. */
const MAX_PAGED_BYTES = 4 * 2 ** 20

/** What every command gets: the streams, the language, and the shared ways to report and write. */
export interface Context {
  io: Io
  messages: Messages
  /** stdout and stderr with backpressure; every line of text goes through these. */
  stdout: StreamWriter
  stderr: StreamWriter
  /**
   * Prints a problem on stderr: the first PROBLEMS_SHOWN_PER_FILE of each file in full, then only
   * counted (see closeProblems).
   */
  reportProblem(problem: Problem, verbosity: Verbosity): void
  /** Prints, per file, how many problems were counted but not shown; call once the input is read. */
  closeProblems(): void
  /** 'warning' and 'hint' print unless --quiet (as "warning: …" and "note: …"), 'verbose' only with --verbose. */
  note(text: string, verbosity: Verbosity, kind: 'warning' | 'hint' | 'verbose'): void
  /** A line on stderr, made safe for a terminal (escape.ts). */
  say(text: string): void
  /** Resolves when stdout and stderr have room: the reader awaits it between chunks of input. */
  drain(): Promise<void> | undefined
  /** Prints the closing line and throws DataError when the run failed on its input (`outcome`: what was not produced). */
  failOnProblems(loaded: Loaded, failed: boolean, outcome?: 'summary' | 'trace'): void
  /** `width`: the terminal's columns when writing to one, so that tables fit it. */
  renderOptions(color: boolean, width?: number): RenderOptions
  /** Runs `work` with a progress line on stderr when a person is watching (see progress.ts). */
  withProgress<T>(verbosity: Verbosity, work: (counter: ProgressCounter | undefined) => Promise<T>): Promise<T>
  /**
   * Writes to stdout, or to the file `output`; text may come in chunks (a streamed report). A file is
   * written in full now, beside its target, and put in place when the run completes (finish).
   */
  emit(
    text: string | Uint8Array | AsyncIterable<string>,
    output: string | undefined,
    options?: EmitOptions,
  ): Promise<void>
  /** Another file the run has written (--rejects): put in place after the outputs when the run completes. */
  keep(write: StagedWrite): void
  /**
   * Ends the run (cli.ts, once the command is done): when it `completed` (a failed check completes
   * too), its files are put in place, outputs first; otherwise, or when putting one in place fails,
   * every file not yet in place is discarded, so that a failed or interrupted run leaves every
   * earlier output as it was.
   */
  finish(completed: boolean): Promise<void>
}

export function createContext(io: Io, messages: Messages): Context {
  let progress: Progress | undefined
  const stdout = new StreamWriter(io.stdout, true)
  const stderr = new StreamWriter(io.stderr, false)
  const line = (text: string): void => {
    progress?.clear() // a message never lands in the middle of the progress line
    stderr.write(`${escapeTerminal(text)}\n`)
  }
  const withheld = new Map<string, { shown: number; errors: number; warnings: number }>()
  /** The run's files, written but not yet in place: the outputs (emit), then the others (keep). */
  const outputs: StagedWrite[] = []
  const kept: StagedWrite[] = []
  return {
    io,
    messages,
    stdout,
    stderr,
    reportProblem: (problem, verbosity) => {
      if (problem.severity === 'warning' && verbosity.quiet === true) return
      let file = withheld.get(problem.file)
      if (file === undefined) {
        file = { shown: 0, errors: 0, warnings: 0 }
        withheld.set(problem.file, file)
      }
      if (file.shown < PROBLEMS_SHOWN_PER_FILE) {
        file.shown++
        line(formatProblem(problem, messages.prefix))
      } else if (problem.severity === 'error') file.errors++
      else file.warnings++
    },
    closeProblems: () => {
      for (const [file, counted] of withheld)
        if (counted.errors + counted.warnings > 0)
          line(messages.notes.notShown(file, counted.errors, counted.warnings, PROBLEMS_SHOWN_PER_FILE))
      withheld.clear()
    },
    note: (text, verbosity, kind) => {
      if (verbosity.quiet === true || (kind === 'verbose' && verbosity.verbose !== true)) return
      line(
        `${kind === 'warning' ? `${messages.prefix.warning}: ` : kind === 'hint' ? `${messages.prefix.note}: ` : ''}${text}`,
      )
    },
    say: line,
    drain: () =>
      stdout.pressing || stderr.pressing
        ? Promise.all([stdout.drain(), stderr.drain()]).then(() => undefined)
        : undefined,
    failOnProblems: (loaded, failed, outcome = 'summary') => {
      if (!failed) return
      const records = loaded.inputs.reduce((sum, input) => sum + input.records, 0)
      const trace = outcome === 'trace'
      throw new DataError(
        [],
        loaded.fatal
          ? (trace ? messages.notes.unreadableTrace : messages.notes.unreadable)(loaded.counts.errors)
          : (trace ? messages.notes.failedTrace : messages.notes.failed)(
              loaded.counts.errors,
              loaded.counts.warnings,
              records,
            ),
        { usage: loaded.usage },
      )
    },
    withProgress: async (verbosity, work) => {
      if (!Progress.wanted(io.stderr, io.env, verbosity.quiet === true)) return work(undefined)
      const counter: ProgressCounter = { rows: 0 }
      progress = new Progress(io.stderr, counter, messages).start()
      try {
        return await work(counter)
      } finally {
        progress.stop()
        progress = undefined
      }
    },
    renderOptions: (color, width) => ({
      color,
      messages,
      numbers: NUMBER_STYLES[messages.language],
      tool: TOOL,
      ...(width === undefined ? {} : { width }),
    }),
    emit: async (text, output, options = {}) => {
      // A workbook's bytes never reach a terminal (output-target refuses them), so only text is paged.
      if (output === undefined && options.page === true && io.stdout.isTTY === true && !(text instanceof Uint8Array)) {
        const { pagerCommand, pageText, tallerThanScreen } = await import('../write/pager.js')
        const command = pagerCommand(io.env)
        if (command !== null) {
          const collected = typeof text === 'string' ? { text, rest: null } : await collectUpTo(text, MAX_PAGED_BYTES)
          if (collected.rest === null && tallerThanScreen(collected.text, io.stdout.rows)) {
            await stdout.flush()
            if (await pageText(collected.text, command, io)) return
          }
          text = collected.rest === null ? collected.text : prepend(collected.text, collected.rest)
        }
      }
      const { standardStreamOf } = await import('../write/output-target.js')
      const path = output === undefined ? undefined : resolve(io.cwd, output)
      const stream = path === undefined ? 'stdout' : standardStreamOf(path)
      if (stream !== null) {
        const writer = stream === 'stdout' ? stdout : stderr
        if (typeof text === 'string' || text instanceof Uint8Array) writer.write(text)
        else
          for await (const chunk of text) {
            writer.write(chunk)
            if (writer.pressing) await writer.drain()
          }
        return writer.flush()
      }
      const { stageFileAtomic } = await import('../write/atomic-write.js')
      const shownAs = output as string
      const failed = (error: unknown): never => {
        throw writeError(error, shownAs, messages)
      }
      const write = await stageFileAtomic(path as string, text).catch(failed)
      const checked = { commit: () => write.commit().catch(failed), abort: () => write.abort() }
      if (write.inPlace === true) await checked.commit()
      else outputs.push(checked)
    },
    keep: write => {
      kept.push(write)
    },
    finish: async completed => {
      const writes = [...outputs, ...kept]
      outputs.length = 0
      kept.length = 0
      try {
        if (completed) for (const write of writes) await write.commit()
      } finally {
        for (const write of writes) await write.abort() // a committed write has nothing left to abort
      }
    },
  }
}

/** The stream's text if it ends within `limit` characters (rest null), else what was read and the rest. */
async function collectUpTo(
  chunks: AsyncIterable<string>,
  limit: number,
): Promise<{ text: string; rest: AsyncIterator<string> | null }> {
  const iterator = chunks[Symbol.asyncIterator]()
  let text = ''
  for (;;) {
    const next = await iterator.next()
    if (next.done === true) return { text, rest: null }
    text += next.value
    if (text.length > limit) return { text, rest: iterator }
  }
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncIterable<string> {
  yield first
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value
}
