// report.pdf as a board member gets it: `report --pdf` prints report.html with Debian's headless
// Chromium, then poppler turns each page into text (pdftotext) and the first into an image
// (pdftoppm). On paper: A4 portrait, page numbers and the title in every footer, the whole headline,
// the key figures in one row, no heading left alone at the foot of a page, every chart and table on
// the page of its title. The first page of the English report is a reviewed image, docs/images/report-page-1.png
// (it is the README's too): a page that drifts from it by more than a few pixels fails; after a change
// meant to show, write it anew with LUP_UPDATE_IMAGES=1 and look at it before committing it.
// .ci/run installs chromium and poppler-utils; locally the test is skipped, saying why, without them.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../helpers/run-cli.js'

const CHROMIUM = '/usr/bin/chromium'
const TOOLS = [CHROMIUM, '/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo']
const missing = TOOLS.filter(tool => !existsSync(tool))
const inCi = process.env.CI === 'true'
const IMAGE = join(ROOT, 'docs/images/report-page-1.png')
/** Printing takes a browser start and a layout of ten pages: seconds, more on a busy machine. */
const PRINTING_MS = 120_000

if (missing.length > 0 && !inCi) {
  console.warn(
    `Skipping the PDF test of report --pdf: ${missing.join(', ')} missing (apt-get install -y chromium poppler-utils).`,
  )
}

it.runIf(missing.length > 0 && inCi)('has Chromium and poppler in CI (.ci/run installs them)', () => {
  expect.fail(`${missing.join(', ')} missing in CI: .ci/run should have installed them with apt-get`)
})

interface Printed {
  html: string
  pdf: string
  pages: string[]
  /** Each page laid out as on paper (columns side by side), for what sits in one row. */
  layout: string[]
}

const decode = (text: string): string =>
  text
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
const words = (text: string): string => text.replace(/\s+/g, ' ').trim()
const pdftotext = (pdf: string, page: number, mode: '-raw' | '-layout'): string =>
  execFileSync('pdftotext', [mode, '-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  })

describe.runIf(missing.length === 0)('report --pdf, printed by headless Chromium and read back by poppler', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lup-pdf-'))
  const printed: Partial<Record<'en' | 'nb', Printed>> = {}

  async function print(language: 'en' | 'nb'): Promise<Printed> {
    const done = printed[language]
    if (done !== undefined) return done
    const out = join(scratch, language)
    const result = await runCli([
      'report',
      'data/lup-sample.csv',
      '--out',
      out,
      '--lang',
      language,
      '--chromium',
      CHROMIUM,
      '--quiet',
    ])
    expect(result).toMatchObject({ exitCode: 0, stderr: '' })
    const pdf = join(out, 'report.pdf')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const count = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])
    const pages = Array.from({ length: count }, (_, index) => pdftotext(pdf, index + 1, '-raw'))
    const layout = Array.from({ length: count }, (_, index) => pdftotext(pdf, index + 1, '-layout'))
    const made = { html: readFileSync(join(out, 'report.html'), 'utf8'), pdf, pages, layout }
    printed[language] = made
    return made
  }

  it.each(['en', 'nb'] as const)(
    'prints the %s report on A4 portrait, numbered "n of N" beside the title in every footer',
    async language => {
      const { pdf, pages, html } = await print(language)
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
      expect(info).toMatch(/^Page size:\s+594\.96 x 841\.92 pts \(A4\)$/m)
      expect(info).not.toMatch(/^CreationDate:/m) // no date given: no time stamp either
      expect(pages.length).toBeGreaterThanOrEqual(6)
      expect(pages.length).toBeLessThanOrEqual(14)
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
      expect(title).toBe(language === 'en' ? 'LUP impact report 2010–2019' : 'LUP-effektrapport 2010–2019')
      pages.forEach((page, index) => {
        expect(words(page)).toContain(title)
        expect(words(page)).toContain(
          language === 'en' ? `Page ${index + 1} of ${pages.length}` : `Side ${index + 1} av ${pages.length}`,
        )
      })
    },
    PRINTING_MS,
  )

  it(
    'is the same PDF every time: report --check finds all six files up to date',
    async () => {
      const { pdf } = await print('en')
      const out = join(pdf, '..')
      const check = await runCli(['report', 'data/lup-sample.csv', '--out', out, '--lang', 'en', '--pdf', '--check'])
      expect(check.stderr.endsWith(`${out} is up to date (6 files)\n`)).toBe(true)
      expect(check.exitCode).toBe(0)
    },
    PRINTING_MS,
  )

  it.each(['en', 'nb'] as const)(
    'has the whole headline, and the key figures in one row, on the first page (%s)',
    async language => {
      const { html, pages, layout } = await print(language)
      const headline = decode(/<h1 id="headline">([^<]*)<\/h1>/.exec(html)?.[1] ?? '')
      expect(headline.length).toBeGreaterThan(200)
      expect(words(pages[0] ?? '')).toContain(words(headline))
      const figures = [...html.matchAll(/<p class="card-value">([^<]*)<\/p>/g)].map(match => decode(match[1] ?? ''))
      expect(figures).toHaveLength(3)
      const row = (layout[0] ?? '').split('\n').find(line => line.includes(figures[0] as string)) ?? ''
      for (const figure of figures) expect(row).toContain(figure)
    },
    PRINTING_MS,
  )

  it.each(['en', 'nb'] as const)(
    'never ends a page on a heading, and prints every chart and every table whole on the page of its title (%s)',
    async language => {
      const { html, pages } = await print(language)
      const headings = [...html.matchAll(/<h[23][^>]*>([^<]+)<\/h[23]>/g)].map(match => words(decode(match[1] ?? '')))
      expect(headings.length).toBeGreaterThan(15)
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
      pages.forEach((page, index) => {
        // The footer (title, page number) is not the page's last line of content.
        const lines = page
          .split('\n')
          .map(words)
          .filter(line => line !== '' && !line.includes(title) && !/^(Page|Side) \d+ (of|av) \d+$/.test(line))
        const last = lines[lines.length - 1] ?? ''
        const stranded = headings.filter(heading => heading === last || (last.length > 3 && heading.endsWith(last)))
        expect({ page: index + 1, last, stranded }).toEqual({ page: index + 1, last, stranded: [] })
      })

      // A chart: its title (h3), then its drawing, whose first text is the value axis's unit and last
      // the key axis's label (a bar chart of partners has them the other way round).
      const charts = [...html.matchAll(/<figure class="chart-figure"[\s\S]*?<\/figure>/g)].map(match => {
        const figure = match[0]
        const texts = [...figure.matchAll(/<text [^>]*>([^<]+)<\/text>/g)].map(text => decode(text[1] ?? ''))
        return {
          title: words(decode(/<h3>([^<]*)<\/h3>/.exec(figure)?.[1] ?? '')),
          first: words(texts[0] ?? ''),
          last: words(texts[texts.length - 1] ?? ''),
        }
      })
      expect(charts).toHaveLength(9)

      // A table: its title (h3) and its last row on one page.
      const tables = [...html.matchAll(/<div class="table-block">[\s\S]*?<\/table>/g)].map(match => {
        const block = match[0]
        const rows = [...block.matchAll(/<tr><th scope="row">([^<]*)<\/th>/g)]
        return {
          title: words(decode(/<h3[^>]*>([^<]*)<\/h3>/.exec(block)?.[1] ?? '')),
          last: words(decode(rows[rows.length - 1]?.[1] ?? '')),
        }
      })
      expect(tables.length).toBeGreaterThanOrEqual(5)
      for (const table of tables) {
        const on = pages.map(words).findIndex(page => page.includes(table.title))
        expect(on, table.title).toBeGreaterThanOrEqual(0)
        const after = words(pages[on] ?? '').slice(words(pages[on] ?? '').indexOf(table.title) + table.title.length)
        expect(after, `${table.title}: its last row on page ${on + 1}`).toContain(table.last)
      }
      for (const chart of charts) {
        const on = pages.map(words).findIndex(page => page.includes(chart.title))
        expect(on, chart.title).toBeGreaterThanOrEqual(0)
        const after = words(pages[on] ?? '').slice(words(pages[on] ?? '').indexOf(chart.title) + chart.title.length)
        expect(after, `${chart.title}: its unit on page ${on + 1}`).toContain(chart.first)
        expect(after, `${chart.title}: its axis label on page ${on + 1}`).toContain(chart.last)
      }
    },
    PRINTING_MS,
  )

  describe('the first page as an image', () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
    }, 60_000)
    afterAll(async () => {
      await browser?.close()
    })

    it(
      'looks like the reviewed image (docs/images/report-page-1.png)',
      async () => {
        const { pdf } = await print('en')
        const prefix = join(scratch, 'page')
        execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', pdf, prefix])
        const image = readFileSync(`${prefix}.png`)
        if (process.env.LUP_UPDATE_IMAGES === '1') writeFileSync(IMAGE, image)
        expect(existsSync(IMAGE), 'docs/images/report-page-1.png: write it with LUP_UPDATE_IMAGES=1').toBe(true)
        const page = await browser.newPage()
        // Both images decoded by the browser (data URLs: no request), compared pixel by pixel.
        const difference = (await page.evaluate(
          `(${COMPARE})(${JSON.stringify(image.toString('base64'))}, ${JSON.stringify(readFileSync(IMAGE).toString('base64'))})`,
        )) as { width: number; height: number; expectedWidth: number; expectedHeight: number; differing: number }
        expect({ width: difference.width, height: difference.height }).toEqual({
          width: difference.expectedWidth,
          height: difference.expectedHeight,
        })
        expect(difference.width).toBe(595) // A4 at 72 dpi
        // Anti-aliasing may differ by a shade; a word, a bar or a card out of place differs by far more.
        expect(difference.differing).toBeLessThan(0.001)
      },
      PRINTING_MS,
    )
  })
})

/** Runs in the page (kept as source: the tests are type-checked without the DOM library). */
const COMPARE = `async (actual, expected) => {
  const pixels = async base64 => {
    const image = new Image()
    image.src = 'data:image/png;base64,' + base64
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const drawing = canvas.getContext('2d')
    drawing.drawImage(image, 0, 0)
    return { width: image.width, height: image.height, data: drawing.getImageData(0, 0, image.width, image.height).data }
  }
  const [a, b] = [await pixels(actual), await pixels(expected)]
  let differing = 0
  if (a.width === b.width && a.height === b.height) {
    for (let offset = 0; offset < a.data.length; offset += 4) {
      const shade = Math.max(
        Math.abs(a.data[offset] - b.data[offset]),
        Math.abs(a.data[offset + 1] - b.data[offset + 1]),
        Math.abs(a.data[offset + 2] - b.data[offset + 2]),
      )
      if (shade > 48) differing++
    }
  }
  return {
    width: a.width,
    height: a.height,
    expectedWidth: b.width,
    expectedHeight: b.height,
    differing: a.width === b.width && a.height === b.height ? differing / (a.width * a.height) : 1,
  }
}`
