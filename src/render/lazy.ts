// The renderers as the CLI gets them: each module loaded when its format is asked for, so that a
// table run does not load the CSV writer, nor a JSON run chalk (start-up time, when not running from the bundle: see load-cli.ts).
// Adding a format: one line here as well as in index.ts; the Record type says if one is missing.
import type { Format, Renderer } from './formats.js'

export const loadRenderer: Record<Format, () => Promise<Renderer>> = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => (await import('./json.js')).renderJson,
  csv: async () => (await import('./csv.js')).renderCsv,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
}
