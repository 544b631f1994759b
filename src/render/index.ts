// render/: Summary → text (or an .xlsx workbook's bytes), one file per format behind one signature. Renderers
// are pure; only table.ts knows about colour. The registry of formats: a format is a name in
// formats.ts (cheap to load, for option choices) and its renderer here; the Record type says if
// either is missing. The CLI loads this module when it renders, not at start-up. Every string from
// the data leaves through escape.ts, one function per medium (terminal, Markdown, HTML, CSV, JSON).
import { renderCsv } from './csv.js'
import type { Format, Renderer, RenderOutput } from './formats.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderTable } from './table.js'
import { renderXlsx } from './xlsx/workbook.js'

export { FORMATS, type Format, type RenderOptions, type RenderOutput, type Renderer } from './formats.js'

export const renderers: { [F in Format]: Renderer<RenderOutput<F>> } = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
  xlsx: renderXlsx,
}

export { KEY_FIELDS, groupingName } from './fields.js'
