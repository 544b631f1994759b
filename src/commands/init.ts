import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { Context } from './context.js'
import { fileError, fileProblem, UsageError, writeError } from '../errors.js'
import { writeText } from '../io.js'
import { languageOption } from './shared-options.js'

/** What `init` writes when no file is named. */
export const DEFAULT_TEMPLATE_FILE = 'impact-records.csv'

interface InitFlags {
  force?: boolean
  quiet?: boolean
}

export function registerInit(program: Command, context: Context): void {
  const help = context.messages.help
  program
    .command('init')
    .description(help.initDescription)
    .argument('[file]', help.initFile, DEFAULT_TEMPLATE_FILE)
    .addOption(languageOption(help.initLang, context.messages))
    .option('--force', help.force)
    .option('-q, --quiet', help.quiet)
    .option('--debug', help.debug)
    .addHelpText(
      'after',
      `
${help.examples}
  $ lup-impact init                          # ${help.comments.initDefault}
  $ lup-impact init effekter.csv --lang nb   # ${help.comments.initNorwegian}
  $ lup-impact init - --lang nb > mal.csv`,
    )
    .action(async (file: string, flags: InitFlags) => {
      const { io } = context
      const { messages } = context
      const words = messages.init
      const { templateCsv } = await import('../template.js')
      const text = templateCsv(messages.language, messages)
      if (file === '-') return writeText(io.stdout, text)
      const path = resolve(io.cwd, file)
      // A missing file (or folder on the way, reported when writing) is what we want; anything else stops here.
      const existing = await stat(path).catch((error: unknown) => {
        const found = fileProblem(error)?.problem
        if (found === 'missing' || found === 'not-a-directory') return null
        throw found === 'denied' ? new UsageError(words.cannotWrite(file)) : writeError(error, file, messages)
      })
      if (existing?.isDirectory() === true) throw new UsageError(words.isDirectory(file))
      if (existing !== null && flags.force !== true) throw new UsageError(words.exists(file))
      try {
        if (flags.force === true) await (await import('../write/atomic-write.js')).writeFileAtomic(path, text)
        else await (await import('../write/create-file.js')).createFileAtomic(path, text)
      } catch (error) {
        const worded = fileError(error, file, (problem, _path, code) =>
          problem === 'exists'
            ? words.exists(file)
            : problem === 'missing' || problem === 'not-a-directory'
              ? words.noDirectory(file)
              : problem === 'denied' && code !== 'EROFS'
                ? words.cannotWrite(file)
                : undefined,
        )
        throw worded === error ? writeError(error, file, messages) : worded
      }
      if (flags.quiet !== true) context.say(words.wrote(file, words.description))
    })
}
