/** The search page's start script (site/lib/zoeken/startscript.ts), under its hashed name. */
import type { APIRoute, GetStaticPaths } from 'astro'
import { STARTSCRIPT } from '../lib/zoeken/startscript'

export const getStaticPaths = (() => [{ params: { hash: STARTSCRIPT.pad.split('.')[1]! } }]) satisfies GetStaticPaths

export const GET: APIRoute = () => new Response(STARTSCRIPT.js, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } })
