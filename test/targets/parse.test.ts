import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { amountToPlainString } from '../../src/amount.js'
import { en, nb } from '../../src/messages/index.js'
import { parseExpectation, parseTargetsFile, parseTolerance, suggestMetric } from '../../src/targets/parse.js'
import { ROOT } from '../helpers/run-cli.js'

const expectation = (text: string): string => {
  const parsed = parseExpectation(text, en)
  return parsed.ok
    ? `${parsed.value.metric} ${parsed.value.op} ${amountToPlainString(parsed.value.value)}`
    : parsed.message
}

describe('--expect', () => {
  it.each([
    ['jobs=350', 'jobs = 350'],
    ['jobs==350', 'jobs = 350'],
    ['co2e_tonnes>=2900', 'co2e_tonnes >= 2900'],
    [' co2e_tonnes <= 2 987,4 ', 'co2e_tonnes <= 2987.4'],
    ['savings_nok=334 000 000 kr', 'savings_nok = 334000000'],
    ['partners>35', 'partners > 35'],
    ['records<200', 'records < 200'],
    ['Jobs=1.5', 'jobs = 1.5'],
    [
      'jobs=1,234',
      '--expect "jobs=1,234": value "1,234": ambiguous: a single comma or dot group could mark thousands or decimals; write the number without grouping, such as 1234 or 1.234',
    ],
    ['jobs=many', '--expect "jobs=many": value "many": not a number (write it plainly, such as 334000000 or 2987.4)'],
    [
      'jobs=12 kr',
      '--expect "jobs=12 kr": value "12 kr": not a number (write it plainly, such as 334000000 or 2987.4)',
    ],
    [
      'jobs',
      '--expect "jobs": expected METRIC=VALUE, METRIC>=VALUE or METRIC<=VALUE (also < and >), such as jobs>=350',
    ],
    [
      'jobs 350',
      '--expect "jobs 350": expected METRIC=VALUE, METRIC>=VALUE or METRIC<=VALUE (also < and >), such as jobs>=350',
    ],
    [
      'job=350',
      'unknown metric "job" (did you mean "jobs"?); metrics are jobs, savings_nok, co2e_tonnes, records, projects, partners, first_year, last_year, shared_records, jobs_realised, savings_nok_realised, co2e_tonnes_realised, co2e_tonnes_in_force, co2e_tonnes_avoided_lower, co2e_tonnes_avoided_upper, members',
    ],
    [
      'savings>=1',
      'unknown metric "savings" (did you mean "savings_nok"?); metrics are jobs, savings_nok, co2e_tonnes, records, projects, partners, first_year, last_year, shared_records, jobs_realised, savings_nok_realised, co2e_tonnes_realised, co2e_tonnes_in_force, co2e_tonnes_avoided_lower, co2e_tonnes_avoided_upper, members',
    ],
    [
      'banana=1',
      'unknown metric "banana"; metrics are jobs, savings_nok, co2e_tonnes, records, projects, partners, first_year, last_year, shared_records, jobs_realised, savings_nok_realised, co2e_tonnes_realised, co2e_tonnes_in_force, co2e_tonnes_avoided_lower, co2e_tonnes_avoided_upper, members',
    ],
  ])('%s → %s', (text, expected) => expect(expectation(text)).toBe(expected))

  it('suggests the metric a typo most likely means', () => {
    expect(suggestMetric('partner')).toBe('partners')
    expect(suggestMetric('co2e')).toBe('co2e_tonnes')
    expect(suggestMetric('recods')).toBe('records')
    expect(suggestMetric('xyz')).toBeNull()
  })

  it('reads a tolerance in per cent', () => {
    const tolerance = (text: string): string => {
      const parsed = parseTolerance(text, en)
      return parsed.ok ? amountToPlainString(parsed.value) : parsed.message
    }
    expect(tolerance('1')).toBe('1')
    expect(tolerance('0,5')).toBe('0.5')
    expect(tolerance('2.5%')).toBe('2.5')
    expect(tolerance('-1')).toBe('--tolerance -1: expected a percentage of 0 or more, such as 1 or 0.5')
  })
})

describe('targets files', () => {
  it('reads seeds/lup-2020.json', () => {
    const parsed = parseTargetsFile(readFileSync(join(ROOT, 'seeds/lup-2020.json'), 'utf8'), 'seeds/lup-2020.json', en)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(
      parsed.value.targets.map(target => `${target.metric} ${target.op} ${amountToPlainString(target.value)}`),
    ).toEqual(['jobs = 350', 'savings_nok = 334000000', 'co2e_tonnes >= 2900', 'co2e_tonnes < 3000', 'partners > 35'])
    expect(parsed.value.targets[4]?.text).toBe('over 35 partnere')
    expect(parsed.value.source?.publisher).toBe('KS (Kommunesektorens organisasjon)')
  })

  const problems = (text: string, messages = en): string[] => {
    const parsed = parseTargetsFile(text, 't.json', messages)
    return parsed.ok ? [] : parsed.problems
  }

  it('locates every problem', () => {
    expect(problems('{"schema_version": 2, "targets": []}')).toEqual([
      't.json: "schema_version" must be 1 (found 2)',
      't.json: "targets" must be a non-empty array of {"metric", "op", "value", "text"}',
    ])
    expect(
      problems('{"schema_version": 1, "targets": [3, {"metric": 1, "op": "=", "value": "1", "text": 2}]}'),
    ).toEqual([
      't.json: targets[0]: must be an object with "metric", "op", "value" and optionally "text"',
      't.json: targets[1].metric: "metric" must be a string',
      't.json: targets[1].text: "text" must be a string',
    ])
    expect(problems('[]')).toEqual(['t.json: expected an object with "schema_version", "source" and "targets"'])
    expect(
      problems('{"schema_version": 1, "source": "KS", "targets": [{"metric": "jobs", "op": "=", "value": "1e3"}]}'),
    ).toEqual([
      't.json: source: "source" must be an object (publisher, date, title, quote…)',
      't.json: targets[0].value: "value" "1e3" is not a plain decimal number, such as "334000000" or "2987.4"',
    ])
  })

  it('finds the line of a JSON syntax error', () => {
    expect(
      problems('{\n  "schema_version": 1,\n  "targets": [\n    {"metric": "jobs"}\n    {"metric": "jobs"}\n  ]\n}\n'),
    ).toEqual(["t.json:5: not valid JSON: Expected ',' or ']' after array element"])
  })

  it('speaks Norwegian too', () => {
    expect(problems('{"schema_version": 1, "targets": [{"metric": "jobs", "op": "≈", "value": "1"}]}', nb)).toEqual([
      't.json: targets[0].op: "op" må være en av =, >=, <=, >, < (fant "≈")',
    ])
  })
})
