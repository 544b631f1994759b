// JSON for analysts: schema_version 1, snake_case keys that never depend on --lang,
// measures as exact JSON numbers, null where nothing was reported.
import type { Amount } from '../amount.js'
import { BASES, MEASURES, type MeasureBases, type MeasureCoverage, type MeasureValues, type Summary } from '../model.js'
import { ExactNumber, stringifyJson, type JsonValue } from './json-text.js'
import { KEY_FIELDS, groupingName, priceBasisLabel } from './fields.js'
import type { RenderOptions } from './formats.js'

export const SCHEMA_VERSION = 1

const exact = (value: Amount | null | undefined): JsonValue =>
  value === null || value === undefined ? null : ExactNumber.of(value)

function measureFields(measures: MeasureValues): Record<string, JsonValue> {
  return Object.fromEntries(MEASURES.map((measure, position) => [measure, exact(measures[position])]))
}

function coverageFields(coverage: MeasureCoverage): Record<string, JsonValue> {
  return Object.fromEntries(
    MEASURES.map((measure, position) => {
      const each = coverage[position as 0 | 1 | 2]
      return [measure, { records: each.records, projects: each.projects }]
    }),
  )
}

function basesFields(bases: MeasureBases): Record<string, JsonValue> {
  return Object.fromEntries(MEASURES.map((measure, position) => [measure, [...bases[position as 0 | 1 | 2]]]))
}

export function summaryToJson(summary: Summary, options: Pick<RenderOptions, 'tool'>): { [key: string]: JsonValue } {
  const { totals, prices } = summary
  const document: { [key: string]: JsonValue } = {
    schema_version: SCHEMA_VERSION,
    tool: { name: options.tool.name, version: options.tool.version },
    inputs: summary.inputs.map(input => ({ path: input.path, records: input.records, sha256: input.sha256 })),
    options: {
      attribution: summary.attribution,
      by: summary.groupings.map(grouping => grouping.dimensions.join(',')),
      from: summary.filters.from,
      to: summary.filters.to,
      partner: summary.filters.partners,
      category: summary.filters.categories,
      basis: summary.filters.bases,
      real: prices?.year ?? null,
      cpi: prices === null ? null : prices.index.source,
      price_basis: prices === null ? null : priceBasisLabel(prices),
    },
    totals: {
      records: totals.records,
      projects: totals.projects,
      partners: totals.partners,
      first_year: totals.firstYear,
      last_year: totals.lastYear,
      ...measureFields(totals.measures),
      shared_records: totals.multiPartnerRecords,
      sum_over_partners: measureFields(totals.sumOverPartners),
      by_basis: Object.fromEntries(
        BASES.map((basis, position) => [basis, measureFields(totals.byBasis[position as 0 | 1 | 2])]),
      ),
      coverage: coverageFields(totals.coverage),
    },
  }
  for (const grouping of summary.groupings) {
    document[`by_${groupingName(grouping.dimensions)}`] = grouping.rows.map(row => {
      const fields: { [key: string]: JsonValue } = {
        ...Object.fromEntries(
          grouping.dimensions.map((dimension, position) => [KEY_FIELDS[dimension], row.keys[position] ?? null]),
        ),
        records: row.records,
        projects: row.projects,
        ...measureFields(row.measures),
      }
      if (row.toDate !== undefined) {
        fields.jobs_to_date = exact(row.toDate.jobs)
        fields.savings_nok_to_date = exact(row.toDate.savingsNok)
        fields.co2e_tonnes_in_force = exact(row.toDate.co2eInForce)
        fields.co2e_tonnes_avoided_to_date = exact(row.toDate.co2eAvoided)
      }
      fields.coverage = coverageFields(row.coverage)
      fields.bases = basesFields(row.bases)
      return fields
    })
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
