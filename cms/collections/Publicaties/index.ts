import type { CollectionConfig } from 'payload'
import { hiddenForPartners, staff } from '../../access'

/**
 * The site's recent builds (or build-hook calls): when, why, how long, and success or the error. Written by the
 * publisher (cms/publishing) only; staff read them in the admin. Not public.
 */
export const Publicaties: CollectionConfig = {
  slug: 'publicaties',
  labels: { singular: 'Publicatie', plural: 'Publicaties' },
  typescript: { interface: 'Publicatie' },
  admin: {
    useAsTitle: 'aanleiding',
    defaultColumns: ['gestartOp', 'status', 'aanleiding', 'duurSeconden'],
    group: 'Beheer',
    hidden: hiddenForPartners,
    description:
      'Na elke wijziging in gepubliceerde inhoud wordt de openbare site opnieuw gebouwd (ongeveer 30 seconden na de laatste wijziging). Hier ziet u wanneer, waarom, hoe lang het duurde en of het lukte.',
  },
  defaultSort: '-gestartOp',
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'status',
      type: 'select',
      label: 'Status',
      required: true,
      index: true,
      options: [
        { label: 'Bezig', value: 'bezig' },
        { label: 'Gelukt', value: 'gelukt' },
        { label: 'Mislukt', value: 'mislukt' },
      ],
    },
    {
      name: 'modus',
      type: 'select',
      label: 'Hoe',
      required: true,
      options: [
        { label: 'Ingebouwd (deze server bouwt de site)', value: 'ingebouwd' },
        { label: 'Build-hook (een externe pijplijn bouwt de site)', value: 'hook' },
      ],
    },
    { name: 'aanleiding', type: 'text', label: 'Aanleiding', required: true },
    {
      name: 'wijzigingen',
      type: 'textarea',
      label: 'Wijzigingen',
      admin: { description: 'Wat er veranderde sinds de vorige publicatie.' },
    },
    { name: 'aantalWijzigingen', type: 'number', label: 'Aantal wijzigingen' },
    { name: 'gestartOp', type: 'date', label: 'Gestart', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'klaarOp', type: 'date', label: 'Klaar', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'duurSeconden', type: 'number', label: 'Duur (seconden)' },
    {
      name: 'fout',
      type: 'textarea',
      label: 'Foutmelding',
      admin: { description: 'Bij een mislukte publicatie blijft de vorige versie van de site staan.' },
    },
  ],
}
