// The one date a report may carry. Reports are byte-identical for identical input, so there is no
// clock: the date comes from --date YYYY-MM-DD, else from SOURCE_DATE_EPOCH (whole seconds since
// 1970-01-01 UTC, the reproducible-builds convention, shown as its UTC calendar date), else none.

export type DateResult = { ok: true; date: string | null } | { ok: false; problem: 'date' | 'epoch'; value: string }

/** "2024-02-29" if it names a real calendar day, else null. */
export function parseCalendarDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  if (match === null) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return text.trim()
}

/** SOURCE_DATE_EPOCH as a UTC calendar date, or null when it is not whole non-negative seconds. */
export function dateFromEpoch(text: string): string | null {
  if (!/^\d{1,12}$/.test(text.trim())) return null
  const date = new Date(Number(text.trim()) * 1000)
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) return null
  return date.toISOString().slice(0, 10)
}

export function resolveReportDate(option: string | undefined, env: Record<string, string | undefined>): DateResult {
  if (option !== undefined) {
    const date = parseCalendarDate(option)
    return date === null ? { ok: false, problem: 'date', value: option } : { ok: true, date }
  }
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch === undefined || epoch === '') return { ok: true, date: null }
  const date = dateFromEpoch(epoch)
  return date === null ? { ok: false, problem: 'epoch', value: epoch } : { ok: true, date }
}
