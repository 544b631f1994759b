// report --pdf: report.html printed by a headless Chromium or Chrome, as a reader would print it
// (the page's own print stylesheet: A4, page numbers). The browser is a program on the machine,
// found on PATH or named by --chromium; nothing is downloaded. It reads the page from a private
// temporary directory and writes the PDF there; the PDF's bytes then join the report's other files,
// written together (atomic-directory.ts). The page has no script and fetches nothing.
import { spawn } from 'node:child_process'
import { constants } from 'node:fs'
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { settlePdfDates } from '../render/pdf-metadata.js'
import { onInterrupt, registerTemporaryDirectory } from './temporary-files.js'

/** The names a Chromium or Chrome goes by on PATH, in the order they are tried. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

/** A generous bound: a report prints in a few seconds; a browser that hangs must not hang a CI job. */
const PRINT_TIMEOUT_MS = 120_000

export class PrintError extends Error {
  override name = 'PrintError'
  constructor(readonly detail: string) {
    super(`printing failed: ${detail}`)
  }
}

/** The first executable Chromium or Chrome on `path` (a PATH value), or null. */
export async function findChromium(path: string | undefined): Promise<string | null> {
  for (const directory of (path ?? '').split(delimiter)) {
    if (directory === '') continue
    for (const name of CHROMIUM_NAMES) {
      const candidate = join(directory, name)
      if (
        await access(candidate, constants.X_OK).then(
          () => true,
          () => false,
        )
      )
        return candidate
    }
  }
  return null
}

/** Prints `html` to PDF with the browser at `chromium`; the PDF's time stamps are `date` or none. */
export async function printPdf(html: string, chromium: string, date: string | null): Promise<Uint8Array> {
  const scratch = await mkdtemp(join(tmpdir(), 'lup-impact-pdf-'))
  // A signal while printing must not leave the scratch directory, nor the browser, behind.
  const forget = registerTemporaryDirectory(scratch)
  try {
    const page = join(scratch, 'report.html')
    const pdf = join(scratch, 'report.pdf')
    await writeFile(page, html)
    await runBrowser(chromium, [
      '--headless',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      // Chromium will not run its sandbox as root (a container, a CI job).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--user-data-dir=${join(scratch, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ])
    const bytes = await readFile(pdf).catch(() => {
      throw new PrintError('no PDF was written')
    })
    return settlePdfDates(bytes, date)
  } finally {
    await rm(scratch, { recursive: true, force: true })
    forget()
  }
}

function runBrowser(chromium: string, args: string[]): Promise<void> {
  return new Promise((resolvePrint, rejectPrint) => {
    const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    const forget = onInterrupt(() => child.kill('SIGKILL'))
    child.on('close', forget)
    let errors = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      errors = (errors + chunk).slice(-4000)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), PRINT_TIMEOUT_MS)
    child.on('error', error => {
      clearTimeout(timer)
      forget()
      rejectPrint(new PrintError((error as NodeJS.ErrnoException).code ?? error.message))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolvePrint()
      else {
        // Chromium's last line on stderr is usually the reason; its dbus chatter comes before it.
        const last =
          errors
            .trim()
            .split('\n')
            .filter(line => !/dbus|Fontconfig/i.test(line))
            .pop() ?? ''
        rejectPrint(
          new PrintError(signal === null ? `exit ${code}${last === '' ? '' : `: ${last}`}` : `killed (${signal})`),
        )
      }
    })
  })
}
