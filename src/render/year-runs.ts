// Years as runs ("2012–2016, 2019"), so that a gap shows: in messages and in the value notes.
export function yearRuns(years: readonly number[]): string {
  const runs: string[] = []
  let start = years[0]
  for (let position = 0; position < years.length; position++) {
    const year = years[position] as number
    const next = years[position + 1]
    if (next === year + 1) continue
    runs.push(start === year ? `${year}` : `${start}–${year}`)
    start = next
  }
  return runs.length === 0 ? '–' : runs.join(', ')
}
