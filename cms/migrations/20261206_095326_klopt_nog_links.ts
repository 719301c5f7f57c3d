import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`herinnering_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`organisatie_id\` integer,
  	\`contact_naam\` text,
  	\`contact_email\` text NOT NULL,
  	\`verloopt_op\` text NOT NULL,
  	\`gebruikt_op\` text,
  	\`uitkomst\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`herinnering_links_token_hash_idx\` ON \`herinnering_links\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`herinnering_links_organisatie_idx\` ON \`herinnering_links\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`herinnering_links_updated_at_idx\` ON \`herinnering_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`herinnering_links_created_at_idx\` ON \`herinnering_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`herinnering_links_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`aanbod_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`herinnering_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`herinnering_links_rels_order_idx\` ON \`herinnering_links_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`herinnering_links_rels_parent_idx\` ON \`herinnering_links_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`herinnering_links_rels_path_idx\` ON \`herinnering_links_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`herinnering_links_rels_aanbod_id_idx\` ON \`herinnering_links_rels\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE TABLE \`controles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`aanbod_id\` integer,
  	\`organisatie_id\` integer,
  	\`datum\` text NOT NULL,
  	\`via\` text NOT NULL,
  	\`door\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`controles_aanbod_idx\` ON \`controles\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE INDEX \`controles_organisatie_idx\` ON \`controles\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`controles_datum_idx\` ON \`controles\` (\`datum\`);`)
  await db.run(sql`CREATE INDEX \`controles_updated_at_idx\` ON \`controles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`controles_created_at_idx\` ON \`controles\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`aanbod\` ADD \`laatst_gecontroleerd_via\` text;`)
  await db.run(sql`ALTER TABLE \`_aanbod_v\` ADD \`version_laatst_gecontroleerd_via\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`herinnering_links_id\` integer REFERENCES herinnering_links(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`controles_id\` integer REFERENCES controles(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_herinnering_links_id_idx\` ON \`payload_locked_documents_rels\` (\`herinnering_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_controles_id_idx\` ON \`payload_locked_documents_rels\` (\`controles_id\`);`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`klopt_nog_link_dagen\` numeric DEFAULT 30;`)
  await db.run(sql`ALTER TABLE \`_site_v\` ADD \`version_klopt_nog_link_dagen\` numeric DEFAULT 30;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`herinnering_links\`;`)
  await db.run(sql`DROP TABLE \`herinnering_links_rels\`;`)
  await db.run(sql`DROP TABLE \`controles\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`aanbod_id\` integer,
  	\`activiteiten_id\` integer,
  	\`organisaties_id\` integer,
  	\`kernen_id\` integer,
  	\`levensgebeurtenissen_id\` integer,
  	\`doelgroepen_id\` integer,
  	\`themas_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`herinneringen_id\` integer,
  	\`publicaties_id\` integer,
  	\`tweestaps_gegevens_id\` integer,
  	\`meldingen_id\` integer,
  	\`meldingen_logboek_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activiteiten_id\`) REFERENCES \`activiteiten\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisaties_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kernen_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`levensgebeurtenissen_id\`) REFERENCES \`levensgebeurtenissen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doelgroepen_id\`) REFERENCES \`doelgroepen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themas_id\`) REFERENCES \`themas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`herinneringen_id\`) REFERENCES \`herinneringen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publicaties_id\`) REFERENCES \`publicaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tweestaps_gegevens_id\`) REFERENCES \`tweestaps_gegevens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meldingen_id\`) REFERENCES \`meldingen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meldingen_logboek_id\`) REFERENCES \`meldingen_logboek\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "aanbod_id", "activiteiten_id", "organisaties_id", "kernen_id", "levensgebeurtenissen_id", "doelgroepen_id", "themas_id", "media_id", "users_id", "herinneringen_id", "publicaties_id", "tweestaps_gegevens_id", "meldingen_id", "meldingen_logboek_id") SELECT "id", "order", "parent_id", "path", "aanbod_id", "activiteiten_id", "organisaties_id", "kernen_id", "levensgebeurtenissen_id", "doelgroepen_id", "themas_id", "media_id", "users_id", "herinneringen_id", "publicaties_id", "tweestaps_gegevens_id", "meldingen_id", "meldingen_logboek_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_aanbod_id_idx\` ON \`payload_locked_documents_rels\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activiteiten_id_idx\` ON \`payload_locked_documents_rels\` (\`activiteiten_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisaties_id_idx\` ON \`payload_locked_documents_rels\` (\`organisaties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kernen_id_idx\` ON \`payload_locked_documents_rels\` (\`kernen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_levensgebeurtenissen_id_idx\` ON \`payload_locked_documents_rels\` (\`levensgebeurtenissen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_doelgroepen_id_idx\` ON \`payload_locked_documents_rels\` (\`doelgroepen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themas_id_idx\` ON \`payload_locked_documents_rels\` (\`themas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_herinneringen_id_idx\` ON \`payload_locked_documents_rels\` (\`herinneringen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publicaties_id_idx\` ON \`payload_locked_documents_rels\` (\`publicaties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tweestaps_gegevens_id_idx\` ON \`payload_locked_documents_rels\` (\`tweestaps_gegevens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meldingen_id_idx\` ON \`payload_locked_documents_rels\` (\`meldingen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meldingen_logboek_id_idx\` ON \`payload_locked_documents_rels\` (\`meldingen_logboek_id\`);`)
  await db.run(sql`ALTER TABLE \`aanbod\` DROP COLUMN \`laatst_gecontroleerd_via\`;`)
  await db.run(sql`ALTER TABLE \`_aanbod_v\` DROP COLUMN \`version_laatst_gecontroleerd_via\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`klopt_nog_link_dagen\`;`)
  await db.run(sql`ALTER TABLE \`_site_v\` DROP COLUMN \`version_klopt_nog_link_dagen\`;`)
}
