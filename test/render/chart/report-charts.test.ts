// The report's charts as data: which partners a ranked chart draws, and what it says about the rest.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { en, nb } from '../../../src/messages/index.js'
import { NUMBER_STYLES } from '../../../src/messages/numbers.js'
import type { Summary } from '../../../src/model.js'
import { RANKED_LIMIT, reportCharts } from '../../../src/render/chart/report-charts.js'
import { reportSummary } from '../../helpers/report-summary.js'

let many: Summary
let tied: Summary
beforeAll(async () => {
  // 1 203 partners with savings 1 000 × their number: the largest is partner 1203, the smallest partner 1.
  const directory = mkdtempSync(join(tmpdir(), 'lup-ranked-'))
  const rows = Array.from(
    { length: 1203 },
    (_, index) => `P${index + 1},2020,Partner ${index + 1},${(index + 1) * 1000}`,
  )
  writeFileSync(join(directory, 'many.csv'), ['project_id,year,partner,savings_nok', ...rows].join('\n'))
  many = await reportSummary(['many.csv'], { cwd: directory })
  // 60 partners with jobs and savings; 1 143 more with 0 jobs and no savings, among them Aker (first by
  // name in Norwegian order) and Ås (last).
  const tiedRows = [
    ...Array.from({ length: 60 }, (_, index) => `T${index},2020,Top ${index + 1},${index + 11},${(index + 1) * 1000}`),
    ...['Aker', 'Østre', 'Ås', ...Array.from({ length: 1140 }, (_, index) => `Mid ${index + 1}`)].map(
      (name, index) => `Z${index},2020,${name},0,`,
    ),
  ]
  writeFileSync(join(directory, 'tied.csv'), ['project_id,year,partner,jobs,savings_nok', ...tiedRows].join('\n'))
  tied = await reportSummary(['tied.csv'], { cwd: directory })
})

const partnerChart = (summary: Summary, language: 'en' | 'nb', id: string) =>
  reportCharts(summary, { report: language === 'en' ? en : nb, numbers: NUMBER_STYLES[language] }).find(
    chart => chart.id === id,
  )
const savingsChart = (summary: Summary, language: 'en' | 'nb') =>
  partnerChart(summary, language, 'partners-savings_nok')

describe('ranked partner charts', () => {
  it(`draw the ${RANKED_LIMIT} largest partners and say how many are not drawn`, () => {
    const chart = savingsChart(many, 'en')
    expect(chart?.svg.match(/class="bar"/g)).toHaveLength(RANKED_LIMIT)
    expect(chart?.table.rows).toHaveLength(RANKED_LIMIT)
    expect(chart?.table.rows[0]?.[0]).toBe('Partner 1203')
    expect(chart?.table.rows[RANKED_LIMIT - 1]?.[0]).toBe(`Partner ${1203 - RANKED_LIMIT + 1}`)
    expect(chart?.notes).toEqual([
      `The other ${(1203 - RANKED_LIMIT).toLocaleString('en')} partners are not drawn; the partners table lists every partner.`,
    ])
    // Highest and lowest are of every partner, the lowest one among those not drawn.
    expect(chart?.svg).toContain(
      'Bar chart of the 50 largest of 1,203 partners, largest first. Highest: 1,203,000 (Partner 1203). Lowest: 1,000 (Partner 1).',
    )
  })

  it('say so in Norwegian too', () => {
    const chart = savingsChart(many, 'nb')
    expect(chart?.notes).toEqual(['De andre 1 153 partnerne er ikke tegnet; partnertabellen viser alle partnerne.'])
    expect(chart?.svg).toContain('Stolpediagram over de 50 største av 1 203 partnere, største først.')
  })

  it('name the lowest partner first by name among equals, drawn or not, as when all are drawn', () => {
    // The 1 143 partners of 0 jobs are not drawn; Aker comes first of them by name, Ås last.
    expect(partnerChart(tied, 'en', 'partners-jobs')?.svg).toContain(
      'Bar chart of the 50 largest of 1,203 partners, largest first. Highest: 70 (Top 60). Lowest: 0 (Aker).',
    )
  })

  it('group the count of partners that did not report, as the count not drawn', () => {
    expect(savingsChart(tied, 'en')?.notes).toEqual([
      'The other 10 partners are not drawn; the partners table lists every partner.',
      '1,143 partners did not report this measure and are not shown.',
    ])
    expect(savingsChart(tied, 'nb')?.notes).toEqual([
      'De andre 10 partnerne er ikke tegnet; partnertabellen viser alle partnerne.',
      `1${NUMBER_STYLES.nb.group}143 partnere har ikke rapportert dette og vises ikke.`,
    ])
  })

  it('draw every partner when there are no more than the limit (the sample: 40)', async () => {
    const sample = await reportSummary(['data/lup-sample.csv'])
    const chart = savingsChart(sample, 'en')
    expect(chart?.svg.match(/class="bar"/g)).toHaveLength(sample.totals.partners)
    expect(chart?.notes).toEqual([])
  })
})
