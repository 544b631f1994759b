// The delimiter comes from the header line; the decimal convention follows it:
// ";" files are comma-decimal (Norwegian Excel), "," files dot-decimal, and
// tab files (Excel's "Unicode text") take theirs from the first value that tells.
import type { ConventionSetting } from '../model.js'

export type Delimiter = ',' | ';' | '\t'
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t']

export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map(delimiter => [delimiter, 0]))
  let quoted = false
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted
    else if (!quoted && counts.has(char as Delimiter))
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1)
  }
  let best: Delimiter = ','
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter
  }
  return best
}

export function conventionForDelimiter(delimiter: Delimiter): ConventionSetting {
  if (delimiter === ';') return 'comma'
  if (delimiter === ',') return 'dot'
  return 'auto'
}

const DELIMITER_NAMES: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
}

export function parseDelimiterName(name: string): Delimiter | undefined {
  return DELIMITER_NAMES[name.toLowerCase()]
}

export function describeDelimiter(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : delimiter
}
