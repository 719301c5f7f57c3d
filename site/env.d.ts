declare namespace App {
  interface Locals {
    /**
     * Set only by the CMS's preview of a draft (site/voorbeeld/, cms/voorbeeld/): the document to show, shaped and
     * checked as the public REST API gives it.
     */
    voorbeeld?: { doc: unknown }
  }
}
