import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type Command, Option } from 'commander'
import type { Context } from '../cli.js'
import { UsageError } from '../errors.js'
import { writeText } from '../io.js'
import { en, REPORT_MESSAGES } from '../report/messages.js'
import { DEFAULT_TEMPLATE_FILE } from '../report/template-name.js'

interface InitFlags {
  force?: boolean
  quiet?: boolean
}

export function registerInit(program: Command, context: Context): void {
  program
    .command('init')
    .description(en.help.initDescription)
    .argument('[file]', en.help.initFile, DEFAULT_TEMPLATE_FILE)
    .addOption(
      new Option('--lang <language>', REPORT_MESSAGES[context.messages.language].help.initLang).choices(['nb', 'en']),
    )
    .option('--force', en.help.force)
    .option('-q, --quiet', context.messages.help.quiet)
    .option('--debug', context.messages.help.debug)
    .addHelpText(
      'after',
      `
${context.messages.help.examples}
  $ lup-impact init                          # impact-records.csv, English column names
  $ lup-impact init effekter.csv --lang nb   # Norwegian column names, ";" and decimal commas
  $ lup-impact init - --lang nb > mal.csv`,
    )
    .action(async (file: string, flags: InitFlags) => {
      const { io } = context
      const language = context.messages.language
      const messages = REPORT_MESSAGES[language]
      const words = messages.init
      const { templateCsv } = await import('../report/template.js')
      const text = templateCsv(language, messages)
      if (file === '-') return writeText(io.stdout, text)
      const path = resolve(io.cwd, file)
      // A missing file (or folder on the way, reported when writing) is what we want; anything else stops here.
      const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null
        throw new UsageError(words.cannotWrite(file))
      })
      if (existing?.isDirectory() === true) throw new UsageError(words.isDirectory(file))
      if (existing !== null && flags.force !== true) throw new UsageError(words.exists(file))
      try {
        if (flags.force === true) await (await import('../write/atomic-write.js')).writeFileAtomic(path, text)
        else await (await import('../write/create-file.js')).createFileAtomic(path, text)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EEXIST') throw new UsageError(words.exists(file))
        if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(words.noDirectory(file))
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new UsageError(words.cannotWrite(file))
        throw error
      }
      if (flags.quiet !== true) context.say(words.wrote(file, words.description))
    })
}
