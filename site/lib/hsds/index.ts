/**
 * Open data: the kaart as Open Referral HSDS 3.0 (Human Services Data Specification) and as a CSV of all aanbod.
 * Pure functions from getContent's content (only what an anonymous visitor sees) to HSDS objects; the endpoints in
 * site/pages/open-data/ only serialise them. The Dutch profile on /open-data/ describes the same choices:
 *
 * - IDs: UUID v5 (RFC 4122/9562, SHA-1) of a readable key under one fixed namespace, e.g. "aanbod/samen-eten".
 *   Keys use slugs, not database ids: a slug is the public, lasting name of a document (its web address, the key of
 *   the CSV import) and stays the same when the content moves to another database; a database id does not.
 * - Our four indelingen (kernen, levensgebeurtenissen, doelgroepen, thema's) are HSDS taxonomies; an aanbod gets an
 *   HSDS attribute for each term it has. "Heel Twenterand" aanbod gets every kern (value "heel Twenterand"), as on
 *   the site, where it is listed under every kern.
 * - Demo content is marked three ways: an attribute with the term "voorbeeld" of the taxonomy "Markering", an alert
 *   text on the service, and the column "demo" in the CSV.
 * - Status: actief = active, tijdelijk gestopt = temporarily closed, gestopt = inactive (it is not running; we do
 *   not know that it is gone for good, which "defunct" would say). Stopped aanbod stays in, as it keeps its page.
 * - No personal data: no contactpersonen, no "laatst gecontroleerd door" (a user's name), no assurer_email. A service
 *   contact is the public contact point the site shows (named after the organisation), never a person.
 */
export * from './csv'
export * from './ids'
export * from './licenties'
export * from './mapping'
export * from './types'
