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
import { CheckFailed, DataError, IoError, UsageError, writeFailure } from './errors.js'
import { type Io, isBrokenPipe, processIo, StreamWriter } from './io.js'
import { type Language, languageFromEnv, type Messages, messagesFor } from './messages.js'
import type { Problem } from './model.js'
import { Progress, type ProgressCounter } from './progress.js'
import type { Loaded } from './pipeline.js'
import { NUMBER_STYLES } from './render/format-number.js'
import type { RenderOptions } from './render/formats.js'
import { escapeTerminal, escapeTerminalLines } from './render/escape.js'
import { formatProblem } from './validate/problem.js'
import type { StagedWrite } from './write/atomic-write.js'

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string }

export const TOOL = { name: packageJson.name, version: packageJson.version }

interface Verbosity {
  quiet?: boolean
  verbose?: boolean
}

/** How many problems a file gets printed in full on stderr; the rest are counted (validate lists them all). */
export const PROBLEMS_SHOWN_PER_FILE = 1000

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
  note(text: string, verbosity: Verbosity, kind: 'warning' | 'verbose'): void
  /** A line on stderr, made safe for a terminal (escape.ts). */
  say(text: string): void
  /** Resolves when stdout, stderr (and `others`) have room: the reader awaits it between chunks of input. */
  drain(): Promise<void> | undefined
  /** Prints the closing line and throws DataError when the run failed on its input (`outcome`: what was not produced). */
  failOnProblems(loaded: Loaded, failed: boolean, outcome?: 'summary' | 'trace'): void
  /** `width`: the terminal's columns when writing to one, so that tables fit it. */
  renderOptions(color: boolean, width?: number): RenderOptions
  /** Runs `work` with a progress line on stderr when a person is watching (see progress.ts). */
  withProgress<T>(verbosity: Verbosity, work: (counter: ProgressCounter | undefined) => Promise<T>): Promise<T>
  /**
   * Writes to stdout, or atomically to `output`; text may come in chunks (a streamed report). With
   * `staged`, a file is written in full but put in place only when the caller commits it.
   */
  emit(text: string | AsyncIterable<string>, output: string | undefined, staged?: StagedWrite[]): Promise<void>
}

function createContext(io: Io, messages: Messages): Context {
  let progress: Progress | undefined
  const stdout = new StreamWriter(io.stdout, true)
  const stderr = new StreamWriter(io.stderr, false)
  const line = (text: string): void => {
    progress?.clear() // a message never lands in the middle of the progress line
    stderr.write(`${escapeTerminal(text)}\n`)
  }
  const withheld = new Map<string, { shown: number; errors: number; warnings: number }>()
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
      line(`${kind === 'warning' ? `${messages.prefix.warning}: ` : ''}${text}`)
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
    emit: async (text, output, staged) => {
      const { standardStreamOf } = await import('./write/output-target.js')
      const path = output === undefined ? undefined : resolve(io.cwd, output)
      const stream = path === undefined ? 'stdout' : standardStreamOf(path)
      if (stream !== null) {
        const writer = stream === 'stdout' ? stdout : stderr
        if (typeof text === 'string') writer.write(text)
        else
          for await (const chunk of text) {
            writer.write(chunk)
            if (writer.pressing) await writer.drain()
          }
        return writer.flush()
      }
      const { stageFileAtomic } = await import('./write/atomic-write.js')
      const shownAs = output as string
      const failed = (error: unknown): never => {
        throw writeFailure(error, shownAs, messages)
      }
      const write = await stageFileAtomic(path as string, text).catch(failed)
      const checked = { commit: () => write.commit().catch(failed), abort: () => write.abort() }
      if (staged === undefined) await checked.commit()
      else staged.push(checked)
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
      writeErr: text => io.stderr.write(escapeTerminalLines(text)),
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
  for (const stream of [io.stdout, io.stderr]) {
    if (GUARDED.has(stream)) continue
    GUARDED.add(stream)
    stream.on('error', () => undefined)
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
  // One line each, a line break from the data shown as \n; only the internal error's hint is a second line.
  const say = (text: string): void => {
    io.stderr.write(`${escapeTerminal(text)}\n`)
  }
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help or version).
    return error.exitCode === 0 ? 0 : 2
  }
  if (isBrokenPipe(error)) return 0
  if (error instanceof UsageError || error instanceof IoError) {
    say(`${messages.prefix.error}: ${error.message}`)
    return 2
  }
  if (error instanceof DataError) {
    if (!error.silent) say(`${messages.prefix.error}: ${error.message}`)
    return 1
  }
  if (error instanceof CheckFailed) {
    say(`error: ${error.message}`)
    return 1
  }
  const system = error as NodeJS.ErrnoException | null
  if (typeof system?.code === 'string' && typeof system.syscall === 'string' && /^E[A-Z]+$/.test(system.code)) {
    // The system refused a read or a write no command foresaw (a full disk, a bad TMPDIR): an I/O error, not a bug.
    say(
      `${messages.prefix.error}: ${messages.errors.systemFailed(system.syscall, system.path ?? null, messages.errors.systemReason(system.code))}`,
    )
    if (debug && system.stack !== undefined) io.stderr.write(`${system.stack}\n`)
    return 2
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`${escapeTerminalLines(messages.internalError(escapeTerminal(message)))}\n`)
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`)
  return 1
}
