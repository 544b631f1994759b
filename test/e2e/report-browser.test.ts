// report.html opened in a real browser: Debian's headless Chromium, driven by playwright-core
// (which never downloads a browser of its own). No console message, no request but the file itself,
// every chart drawn and not empty, the headline as written, and a screenshot that is not blank.
// .ci/run installs chromium, so CI always runs this; locally it is skipped, saying why, only when
// /usr/bin/chromium is missing (`apt-get install -y chromium`).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../helpers/run-cli.js'

const CHROMIUM = '/usr/bin/chromium'
const available = existsSync(CHROMIUM)
const inCi = process.env.CI === 'true'

if (!available && !inCi) {
  console.warn(
    `Skipping the browser test of report.html: ${CHROMIUM} is missing (install it with: apt-get install -y chromium).`,
  )
}

it.runIf(!available && inCi)('has Chromium in CI (.ci/run installs it)', () => {
  expect.fail(`${CHROMIUM} is missing in CI: .ci/run should have installed it with apt-get`)
})

const HEADLINES = {
  en: 'From 2010 to 2019, 34 projects with 40 partners named in the records created more than 320 new jobs, saved nearly 306 million kroner of public money and cut annual emissions by nearly 2,400 tonnes of CO2 equivalent, counting realised effects only; with estimated effects and potential ones not yet realised, the figures would be 350 jobs, 334 million kroner and nearly 3,000 tonnes a year.',
  nb: 'Fra 2010 til 2019 har 34 prosjekter med 40 partnere nevnt i postene skapt over 320 nye arbeidsplasser, gitt nesten 306 millioner kroner i offentlige besparelser og kuttet nesten 2400 tonn i årlige CO2-ekvivalenter, regnet bare med realiserte effekter; med estimerte effekter og potensielle som ennå ikke er realisert, ville tallene vært 350 arbeidsplasser, 334 millioner kroner og nesten 3000 tonn i året.',
}

/** Runs in the page (so it is kept as source: the tests are type-checked without the DOM library). */
const DECODE_AND_COUNT = `async (base64) => {
  const image = new Image()
  image.src = 'data:image/png;base64,' + base64
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = image.width
  canvas.height = image.height
  const drawing = canvas.getContext('2d')
  drawing.drawImage(image, 0, 0)
  const { data } = drawing.getImageData(0, 0, image.width, image.height)
  const colours = new Set()
  let nonWhite = 0
  let pixels = 0
  for (let offset = 0; offset < data.length; offset += 4 * 7) {
    const red = data[offset], green = data[offset + 1], blue = data[offset + 2]
    colours.add((red << 16) | (green << 8) | blue)
    if (red < 240 || green < 240 || blue < 240) nonWhite++
    pixels++
  }
  return { width: image.width, height: image.height, colours: colours.size, nonWhite: nonWhite / pixels }
}`

interface Opened {
  page: Page
  console: string[]
  requests: string[]
  errors: string[]
}

describe.runIf(available)('report.html in headless Chromium', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lup-browser-'))
  let context: BrowserContext

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  }, 60_000)

  afterAll(async () => {
    await context?.close()
  })

  async function open(language: 'en' | 'nb'): Promise<Opened> {
    const out = join(scratch, language)
    const result = await runCli(['report', join(ROOT, 'data/lup-sample.csv'), '--out', out, '--lang', language])
    expect(result.exitCode).toBe(0)
    const page = await context.newPage()
    const opened: Opened = { page, console: [], requests: [], errors: [] }
    page.on('console', message => opened.console.push(`${message.type()}: ${message.text()}`))
    page.on('pageerror', error => opened.errors.push(error.message))
    page.on('request', request => opened.requests.push(request.url()))
    await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' })
    return opened
  }

  it.each(['en', 'nb'] as const)(
    'renders the %s report with every chart, no console message and no request',
    async language => {
      const { page, console: messages, requests, errors } = await open(language)
      // biome-ignore lint/performance/useDomNodeTextContent: the headline as a reader sees it laid out
      expect(await page.locator('#headline').innerText()).toBe(HEADLINES[language])
      expect(await page.locator('html').getAttribute('lang')).toBe(language)

      const charts = await page.$$eval('svg.chart', svgs =>
        svgs.map(svg => {
          const box = svg.getBoundingClientRect()
          return {
            label: svg.getAttribute('aria-label') ?? '',
            role: svg.getAttribute('role'),
            title: svg.querySelector('title')?.textContent ?? '',
            width: box.width,
            height: box.height,
            children: svg.childElementCount,
            marks: svg.querySelectorAll('rect.bar, circle.point').length,
          }
        }),
      )
      expect(charts).toHaveLength(9)
      for (const chart of charts) {
        expect(chart.role).toBe('img')
        expect(chart.title.length).toBeGreaterThan(0)
        expect(chart.label.startsWith(chart.title)).toBe(true)
        expect(chart.width).toBeGreaterThan(200)
        expect(chart.height).toBeGreaterThan(100)
        expect(chart.children).toBeGreaterThan(5)
        expect(chart.marks).toBeGreaterThan(0)
      }
      // Bars by year: 10 a chart (2010–2019; CO2e has 7); partners ranked: one bar per partner reporting.
      expect(charts.map(chart => chart.marks)).toEqual([10, 10, 7, 10, 10, 8, 40, 40, 24])

      await page.waitForTimeout(100)
      expect(errors).toEqual([])
      expect(messages).toEqual([])
      expect(requests.filter(url => !url.startsWith('file://'))).toEqual([])
      expect(requests).toHaveLength(1) // the page itself: no font, image, style or script is fetched
    },
    60_000,
  )

  it.each(['en', 'nb'] as const)(
    "passes axe-core's WCAG 2.1 A and AA rules with no violation (%s)",
    async language => {
      const { page } = await open(language)
      // axe-core's own script, added to the page from node_modules (no request), run on the whole page.
      await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8') })
      const results = (await page.evaluate(
        `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then(r => ({ violations: r.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => n.target.join(' ')) })), passes: r.passes.length }))`,
      )) as { violations: { id: string; nodes: string[] }[]; passes: number }
      expect(results.violations).toEqual([])
      expect(results.passes).toBeGreaterThan(10) // the rules ran: contrast, names, labels, landmarks, lang…
    },
    60_000,
  )

  it('looks like something: a full-page screenshot with plenty of colour', async () => {
    const { page } = await open('en')
    const screenshot = await page.screenshot({ fullPage: true, type: 'png' })
    writeFileSync(join(scratch, 'report.png'), screenshot)
    expect(screenshot.subarray(1, 4).toString('latin1')).toBe('PNG')
    // Decode the PNG in a blank page (no request is involved: a data URL) and count its colours.
    const decoder = await context.newPage()
    const stats = (await decoder.evaluate(
      `(${DECODE_AND_COUNT})(${JSON.stringify(screenshot.toString('base64'))})`,
    )) as {
      width: number
      height: number
      colours: number
      nonWhite: number
    }
    expect(stats.width).toBe(1280)
    expect(stats.height).toBeGreaterThan(3000)
    expect(stats.colours).toBeGreaterThan(100)
    expect(stats.nonWhite).toBeGreaterThan(0.1)
  }, 60_000)
})
