/** Debian's Chromium driven by playwright-core, with the same launch arguments as the build's PDFs. */
export { launchChromium } from '../../scripts/lib/chromium'
