// JSON for analysts: schema_version 2, snake_case keys that never depend on --lang,
// measures as exact JSON numbers, null where nothing was reported.
import type { Amount } from '../amount.js'
import {
  BASES,
  MEASURE_LIST,
  MEASURES,
  type Measure,
  type MeasureBases,
  type MeasureCoverage,
  type MeasureValues,
  type JobsHeld,
  type Membership,
  type Summary,
  TO_DATE_FIELDS,
} from '../model.js'
import { exactJson, type JsonNumbers, LazyArray, stringifyJson, type JsonValue } from './json-text.js'
import { KEY_FIELDS, groupingName, priceBasisLabel } from './fields.js'
import type { RenderOptions } from './formats.js'
import { heldPrices, valueFigures } from './value-figures.js'

/** 2: CO2e avoided is a range (lower and upper bounds), in force leaves potential cuts out; jobs held, members. */
export const SCHEMA_VERSION = 2

/** One field per measure, under the measure's name, in MEASURES order. */
function perMeasureFields(value: (measure: Measure) => JsonValue): Record<string, JsonValue> {
  return Object.fromEntries(MEASURE_LIST.map(measure => [MEASURES[measure], value(measure)]))
}

const coverageFields = (coverage: MeasureCoverage): Record<string, JsonValue> =>
  perMeasureFields(measure => ({ records: coverage[measure].records, projects: coverage[measure].projects }))

const basesFields = (bases: MeasureBases): Record<string, JsonValue> => perMeasureFields(measure => [...bases[measure]])

/**
 * The summary as a JSON document. `lazy`: its grouping rows as LazyArrays, made while they are written
 * (renderJson); without it, plain arrays (the library's toJson).
 */
export function summaryToJson(
  summary: Summary,
  options: Pick<RenderOptions, 'tool' | 'jsonNumbers'>,
  lazy = false,
): { [key: string]: JsonValue } {
  const { totals, prices } = summary
  const numbers: JsonNumbers = options.jsonNumbers ?? 'number'
  const exact = (value: Amount | null | undefined): JsonValue =>
    value === null || value === undefined ? null : exactJson(value, numbers)
  const measureFields = (measures: MeasureValues): Record<string, JsonValue> =>
    perMeasureFields(measure => exact(measures[measure]))
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
      json_numbers: numbers,
      jobs: summary.jobs,
      persist: totals.co2e.persist,
      members: summary.membership?.source ?? null,
    },
    totals: {
      records: totals.records,
      projects: totals.projects,
      partners: totals.partners,
      first_year: totals.firstYear,
      last_year: totals.lastYear,
      ...measureFields(totals.measures),
      shared_records: totals.multiPartnerRecords,
      co2e_tonnes_in_force: exact(totals.co2e.inForce),
      co2e_tonnes_avoided: {
        through_year: totals.co2e.years.length === 0 ? null : totals.lastYear,
        lower: { tonnes: exact(totals.co2e.lower.tonnes), assumptions: [...totals.co2e.lower.assumptions] },
        upper: { tonnes: exact(totals.co2e.upper.tonnes), assumptions: [...totals.co2e.upper.assumptions] },
      },
      jobs_held: jobsHeldFields(totals.jobsHeld, exact),
      members: totals.members,
      membership: membershipFields(summary.membership),
      sum_over_partners: measureFields(totals.sumOverPartners),
      by_basis: Object.fromEntries(
        totals.byBasis.map((values, position) => [BASES[position] as string, measureFields(values)]),
      ),
      coverage: coverageFields(totals.coverage),
    },
  }
  for (const grouping of summary.groupings) {
    const rowFields = (row: (typeof grouping.rows)[number]): JsonValue => {
      const fields: { [key: string]: JsonValue } = {
        ...Object.fromEntries(
          grouping.dimensions.map((dimension, position) => [KEY_FIELDS[dimension], row.keys[position] ?? null]),
        ),
        records: row.records,
        projects: row.projects,
        ...measureFields(row.measures),
      }
      const toDate = row.toDate
      if (toDate !== undefined) for (const { field, name } of TO_DATE_FIELDS) fields[name] = exact(toDate[field])
      if (row.members !== undefined) fields.members = row.members
      fields.coverage = coverageFields(row.coverage)
      fields.bases = basesFields(row.bases)
      return fields
    }
    document[`by_${groupingName(grouping.dimensions)}`] = lazy
      ? new LazyArray(grouping.rows.length, position =>
          rowFields(grouping.rows[position] as (typeof grouping.rows)[number]),
        )
      : grouping.rows.map(rowFields)
  }
  if (summary.value !== null) document.value = valueFields(summary, exact)
  document.problems = {
    errors: summary.problems.errors,
    warnings: summary.problems.warnings,
    skipped_records: summary.problems.skippedRecords,
  }
  return document
}

function valueFields(summary: Summary, exact: (value: Amount | null) => JsonValue): JsonValue {
  const appraisal = summary.value
  if (appraisal === null) return null
  const figures = valueFigures(appraisal)
  const { settings } = appraisal
  const discount = settings.discount
  return {
    price_level: figures.priceLevel,
    base_year: figures.baseYear,
    by_year: figures.years.map(year => ({
      year: year.year,
      projection: year.projection,
      co2e_tonnes_in_force_non_ets: exact(year.inForceNonEts),
      co2e_tonnes_in_force_ets: exact(year.inForceEts),
      price_non_ets: exact(year.priceNonEts),
      price_ets: exact(year.priceEts),
      price_year_non_ets: year.priceYearNonEts,
      price_year_ets: year.priceYearEts,
      carbon_value_nok: exact(year.carbonValue),
      savings_nok: exact(year.savings),
      cost_nok: exact(year.cost),
      factor: exact(year.factor),
    })),
    totals: {
      carbon_value_nok: exact(figures.carbonValue),
      savings_nok: exact(figures.savings),
      cost_nok: exact(figures.cost),
    },
    present_value: {
      carbon_value_nok: exact(figures.presentValue.carbonValue),
      savings_nok: exact(figures.presentValue.savings),
      cost_nok: exact(figures.presentValue.cost),
      projection:
        settings.horizon === null
          ? null
          : {
              from: (summary.totals.lastYear ?? 0) + 1,
              to: settings.horizon,
              carbon_value_nok: exact(figures.presentValue.projectionCarbonValue),
              cost_nok: exact(figures.presentValue.projectionCost),
            },
    },
    ratios:
      figures.ratios === null
        ? null
        : {
            benefit_cost: exact(figures.ratios.benefitCost),
            savings_per_krone: exact(figures.ratios.savingsPerKrone),
            nok_per_tonne_avoided_lower: exact(figures.ratios.nokPerTonneLower),
            nok_per_tonne_avoided_upper: exact(figures.ratios.nokPerTonneUpper),
          },
    assumptions: {
      price_path: { path: settings.path.source, sha256: settings.path.sha256, built_in: settings.path.builtIn },
      price_level: settings.priceLevel,
      before_path: {
        rule: settings.beforePath,
        held: heldPrices(figures).map(held => ({
          emission_class: held.emissionClass,
          years: held.years,
          price_year: held.from,
        })),
      },
      cpi: settings.index?.source ?? null,
      discount:
        discount.kind === 'r-109'
          ? {
              schedule: 'R-109/21',
              real_rates: [
                { years: '1-40', percent: 4 },
                { years: '41-75', percent: 3 },
                { years: '76-', percent: 2 },
              ],
            }
          : { schedule: 'flat', real_rates: [{ years: '1-', percent: exact(discount.percent) }] },
      base_year: appraisal.baseYear,
      horizon: settings.horizon,
      costs: settings.costs === null ? null : { path: settings.costs.source, sha256: settings.costs.sha256 },
      co2e: 'realised-and-estimated-in-force-potential-never',
      savings: 'realised-and-estimated',
      rounding: 'ore-largest-remainder',
    },
  }
}

function jobsHeldFields(held: JobsHeld | null, exact: (value: Amount | null) => JsonValue): JsonValue {
  if (held === null) return null
  return {
    last: exact(held.last),
    last_realised: exact(held.lastRealised),
    peak: held.peak === null ? null : { year: held.peak.year, jobs: exact(held.peak.jobs) },
    person_years: exact(held.personYears),
    person_years_realised: exact(held.personYearsRealised),
  }
}

function membershipFields(membership: Membership | null): JsonValue {
  if (membership === null) return null
  return {
    year: membership.year,
    owners: membership.counts.owners,
    partners: membership.counts.partners,
    collaborators: membership.counts.collaborators,
    by_year: membership.byYear.map(year => ({ year: year.year, members: year.members })),
    without_records: [...membership.withoutRecords],
    not_members: [...membership.notMembers],
  }
}

export function renderJson(summary: Summary, options: RenderOptions): string {
  return `${stringifyJson(summaryToJson(summary, options, true))}\n`
}
