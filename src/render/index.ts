// render/: Summary → text, one file per format behind one signature. Renderers
// are pure; only table.ts knows about colour. Adding a format is one file and one line here.
import type { Summary } from '../model.js'
import type { Messages } from '../messages.js'
import { renderCsv } from './csv.js'
import type { NumberStyle } from './format-number.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderTable } from './table.js'

export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const
export type Format = (typeof FORMATS)[number]

export interface RenderOptions {
  color: boolean
  messages: Messages
  numbers: NumberStyle
  tool: { name: string; version: string }
  /** Columns of the terminal to fit tables to; undefined when not writing to a terminal. */
  width?: number
}

export type Renderer = (summary: Summary, options: RenderOptions) => string

export const renderers: Record<Format, Renderer> = {
  table: renderTable,
  json: renderJson,
  csv: renderCsv,
  markdown: renderMarkdown,
}

export { KEY_FIELDS, groupingName } from './fields.js'
