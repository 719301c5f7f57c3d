/**
 * How the site build (scripts/build-site.ts) tells the program that ran it how it went: a JSON file at the path in
 * SITE_RESULT_FILE, written at its end. The publisher reads this instead of the build's log lines.
 */
export interface SiteBuildResult {
  /** The new site is online (also when only its PDFs failed afterwards). */
  online: boolean
  /** The line the build ends with, as the user sees it: "Site gebouwd in dist/", "De site is NIET gebouwd; …". */
  melding: string
  /** Why the build stopped, in our own Dutch words (e.g. which document and field is invalid); empty if unknown. */
  redenen: string[]
}
