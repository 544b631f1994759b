// report.html as markup: self-contained, escaped, every chart accessible. The browser test
// (test/e2e/report-browser.test.ts) opens it for real.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Summary } from '../../src/model.js'
import { NUMBER_STYLES } from '../../src/messages/numbers.js'
import { renderHtmlReport, type ReportRenderOptions } from '../../src/render/html.js'
import { en, nb } from '../../src/messages/index.js'
import { reportSummary } from '../helpers/report-summary.js'

const options = (language: 'en' | 'nb', date: string | null = null): ReportRenderOptions => ({
  color: false,
  messages: language === 'en' ? en : nb,
  numbers: NUMBER_STYLES[language],
  tool: { name: 'lup-impact', version: '0.0.0' },
  date,
})

let sample: Summary
beforeAll(async () => {
  sample = await reportSummary(['data/lup-sample.csv'])
})

describe('renderHtmlReport', () => {
  it('is one self-contained page: no script, no link, no remote URL', () => {
    const html = renderHtmlReport(sample, options('en'))
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|src=/i)
    // The only URLs are the SVG namespace and in-page references.
    expect(html.match(/https?:\/\/[^"\s)]+/g)?.every(url => url === 'http://www.w3.org/2000/svg')).toBe(true)
    expect(html.match(/url\(([^)]*)\)/g)?.every(url => url.startsWith('url(#'))).toBe(true)
  })

  it('has nine charts, each an image with a label, a title, a description and a table of its figures', () => {
    const html = renderHtmlReport(sample, options('en'))
    const charts = html.match(/<svg [^>]*class="chart"[^>]*>/g) ?? []
    expect(charts).toHaveLength(9)
    for (const chart of charts) expect(chart).toMatch(/role="img" aria-label="[^"]+" aria-describedby="[\w-]+-desc"/)
    expect(html.match(/<figure class="chart-figure"/g)).toHaveLength(9)
    expect(html.match(/<details><summary>Show the figures<\/summary><table class="data">/g)).toHaveLength(9)
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map(match => match[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("opens with the headline in the report's language", () => {
    expect(renderHtmlReport(sample, options('nb'))).toContain(
      '<h1 id="headline">Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene skapt over 320 nye arbeidsplasser, gitt nesten 306 millioner kroner i offentlige besparelser og kuttet nesten 2400 tonn i årlige CO2-ekvivalenter, regnet bare med realiserte effekter; med estimerte effekter og potensielle som ennå ikke er realisert, ville tallene vært 350 arbeidsplasser, 334 millioner kroner og nesten 3000 tonn i året.</h1>',
    )
  })

  it('shows a date only when given one', () => {
    expect(renderHtmlReport(sample, options('en'))).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(renderHtmlReport(sample, options('en', '2020-07-01'))).toContain('<dt>Date</dt><dd>2020-07-01</dd>')
  })

  it('is byte-identical for identical input', () => {
    expect(renderHtmlReport(sample, options('nb'))).toBe(renderHtmlReport(sample, options('nb')))
  })

  it('escapes every text from the data', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-html-'))
    writeFileSync(
      join(directory, '<b>.csv'),
      'project_id,year,partner,category,jobs,savings_nok\nP1,2016,"<script>alert(1)</script>",A & B <i>,1,-5\nP2,2017,"Q ""quoted"" \' name",x,2,7\n',
    )
    const html = renderHtmlReport(await reportSummary(['<b>.csv'], { cwd: directory }), options('en'))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<i>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('A &amp; B &lt;i&gt;')
    expect(html).toContain('Q &quot;quoted&quot; &#39; name')
    expect(html).toContain('&lt;b&gt;.csv (2 records)')
  })

  it('is a valid report with no records', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-html-'))
    writeFileSync(join(directory, 'empty.csv'), 'project_id,year,partner,jobs\n')
    const html = renderHtmlReport(await reportSummary(['empty.csv'], { cwd: directory }), options('en'))
    expect(html).toContain('<h1 id="headline">The selection has no records, so this report has no figures.</h1>')
    expect(html.match(/No figures to draw\./g)?.length).toBeGreaterThanOrEqual(9)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })
})
