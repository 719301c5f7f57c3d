/** The search page's start script (site/lib/zoekstart.ts), under its hashed name. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { ZOEKSTART } from '../lib/zoekstart'

export const getStaticPaths = (() => [{ params: { hash: ZOEKSTART.pad.split('.')[1]! } }]) satisfies GetStaticPaths

export const GET: APIRoute = () => new Response(ZOEKSTART.js, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
