// JSON for analysts: schema_version 1, snake_case keys that never depend on --lang,
// measures as exact JSON numbers, null where nothing was reported.
import { MEASURES, type MeasureValues, type Summary } from '../model.js'
import { ExactNumber, stringifyJson, type JsonValue } from './json-text.js'
import { KEY_FIELDS, groupingName } from './fields.js'
import type { RenderOptions } from './index.js'

export const SCHEMA_VERSION = 1

function measureFields(measures: MeasureValues): Record<string, JsonValue> {
  return Object.fromEntries(MEASURES.map((measure, position) => {
    const value = measures[position]
    return [measure, value === null || value === undefined ? null : ExactNumber.of(value)]
  }))
}

export function summaryToJson(summary: Summary, options: Pick<RenderOptions, 'tool'>): { [key: string]: JsonValue } {
  const { totals } = summary
  const document: { [key: string]: JsonValue } = {
    schema_version: SCHEMA_VERSION,
    tool: { name: options.tool.name, version: options.tool.version },
    inputs: summary.inputs.map((input) => ({ path: input.path, records: input.records, sha256: input.sha256 })),
    options: {
      attribution: summary.attribution,
      by: summary.groupings.map((grouping) => grouping.dimensions.join(',')),
      from: summary.filters.from,
      to: summary.filters.to,
      partner: summary.filters.partners,
      category: summary.filters.categories,
    },
    totals: {
      records: totals.records,
      projects: totals.projects,
      partners: totals.partners,
      first_year: totals.firstYear,
      last_year: totals.lastYear,
      ...measureFields(totals.measures),
      shared_records: totals.multiPartnerRecords,
      coverage: Object.fromEntries(
        MEASURES.map((measure, position) => {
          const coverage = totals.coverage[position as 0 | 1 | 2]
          return [measure, { records: coverage.records, projects: coverage.projects }]
        }),
      ),
    },
  }
  for (const grouping of summary.groupings) {
    document[`by_${groupingName(grouping.dimensions)}`] = grouping.rows.map((row) => ({
      ...Object.fromEntries(grouping.dimensions.map((dimension, position) => [KEY_FIELDS[dimension], row.keys[position] ?? null])),
      records: row.records,
      projects: row.projects,
      ...measureFields(row.measures),
    }))
  }
  document.problems = {
    errors: summary.problems.errors,
    warnings: summary.problems.warnings,
    skipped_records: summary.problems.skippedRecords,
  }
  return document
}

export function renderJson(summary: Summary, options: RenderOptions): string {
  return `${stringifyJson(summaryToJson(summary, options))}\n`
}
