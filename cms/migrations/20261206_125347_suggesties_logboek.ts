import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`redactie_logboek\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`wanneer\` text NOT NULL,
  	\`gebruiker_id\` integer,
  	\`gebruiker_naam\` text,
  	\`actie\` text NOT NULL,
  	\`bron\` text NOT NULL,
  	\`documenten\` text,
  	\`resultaat\` text DEFAULT 'gelukt',
  	\`herkomst\` text DEFAULT 'beheer',
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`gebruiker_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`redactie_logboek_wanneer_idx\` ON \`redactie_logboek\` (\`wanneer\`);`)
  await db.run(sql`CREATE INDEX \`redactie_logboek_gebruiker_idx\` ON \`redactie_logboek\` (\`gebruiker_id\`);`)
  await db.run(sql`CREATE INDEX \`redactie_logboek_actie_idx\` ON \`redactie_logboek\` (\`actie\`);`)
  await db.run(sql`CREATE INDEX \`redactie_logboek_bron_idx\` ON \`redactie_logboek\` (\`bron\`);`)
  await db.run(sql`CREATE INDEX \`redactie_logboek_documenten_idx\` ON \`redactie_logboek\` (\`documenten\`);`)
  await db.run(sql`CREATE INDEX \`redactie_logboek_updated_at_idx\` ON \`redactie_logboek\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redactie_logboek_created_at_idx\` ON \`redactie_logboek\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redactie_logboek_id\` integer REFERENCES redactie_logboek(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redactie_logboek_id_idx\` ON \`payload_locked_documents_rels\` (\`redactie_logboek_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`redactie_logboek\`;`)
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
  	\`herinnering_links_id\` integer,
  	\`controles_id\` integer,
  	\`publicaties_id\` integer,
  	\`tweestaps_gegevens_id\` integer,
  	\`meldingen_id\` integer,
  	\`metingen_id\` integer,
  	\`meldingen_logboek_id\` integer,
  	\`bezoeken_id\` integer,
  	\`suggesties_id\` integer,
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
  	FOREIGN KEY (\`herinnering_links_id\`) REFERENCES \`herinnering_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`controles_id\`) REFERENCES \`controles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publicaties_id\`) REFERENCES \`publicaties\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tweestaps_gegevens_id\`) REFERENCES \`tweestaps_gegevens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meldingen_id\`) REFERENCES \`meldingen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`metingen_id\`) REFERENCES \`metingen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meldingen_logboek_id\`) REFERENCES \`meldingen_logboek\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bezoeken_id\`) REFERENCES \`bezoeken\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suggesties_id\`) REFERENCES \`suggesties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "aanbod_id", "activiteiten_id", "organisaties_id", "kernen_id", "levensgebeurtenissen_id", "doelgroepen_id", "themas_id", "media_id", "users_id", "herinneringen_id", "herinnering_links_id", "controles_id", "publicaties_id", "tweestaps_gegevens_id", "meldingen_id", "metingen_id", "meldingen_logboek_id", "bezoeken_id", "suggesties_id") SELECT "id", "order", "parent_id", "path", "aanbod_id", "activiteiten_id", "organisaties_id", "kernen_id", "levensgebeurtenissen_id", "doelgroepen_id", "themas_id", "media_id", "users_id", "herinneringen_id", "herinnering_links_id", "controles_id", "publicaties_id", "tweestaps_gegevens_id", "meldingen_id", "metingen_id", "meldingen_logboek_id", "bezoeken_id", "suggesties_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_herinnering_links_id_idx\` ON \`payload_locked_documents_rels\` (\`herinnering_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_controles_id_idx\` ON \`payload_locked_documents_rels\` (\`controles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publicaties_id_idx\` ON \`payload_locked_documents_rels\` (\`publicaties_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tweestaps_gegevens_id_idx\` ON \`payload_locked_documents_rels\` (\`tweestaps_gegevens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meldingen_id_idx\` ON \`payload_locked_documents_rels\` (\`meldingen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_metingen_id_idx\` ON \`payload_locked_documents_rels\` (\`metingen_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meldingen_logboek_id_idx\` ON \`payload_locked_documents_rels\` (\`meldingen_logboek_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bezoeken_id_idx\` ON \`payload_locked_documents_rels\` (\`bezoeken_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suggesties_id_idx\` ON \`payload_locked_documents_rels\` (\`suggesties_id\`);`)
}
