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

  it('says the period it covers, and a date only when given one, in words', () => {
    const undated = renderHtmlReport(sample, options('en'))
    expect(undated).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(undated).toContain('<p class="dateline">Figures through 2019</p>')
    expect(undated).not.toContain('<dt>Date</dt>')
    const dated = renderHtmlReport(sample, options('nb', '2020-03-01'))
    expect(dated).not.toContain('2020-03-01')
    expect(dated).toContain('<p class="dateline">Tall til og med 2019 · 1. mars 2020</p>')
    expect(dated).toContain('<dt>Dato</dt><dd>1. mars 2020</dd>')
    expect(renderHtmlReport(sample, options('en', '2020-03-01'))).toContain('<dt>Date</dt><dd>1 March 2020</dd>')
  })

  it.each(['en', 'nb'] as const)(
    'speaks to a reader in %s: no option name and no file path before the appendix, which has them all',
    language => {
      const html = renderHtmlReport(sample, options(language))
      const body = html.slice(html.indexOf('<body>'), html.indexOf('<section id="about">'))
      const text = body.replace(/<[^>]*>/g, ' ')
      expect(text).not.toMatch(/--[a-z]/)
      expect(text).not.toMatch(/\.csv|data\//)
      expect(text).not.toMatch(/\w_\w/) // a column name such as co2e_end_year
      const about = html.slice(html.indexOf('<section id="about">'))
      expect(about).toContain(`<h2>${language === 'en' ? 'About the figures' : 'Om tallene'}</h2>`)
      expect(about).toContain('data/lup-sample.csv')
      expect(about).toContain(`<code>SHA-256 ${sample.inputs[0]?.sha256}</code>`)
      expect(about).toContain('<code>--attribution split --jobs new</code>')
      expect(about).toContain('lup-impact 0.0.0')
      expect(html).toContain(
        `<title>${language === 'en' ? 'LUP impact report' : 'LUP-effektrapport'} 2010–2019</title>`,
      )
    },
  )

  it('prints on A4 portrait with the title and page numbers in the footer, in the report language', () => {
    const html = renderHtmlReport(sample, options('nb'))
    expect(html).toContain('@page { size: A4 portrait;')
    expect(html).toContain('@bottom-left { content: "LUP-effektrapport 2010–2019";')
    expect(html).toContain('@bottom-right { content: "Side " counter(page) " av " counter(pages);')
    expect(html).toMatch(/@media print \{[\s\S]*\.key-figures \{ grid-template-columns: repeat\(3, 1fr\);/)
  })

  it('draws every chart by year over the same years, the period of the report', () => {
    const html = renderHtmlReport(sample, options('en'))
    const figures = html.match(/<figure class="chart-figure" id="chart-(year|to-date)-[\s\S]*?<\/figure>/g) ?? []
    expect(figures).toHaveLength(6)
    for (const figure of figures) {
      const years = [...figure.matchAll(/fill="#4a525c">(\d{4})<\/text>/g)].map(match => match[1])
      expect(years[0]).toBe('2010')
      expect(years[years.length - 1]).toBe('2019')
    }
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
    expect(html).toContain('&lt;b&gt;.csv: 2 records')
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
