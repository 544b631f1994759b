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
beforeAll(async () => {
  // 1 203 partners with savings 1 000 × their number: the largest is partner 1203, the smallest partner 1.
  const directory = mkdtempSync(join(tmpdir(), 'lup-ranked-'))
  const rows = Array.from(
    { length: 1203 },
    (_, index) => `P${index + 1},2020,Partner ${index + 1},${(index + 1) * 1000}`,
  )
  writeFileSync(join(directory, 'many.csv'), ['project_id,year,partner,savings_nok', ...rows].join('\n'))
  many = await reportSummary(['many.csv'], { cwd: directory })
})

const savingsChart = (summary: Summary, language: 'en' | 'nb') =>
  reportCharts(summary, { report: language === 'en' ? en : nb, numbers: NUMBER_STYLES[language] }).find(
    chart => chart.id === 'partners-savings_nok',
  )

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

  it('draw every partner when there are no more than the limit (the sample: 40)', async () => {
    const sample = await reportSummary(['data/lup-sample.csv'])
    const chart = savingsChart(sample, 'en')
    expect(chart?.svg.match(/class="bar"/g)).toHaveLength(sample.totals.partners)
    expect(chart?.notes).toEqual([])
  })
})
