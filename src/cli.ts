// Builds the program and is the one place an error becomes an exit code:
// 0 success, 1 invalid data or a failed check, 2 usage error; anything else is an internal error.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { Command, CommanderError } from 'commander'
import { registerCheck } from './commands/check.js'
import { registerCompletion } from './commands/completion.js'
import { registerInit } from './commands/init.js'
import { registerReport } from './commands/report.js'
import { registerSummarize } from './commands/summarize.js'
import { registerTrace } from './commands/trace.js'
import { registerValidate } from './commands/validate.js'
import { CheckFailed, DataError, UsageError } from './errors.js'
import { BrokenPipe, type Io, processIo, writeText } from './io.js'
import { type Language, languageFromEnv, type Messages, messagesFor } from './messages.js'
import type { Problem } from './model.js'
import { Progress, type ProgressCounter } from './progress.js'
import type { Loaded } from './pipeline.js'
import { NUMBER_STYLES } from './render/format-number.js'
import type { RenderOptions } from './render/formats.js'
import { formatProblem } from './validate/problem.js'

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string }

export const TOOL = { name: packageJson.name, version: packageJson.version }

interface Verbosity {
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

function createContext(io: Io, messages: Messages): Context {
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
        const { writeFileAtomic } = await import('./write/atomic-write.js')
        await writeFileAtomic(resolve(io.cwd, output), text)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EPERM') {
          throw new UsageError(
            messages.errors.cannotWrite(
              output,
              code === 'ENOENT' ? 'missing-directory' : code === 'EISDIR' ? 'directory' : 'denied',
            ),
          )
        }
        throw error
      }
    },
  }
}

function buildProgram(context: Context): Command {
  const { io, messages } = context
  const program = new Command('lup-impact')
    .description(messages.help.program)
    .version(TOOL.version, '-V, --version', messages.help.version)
    .helpOption('-h, --help', messages.help.help)
    .helpCommand('help [command]', messages.help.helpCommand)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({
      styleTitle: title => messages.help.titles[title] ?? title,
      // Commander's "(choices: ..., default: ...)" in the user's language.
      optionDescription: option => {
        const extra: string[] = []
        if (option.argChoices !== undefined) extra.push(messages.help.choices(option.argChoices))
        if (option.defaultValue !== undefined && (option.required || option.optional))
          extra.push(messages.help.defaultValue(String(option.defaultValue)))
        return extra.length === 0 ? option.description : `${option.description} (${extra.join('; ')})`
      },
    })
    .configureOutput({
      writeOut: text => io.stdout.write(text),
      writeErr: text => io.stderr.write(text),
      outputError: (text, write) => write(messages.translateCommander(text)),
    })
    .addHelpText(
      'after',
      `
${messages.help.examples}
  $ lup-impact summarize data/lup-sample.csv
  $ lup-impact summarize data/lup-sample.csv --by year,partner --format json | jq .totals
  $ lup-impact summarize eksport.csv --skip-invalid -o summary.md
  $ lup-impact summarize data/lup-sample.csv --real 2020
  $ lup-impact trace data/lup-sample.csv --metric jobs --year 2016`,
    )
  registerSummarize(program, context)
  registerValidate(program, context)
  registerTrace(program, context)
  registerReport(program, context)
  registerCheck(program, context)
  registerInit(program, context)
  registerCompletion(program, context)
  return program
}

/** --lang from the command line if given (even before commander has parsed it), else the locale. */
export function chooseLanguage(argv: readonly string[], env: Io['env']): Language {
  for (let position = 0; position < argv.length; position++) {
    const argument = argv[position] as string
    const value =
      argument === '--lang' ? argv[position + 1] : argument.startsWith('--lang=') ? argument.slice(7) : undefined
    if (value === 'nb' || value === 'en') return value
  }
  return languageFromEnv(env)
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const debug = argv.includes('--debug')
  const messages = messagesFor(chooseLanguage(argv, io.env))
  const context = createContext(io, messages)
  const program = buildProgram(context)
  // Write failures reach us through write callbacks (see writeText); without a
  // listener the stream's 'error' event (EPIPE after `| head`) would crash the process.
  if (!GUARDED.has(io.stdout)) {
    GUARDED.add(io.stdout)
    io.stdout.on('error', () => undefined)
  }
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true })
      return 2
    }
    await program.parseAsync([...argv], { from: 'user' })
    return 0
  } catch (error) {
    return exitCodeFor(error, io, debug, messages)
  }
}

const GUARDED = new WeakSet<object>()

function exitCodeFor(error: unknown, io: Io, debug: boolean, messages: Messages): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help or version).
    return error.exitCode === 0 ? 0 : 2
  }
  if (error instanceof BrokenPipe || (error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return 0
  if (error instanceof UsageError) {
    io.stderr.write(`${messages.prefix.error}: ${error.message}\n`)
    return 2
  }
  if (error instanceof DataError) {
    if (!error.silent) io.stderr.write(`${messages.prefix.error}: ${error.message}\n`)
    return 1
  }
  if (error instanceof CheckFailed) {
    io.stderr.write(`error: ${error.message}\n`)
    return 1
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`${messages.internalError(message)}\n`)
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`)
  return 1
}
