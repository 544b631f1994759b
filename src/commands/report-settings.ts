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

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The settings report.md shows (its title says the language, its appendix the date in words), or null if it is not ours. */
export function settingsOfReport(markdown: string): ReportSettings | null {
  const title = markdown.split('\n', 1)[0]
  const language = LANGUAGES.find(each => title === `# ${escapeMarkdown(CATALOGUES[each].report.title)}`)
  if (language === undefined) return null
  const report = CATALOGUES[language].report
  const label = escapeRegExp(escapeMarkdown(report.about.date))
  const line = new RegExp(`^- \\*\\*${label}:\\*\\* (.+)$`, 'm').exec(markdown)?.[1]
  if (line === undefined) return { language, date: null }
  // The date as the language writes it ("1 July 2020", "1\\. juli 2020" once escaped), read back month by month.
  for (let month = 1; month <= 12; month++) {
    const pattern = escapeRegExp(escapeMarkdown(report.dateInWords(9999, month, 77)))
      .replace('9999', '(\\d{4})')
      .replace('77', '(\\d{1,2})')
    const match = new RegExp(`^${pattern}$`).exec(line)
    if (match === null) continue
    const [year, day] =
      pattern.indexOf('(\\d{4})') < pattern.indexOf('(\\d{1,2})') ? [match[1], match[2]] : [match[2], match[1]]
    return { language, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` }
  }
  return { language, date: null }
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
