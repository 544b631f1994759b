// A PDF from Chromium is the same bytes for the same page, but for two stamps of the time it was
// printed: /CreationDate and /ModDate in its document information (Skia writes them in plain text,
// each as "(D:YYYYMMDDHHmmSS+HH'mm')"). Reports are byte-identical for identical input, so both are
// replaced in place: by the report's date at midnight UTC when it has one, else by spaces, which PDF
// reads as nothing. The length never changes, so the cross-reference offsets stay right.

const STAMP = /\/(CreationDate|ModDate) \(D:[0-9]{4,14}[^)]{0,8}\)/g

/** `pdf` with its time stamps set to `date` (YYYY-MM-DD) or blanked; the same length, byte for byte. */
export function settlePdfDates(pdf: Uint8Array, date: string | null): Uint8Array {
  // latin1 maps each byte to one character and back, so the binary streams pass through untouched.
  const text = Buffer.from(pdf).toString('latin1')
  const settled = text.replace(STAMP, (stamp, key: string) => {
    const wanted = date === null ? '' : `/${key} (D:${date.replace(/-/g, '')}000000Z)`
    return wanted.length <= stamp.length ? wanted.padEnd(stamp.length, ' ') : ' '.repeat(stamp.length)
  })
  return Buffer.from(settled, 'latin1')
}
