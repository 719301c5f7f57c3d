/**
 * Twenterand's name and mark in the admin (admin.components.graphics): the logo on the login page and the icon in
 * the menu and breadcrumbs. The name is the site's (the Site global, as the site shows it).
 */
import type { Payload } from 'payload'
import { SITE_NAAM } from '../globals/Site'
import { faviconDataUri } from '../merk'

async function siteNaam(payload?: Payload): Promise<string> {
  try {
    const site = await payload?.findGlobal({ slug: 'site', depth: 0 })
    return site?.naam || SITE_NAAM
  } catch {
    return SITE_NAAM
  }
}

export async function Logo({ payload }: { payload?: Payload }) {
  return (
    <span className="skt-merk">
      {/* biome-ignore lint/performance/noImgElement: a tiny inline SVG (data: address); next/image would add nothing */}
      <img className="skt-merk__beeld" src={faviconDataUri()} alt="" width={48} height={48} />
      <span className="skt-merk__naam">{await siteNaam(payload)}</span>
    </span>
  )
}

export function Icon() {
  // biome-ignore lint/performance/noImgElement: a tiny inline SVG (data: address); next/image would add nothing
  return <img className="skt-merk__icoon" src={faviconDataUri()} alt="" width={25} height={25} />
}
