// What every command gets (Context): the streams, the run's catalogue, and the shared ways to report
// problems and notes, show progress and write output. Made once per run by cli.ts; commands never
// import cli.ts, so the program and its commands are built in one direction.
import { resolve } from 'node:path'
import { DataError, fileError } from '../errors.js'
import { type Io, writeText } from '../io.js'
import type { Messages } from '../messages/index.js'
import { NUMBER_STYLES } from '../messages/numbers.js'
import type { Problem } from '../model.js'
import type { Loaded } from '../pipeline.js'
import { Progress, type ProgressCounter } from '../progress.js'
import type { RenderOptions } from '../render/formats.js'
import { TOOL } from '../tool.js'
import { formatProblem } from '../validate/problem.js'

export interface Verbosity {
  quiet?: boolean
  verbose?: boolean
}

/** What every command gets: the streams, the language, and the shared ways to report and write. */
export interface Context {
  io: Io
  messages: Messages
  reportProblem(problem: Problem, verbosity: Verbosity): void
  note(text: string, verbosity: Verbosity, kind: 'warning' | 'verbose'): void
  /** Prints the closing line and throws DataError when the run failed on its input (`outcome`: what was not produced). */
  failOnProblems(loaded: Loaded, failed: boolean, outcome?: 'summary' | 'trace'): void
  /** `width`: the terminal's columns when writing to one, so that tables fit it. */
  renderOptions(color: boolean, width?: number): RenderOptions
  /** Runs `work` with a progress line on stderr when a person is watching (see progress.ts). */
  withProgress<T>(verbosity: Verbosity, work: (counter: ProgressCounter | undefined) => Promise<T>): Promise<T>
  /** Writes to stdout, or atomically to `output`; text may come in chunks (a streamed report). */
  emit(text: string | AsyncIterable<string>, output: string | undefined): Promise<void>
}

export function createContext(io: Io, messages: Messages): Context {
  let progress: Progress | undefined
  const line = (text: string): void => {
    progress?.clear() // a message never lands in the middle of the progress line
    io.stderr.write(`${text}\n`)
  }
  return {
    io,
    messages,
    reportProblem: (problem, verbosity) => {
      if (problem.severity === 'warning' && verbosity.quiet === true) return
      line(formatProblem(problem, messages.prefix))
    },
    note: (text, verbosity, kind) => {
      if (verbosity.quiet === true || (kind === 'verbose' && verbosity.verbose !== true)) return
      line(`${kind === 'warning' ? `${messages.prefix.warning}: ` : ''}${text}`)
    },
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
    emit: async (text, output) => {
      if (output === undefined) {
        if (typeof text === 'string') return writeText(io.stdout, text)
        for await (const chunk of text) await writeText(io.stdout, chunk)
        return
      }
      try {
        const { writeFileAtomic } = await import('../write/atomic-write.js')
        await writeFileAtomic(resolve(io.cwd, output), text)
      } catch (error) {
        throw fileError(error, output, problem =>
          problem === 'missing'
            ? messages.errors.cannotWrite(output, 'missing-directory')
            : problem === 'directory' || problem === 'denied' || problem === 'not-a-directory'
              ? messages.errors.cannotWrite(output, problem === 'directory' ? 'directory' : 'denied')
              : undefined,
        )
      }
    },
  }
}
