// What a report in --out was written with — its language and its date — read back from its
// report.md, so that `report --check` can say when those, not the figures, are what differs (and
// the user does not "rerun it" and overwrite a committed Norwegian report with an English one).
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { escapeMarkdown } from '../escape.js'
import { CATALOGUES, LANGUAGES, type Language } from '../messages/index.js'

export interface ReportSettings {
  language: Language
  /** YYYY-MM-DD, or null: the report has no date. */
  date: string | null
}

/** A report.md is a few hundred kilobytes; a larger file is not one of ours. */
const MAX_REPORT_BYTES = 16 * 2 ** 20

/** The settings report.md shows (its title says the language, its date note the date), or null if it is not ours. */
export function settingsOfReport(markdown: string): ReportSettings | null {
  const title = markdown.split('\n', 1)[0]
  const language = LANGUAGES.find(each => title === `# ${escapeMarkdown(CATALOGUES[each].report.title)}`)
  if (language === undefined) return null
  const label = escapeMarkdown(CATALOGUES[language].report.notes.date).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const date = new RegExp(`^- \\*\\*${label}:\\*\\* (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(markdown)?.[1] ?? null
  return { language, date }
}

/** The settings of the report.md in `directory`, or null when there is none that is ours. */
export async function readReportSettings(directory: string): Promise<ReportSettings | null> {
  let handle: import('node:fs/promises').FileHandle
  try {
    // Without blocking: a FIFO in its place does not wait for a writer.
    handle = await open(join(directory, 'report.md'), constants.O_RDONLY | constants.O_NONBLOCK)
  } catch {
    return null
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile() || stat.size > MAX_REPORT_BYTES) return null
    return settingsOfReport(await handle.readFile('utf8'))
  } catch {
    return null
  } finally {
    await handle.close()
  }
}
