/**
 * The one place that uses Payload's internal field traversal (beforeValidateTraverseFields and
 * beforeChangeTraverseFields, exported by payload but not documented): the import checks a row with the
 * collection's own field hooks and validation, exactly as saving in the admin would, without saving anything.
 * Payload's public API has no "validate only" (a create in a rolled-back transaction would also run collection hooks,
 * versions and counters, and cannot work without transactions on MongoDB).
 *
 * The traversal takes about 20 arguments, most of them Payload's bookkeeping for nested fields and locales; they are
 * all here, with the values a top-level create or update of a collection document uses. When upgrading Payload
 * (docs/upgraden.md): compare them with node_modules/payload/dist/fields/hooks/{beforeValidate,beforeChange}/
 * traverseFields.d.ts and with how Payload's own beforeValidate/beforeChange (index.js next to them) call them;
 * `npx tsc` flags a new required argument, tests/cms/field-hooks.test.ts a changed behaviour.
 */
import {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  type CollectionSlug,
  type PayloadRequest,
  type ValidationFieldError,
} from 'payload'

type Doc = Record<string, any>

/**
 * The collection's field hooks and validation on `data`, as a create (existing null) or update would run them, without
 * saving: returns the data after the beforeValidate hooks (tidied, merged with the stored document) and the errors.
 */
export async function checkWithFieldHooks(req: PayloadRequest, collection: CollectionSlug, data: Doc, existing: Doc | null) {
  const config = req.payload.collections[collection].config
  const doc: Doc = existing ? structuredClone(existing) : {}
  const common = {
    collection: config,
    context: {},
    fields: config.fields,
    global: null,
    id: existing?.id,
    operation: existing ? 'update' : 'create',
    overrideAccess: false,
    parentIndexPath: '',
    parentIsLocalized: false,
    parentPath: '',
    parentSchemaPath: '',
    req,
  } as const
  const tidied: Doc = structuredClone(data)
  await beforeValidateTraverseFields({ ...common, data: tidied, doc, siblingData: tidied, siblingDoc: doc })
  const errors: ValidationFieldError[] = []
  const toStore: Doc = structuredClone(tidied)
  await beforeChangeTraverseFields({
    ...common,
    data: toStore,
    doc,
    docWithLocales: doc,
    errors,
    fieldLabelPath: '',
    mergeLocaleActions: [],
    siblingData: toStore,
    siblingDoc: doc,
    siblingDocWithLocales: doc,
    skipValidation: false,
  })
  return { tidied, errors }
}
