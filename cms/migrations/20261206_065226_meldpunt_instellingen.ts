import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`meldpunt\` ADD \`meldingen_antwoord_binnen_werkdagen\` numeric DEFAULT 3;`)
  await db.run(sql`ALTER TABLE \`meldpunt\` ADD \`meldingen_bewaartermijn_maanden\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`_meldpunt_v\` ADD \`version_meldingen_antwoord_binnen_werkdagen\` numeric DEFAULT 3;`)
  await db.run(sql`ALTER TABLE \`_meldpunt_v\` ADD \`version_meldingen_bewaartermijn_maanden\` numeric DEFAULT 12;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`meldpunt\` DROP COLUMN \`meldingen_antwoord_binnen_werkdagen\`;`)
  await db.run(sql`ALTER TABLE \`meldpunt\` DROP COLUMN \`meldingen_bewaartermijn_maanden\`;`)
  await db.run(sql`ALTER TABLE \`_meldpunt_v\` DROP COLUMN \`version_meldingen_antwoord_binnen_werkdagen\`;`)
  await db.run(sql`ALTER TABLE \`_meldpunt_v\` DROP COLUMN \`version_meldingen_bewaartermijn_maanden\`;`)
}
