/**
 * A copy of `text` that does not keep the string it was cut from alive. V8 represents a substring
 * of 13 or more characters as a view into its parent, so a cell kept as a map key would otherwise
 * pin the whole decoded chunk it came from (256 KiB for a 20-character name). Concatenating
 * flattens into a new string; the slice then points into that one.
 */
export function copyString(text: string): string {
  return ` ${text}`.slice(1)
}
