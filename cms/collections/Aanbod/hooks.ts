import type { FieldHook } from 'payload'
import { versheid } from '../../../content-schema'

/** The freshness state ("actueel", "controle nodig", "verouderd") computed from the check date on every read. */
export const computeVersheid: FieldHook = ({ siblingData }) => versheid(siblingData?.datum ?? null)
