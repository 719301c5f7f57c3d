import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`aanbod_locaties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text,
  	\`adres\` text,
  	\`postcode\` text,
  	\`plaats\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aanbod_locaties_order_idx\` ON \`aanbod_locaties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_locaties_parent_id_idx\` ON \`aanbod_locaties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`aanbod_tijden_schema_byday\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`aanbod_tijden_schema\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aanbod_tijden_schema_byday_order_idx\` ON \`aanbod_tijden_schema_byday\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_tijden_schema_byday_parent_idx\` ON \`aanbod_tijden_schema_byday\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`aanbod_tijden_schema\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`freq\` text DEFAULT 'WEEKLY',
  	\`interval\` numeric DEFAULT 1,
  	\`bysetpos\` text,
  	\`bymonthday\` numeric,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aanbod_tijden_schema_order_idx\` ON \`aanbod_tijden_schema\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_tijden_schema_parent_id_idx\` ON \`aanbod_tijden_schema\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`aanbod_toegankelijkheid_kenmerken\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aanbod_toegankelijkheid_kenmerken_order_idx\` ON \`aanbod_toegankelijkheid_kenmerken\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_toegankelijkheid_kenmerken_parent_idx\` ON \`aanbod_toegankelijkheid_kenmerken\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`aanbod_placemats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aanbod_placemats_order_idx\` ON \`aanbod_placemats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_placemats_parent_idx\` ON \`aanbod_placemats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`aanbod\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text,
  	\`samenvatting\` text,
  	\`beschrijving\` text,
  	\`organisatie_id\` integer,
  	\`heel_twenterand\` integer DEFAULT false,
  	\`kosten_soort\` text DEFAULT 'gratis',
  	\`kosten_bedrag\` numeric,
  	\`kosten_omschrijving\` text,
  	\`meedoen_manier\` text DEFAULT 'vrije-inloop',
  	\`meedoen_aanmeldinformatie\` text,
  	\`contact_telefoon\` text,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`tijden_omschrijving\` text,
  	\`toegankelijkheid_toelichting\` text,
  	\`slug\` text,
  	\`status\` text DEFAULT 'actief',
  	\`laatst_gecontroleerd_datum\` text,
  	\`laatst_gecontroleerd_door\` text,
  	\`ter_beoordeling\` integer DEFAULT false,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`aanbod_organisatie_idx\` ON \`aanbod\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`aanbod_slug_idx\` ON \`aanbod\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_ter_beoordeling_idx\` ON \`aanbod\` (\`ter_beoordeling\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_updated_at_idx\` ON \`aanbod\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_created_at_idx\` ON \`aanbod\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`aanbod__status_idx\` ON \`aanbod\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`aanbod_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`kernen_id\` integer,
  	\`levensgebeurtenissen_id\` integer,
  	\`doelgroepen_id\` integer,
  	\`themas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kernen_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`levensgebeurtenissen_id\`) REFERENCES \`levensgebeurtenissen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doelgroepen_id\`) REFERENCES \`doelgroepen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themas_id\`) REFERENCES \`themas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`aanbod_rels_order_idx\` ON \`aanbod_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_rels_parent_idx\` ON \`aanbod_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_rels_path_idx\` ON \`aanbod_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_rels_kernen_id_idx\` ON \`aanbod_rels\` (\`kernen_id\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_rels_levensgebeurtenissen_id_idx\` ON \`aanbod_rels\` (\`levensgebeurtenissen_id\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_rels_doelgroepen_id_idx\` ON \`aanbod_rels\` (\`doelgroepen_id\`);`)
  await db.run(sql`CREATE INDEX \`aanbod_rels_themas_id_idx\` ON \`aanbod_rels\` (\`themas_id\`);`)
  await db.run(sql`CREATE TABLE \`_aanbod_v_version_locaties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text,
  	\`adres\` text,
  	\`postcode\` text,
  	\`plaats\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_aanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_locaties_order_idx\` ON \`_aanbod_v_version_locaties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_locaties_parent_id_idx\` ON \`_aanbod_v_version_locaties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_aanbod_v_version_tijden_schema_byday\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_aanbod_v_version_tijden_schema\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_tijden_schema_byday_order_idx\` ON \`_aanbod_v_version_tijden_schema_byday\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_tijden_schema_byday_parent_idx\` ON \`_aanbod_v_version_tijden_schema_byday\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_aanbod_v_version_tijden_schema\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`freq\` text DEFAULT 'WEEKLY',
  	\`interval\` numeric DEFAULT 1,
  	\`bysetpos\` text,
  	\`bymonthday\` numeric,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_aanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_tijden_schema_order_idx\` ON \`_aanbod_v_version_tijden_schema\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_tijden_schema_parent_id_idx\` ON \`_aanbod_v_version_tijden_schema\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_aanbod_v_version_toegankelijkheid_kenmerken\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_aanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_toegankelijkheid_kenmerken_order_idx\` ON \`_aanbod_v_version_toegankelijkheid_kenmerken\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_toegankelijkheid_kenmerken_parent_idx\` ON \`_aanbod_v_version_toegankelijkheid_kenmerken\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_aanbod_v_version_placemats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_aanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_placemats_order_idx\` ON \`_aanbod_v_version_placemats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_placemats_parent_idx\` ON \`_aanbod_v_version_placemats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_aanbod_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_titel\` text,
  	\`version_samenvatting\` text,
  	\`version_beschrijving\` text,
  	\`version_organisatie_id\` integer,
  	\`version_heel_twenterand\` integer DEFAULT false,
  	\`version_kosten_soort\` text DEFAULT 'gratis',
  	\`version_kosten_bedrag\` numeric,
  	\`version_kosten_omschrijving\` text,
  	\`version_meedoen_manier\` text DEFAULT 'vrije-inloop',
  	\`version_meedoen_aanmeldinformatie\` text,
  	\`version_contact_telefoon\` text,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_tijden_omschrijving\` text,
  	\`version_toegankelijkheid_toelichting\` text,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'actief',
  	\`version_laatst_gecontroleerd_datum\` text,
  	\`version_laatst_gecontroleerd_door\` text,
  	\`version_ter_beoordeling\` integer DEFAULT false,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_aanbod_v_parent_idx\` ON \`_aanbod_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_version_organisatie_idx\` ON \`_aanbod_v\` (\`version_organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_version_slug_idx\` ON \`_aanbod_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_version_ter_beoordeling_idx\` ON \`_aanbod_v\` (\`version_ter_beoordeling\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_version_updated_at_idx\` ON \`_aanbod_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_version_created_at_idx\` ON \`_aanbod_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_version_version__status_idx\` ON \`_aanbod_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_created_at_idx\` ON \`_aanbod_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_updated_at_idx\` ON \`_aanbod_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_latest_idx\` ON \`_aanbod_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_aanbod_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`kernen_id\` integer,
  	\`levensgebeurtenissen_id\` integer,
  	\`doelgroepen_id\` integer,
  	\`themas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_aanbod_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kernen_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`levensgebeurtenissen_id\`) REFERENCES \`levensgebeurtenissen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`doelgroepen_id\`) REFERENCES \`doelgroepen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themas_id\`) REFERENCES \`themas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_aanbod_v_rels_order_idx\` ON \`_aanbod_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_rels_parent_idx\` ON \`_aanbod_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_rels_path_idx\` ON \`_aanbod_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_rels_kernen_id_idx\` ON \`_aanbod_v_rels\` (\`kernen_id\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_rels_levensgebeurtenissen_id_idx\` ON \`_aanbod_v_rels\` (\`levensgebeurtenissen_id\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_rels_doelgroepen_id_idx\` ON \`_aanbod_v_rels\` (\`doelgroepen_id\`);`)
  await db.run(sql`CREATE INDEX \`_aanbod_v_rels_themas_id_idx\` ON \`_aanbod_v_rels\` (\`themas_id\`);`)
  await db.run(sql`CREATE TABLE \`activiteiten_herhaling_byday\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activiteiten\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activiteiten_herhaling_byday_order_idx\` ON \`activiteiten_herhaling_byday\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_herhaling_byday_parent_idx\` ON \`activiteiten_herhaling_byday\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activiteiten_herhaling_uitzonderingen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`datum\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activiteiten\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activiteiten_herhaling_uitzonderingen_order_idx\` ON \`activiteiten_herhaling_uitzonderingen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_herhaling_uitzonderingen_parent_id_idx\` ON \`activiteiten_herhaling_uitzonderingen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activiteiten_labels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activiteiten\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activiteiten_labels_order_idx\` ON \`activiteiten_labels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_labels_parent_idx\` ON \`activiteiten_labels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activiteiten\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text,
  	\`beschrijving\` text,
  	\`start\` text,
  	\`start_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`einde\` text,
  	\`einde_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`herhaling_freq\` text DEFAULT 'none',
  	\`herhaling_interval\` numeric DEFAULT 1,
  	\`herhaling_bysetpos\` text,
  	\`herhaling_until\` text,
  	\`kern_id\` integer,
  	\`locatie_naam\` text,
  	\`locatie_adres\` text,
  	\`locatie_postcode\` text,
  	\`locatie_plaats\` text,
  	\`locatie_latitude\` numeric,
  	\`locatie_longitude\` numeric,
  	\`organisatie_id\` integer,
  	\`aanbod_id\` integer,
  	\`kosten_soort\` text DEFAULT 'gratis',
  	\`kosten_bedrag\` numeric,
  	\`kosten_omschrijving\` text,
  	\`aanmelden_nodig\` integer DEFAULT false,
  	\`aanmelden_informatie\` text,
  	\`slug\` text,
  	\`status\` text DEFAULT 'gepland',
  	\`ter_beoordeling\` integer DEFAULT false,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`kern_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`activiteiten_kern_idx\` ON \`activiteiten\` (\`kern_id\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_organisatie_idx\` ON \`activiteiten\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_aanbod_idx\` ON \`activiteiten\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`activiteiten_slug_idx\` ON \`activiteiten\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_ter_beoordeling_idx\` ON \`activiteiten\` (\`ter_beoordeling\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_updated_at_idx\` ON \`activiteiten\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten_created_at_idx\` ON \`activiteiten\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activiteiten__status_idx\` ON \`activiteiten\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_activiteiten_v_version_herhaling_byday\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activiteiten_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_herhaling_byday_order_idx\` ON \`_activiteiten_v_version_herhaling_byday\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_herhaling_byday_parent_idx\` ON \`_activiteiten_v_version_herhaling_byday\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activiteiten_v_version_herhaling_uitzonderingen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`datum\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activiteiten_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_herhaling_uitzonderingen_order_idx\` ON \`_activiteiten_v_version_herhaling_uitzonderingen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_herhaling_uitzonderingen_parent_id_idx\` ON \`_activiteiten_v_version_herhaling_uitzonderingen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activiteiten_v_version_labels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activiteiten_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_labels_order_idx\` ON \`_activiteiten_v_version_labels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_labels_parent_idx\` ON \`_activiteiten_v_version_labels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activiteiten_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_titel\` text,
  	\`version_beschrijving\` text,
  	\`version_start\` text,
  	\`version_start_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`version_einde\` text,
  	\`version_einde_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`version_herhaling_freq\` text DEFAULT 'none',
  	\`version_herhaling_interval\` numeric DEFAULT 1,
  	\`version_herhaling_bysetpos\` text,
  	\`version_herhaling_until\` text,
  	\`version_kern_id\` integer,
  	\`version_locatie_naam\` text,
  	\`version_locatie_adres\` text,
  	\`version_locatie_postcode\` text,
  	\`version_locatie_plaats\` text,
  	\`version_locatie_latitude\` numeric,
  	\`version_locatie_longitude\` numeric,
  	\`version_organisatie_id\` integer,
  	\`version_aanbod_id\` integer,
  	\`version_kosten_soort\` text DEFAULT 'gratis',
  	\`version_kosten_bedrag\` numeric,
  	\`version_kosten_omschrijving\` text,
  	\`version_aanmelden_nodig\` integer DEFAULT false,
  	\`version_aanmelden_informatie\` text,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'gepland',
  	\`version_ter_beoordeling\` integer DEFAULT false,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activiteiten\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_kern_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_parent_idx\` ON \`_activiteiten_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version_kern_idx\` ON \`_activiteiten_v\` (\`version_kern_id\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version_organisatie_idx\` ON \`_activiteiten_v\` (\`version_organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version_aanbod_idx\` ON \`_activiteiten_v\` (\`version_aanbod_id\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version_slug_idx\` ON \`_activiteiten_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version_ter_beoordeling_idx\` ON \`_activiteiten_v\` (\`version_ter_beoordeling\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version_updated_at_idx\` ON \`_activiteiten_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version_created_at_idx\` ON \`_activiteiten_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_version_version__status_idx\` ON \`_activiteiten_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_created_at_idx\` ON \`_activiteiten_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_updated_at_idx\` ON \`_activiteiten_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activiteiten_v_latest_idx\` ON \`_activiteiten_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`organisaties_contactpersonen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`email\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisaties_contactpersonen_order_idx\` ON \`organisaties_contactpersonen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_contactpersonen_parent_id_idx\` ON \`organisaties_contactpersonen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisaties\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`korte_omschrijving\` text,
  	\`logo_id\` integer,
  	\`website\` text,
  	\`email\` text,
  	\`telefoon\` text,
  	\`adres_straat\` text,
  	\`adres_postcode\` text,
  	\`adres_plaats\` text,
  	\`demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisaties_slug_idx\` ON \`organisaties\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_logo_idx\` ON \`organisaties\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_updated_at_idx\` ON \`organisaties\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisaties_created_at_idx\` ON \`organisaties\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_organisaties_v_version_contactpersonen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisaties_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_contactpersonen_order_idx\` ON \`_organisaties_v_version_contactpersonen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_contactpersonen_parent_id_idx\` ON \`_organisaties_v_version_contactpersonen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisaties_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_naam\` text NOT NULL,
  	\`version_slug\` text NOT NULL,
  	\`version_korte_omschrijving\` text,
  	\`version_logo_id\` integer,
  	\`version_website\` text,
  	\`version_email\` text,
  	\`version_telefoon\` text,
  	\`version_adres_straat\` text,
  	\`version_adres_postcode\` text,
  	\`version_adres_plaats\` text,
  	\`version_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisaties_v_parent_idx\` ON \`_organisaties_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_slug_idx\` ON \`_organisaties_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_logo_idx\` ON \`_organisaties_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_updated_at_idx\` ON \`_organisaties_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_version_version_created_at_idx\` ON \`_organisaties_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_created_at_idx\` ON \`_organisaties_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisaties_v_updated_at_idx\` ON \`_organisaties_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`kernen_andere_namen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kernen_andere_namen_order_idx\` ON \`kernen_andere_namen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kernen_andere_namen_parent_id_idx\` ON \`kernen_andere_namen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kernen_buurtschappen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kernen_buurtschappen_order_idx\` ON \`kernen_buurtschappen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kernen_buurtschappen_parent_id_idx\` ON \`kernen_buurtschappen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kernen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`omschrijving\` text,
  	\`volgorde\` numeric,
  	\`postcodes\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`inwoners\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kernen_slug_idx\` ON \`kernen\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`kernen_updated_at_idx\` ON \`kernen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kernen_created_at_idx\` ON \`kernen\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_kernen_v_version_andere_namen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kernen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kernen_v_version_andere_namen_order_idx\` ON \`_kernen_v_version_andere_namen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kernen_v_version_andere_namen_parent_id_idx\` ON \`_kernen_v_version_andere_namen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kernen_v_version_buurtschappen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kernen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kernen_v_version_buurtschappen_order_idx\` ON \`_kernen_v_version_buurtschappen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kernen_v_version_buurtschappen_parent_id_idx\` ON \`_kernen_v_version_buurtschappen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kernen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_naam\` text NOT NULL,
  	\`version_slug\` text NOT NULL,
  	\`version_omschrijving\` text,
  	\`version_volgorde\` numeric,
  	\`version_postcodes\` text,
  	\`version_latitude\` numeric,
  	\`version_longitude\` numeric,
  	\`version_inwoners\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_kernen_v_parent_idx\` ON \`_kernen_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kernen_v_version_version_slug_idx\` ON \`_kernen_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_kernen_v_version_version_updated_at_idx\` ON \`_kernen_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kernen_v_version_version_created_at_idx\` ON \`_kernen_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kernen_v_created_at_idx\` ON \`_kernen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kernen_v_updated_at_idx\` ON \`_kernen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`levensgebeurtenissen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`omschrijving\` text,
  	\`volgorde\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`levensgebeurtenissen_slug_idx\` ON \`levensgebeurtenissen\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`levensgebeurtenissen_updated_at_idx\` ON \`levensgebeurtenissen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`levensgebeurtenissen_created_at_idx\` ON \`levensgebeurtenissen\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_levensgebeurtenissen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_naam\` text NOT NULL,
  	\`version_slug\` text NOT NULL,
  	\`version_omschrijving\` text,
  	\`version_volgorde\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`levensgebeurtenissen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_levensgebeurtenissen_v_parent_idx\` ON \`_levensgebeurtenissen_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_levensgebeurtenissen_v_version_version_slug_idx\` ON \`_levensgebeurtenissen_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_levensgebeurtenissen_v_version_version_updated_at_idx\` ON \`_levensgebeurtenissen_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_levensgebeurtenissen_v_version_version_created_at_idx\` ON \`_levensgebeurtenissen_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_levensgebeurtenissen_v_created_at_idx\` ON \`_levensgebeurtenissen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_levensgebeurtenissen_v_updated_at_idx\` ON \`_levensgebeurtenissen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`doelgroepen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`omschrijving\` text,
  	\`volgorde\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`doelgroepen_slug_idx\` ON \`doelgroepen\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`doelgroepen_updated_at_idx\` ON \`doelgroepen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`doelgroepen_created_at_idx\` ON \`doelgroepen\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_doelgroepen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_naam\` text NOT NULL,
  	\`version_slug\` text NOT NULL,
  	\`version_omschrijving\` text,
  	\`version_volgorde\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`doelgroepen\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_doelgroepen_v_parent_idx\` ON \`_doelgroepen_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_doelgroepen_v_version_version_slug_idx\` ON \`_doelgroepen_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_doelgroepen_v_version_version_updated_at_idx\` ON \`_doelgroepen_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_doelgroepen_v_version_version_created_at_idx\` ON \`_doelgroepen_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_doelgroepen_v_created_at_idx\` ON \`_doelgroepen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_doelgroepen_v_updated_at_idx\` ON \`_doelgroepen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`themas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`omschrijving\` text,
  	\`volgorde\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themas_slug_idx\` ON \`themas\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themas_updated_at_idx\` ON \`themas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themas_created_at_idx\` ON \`themas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_themas_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_naam\` text NOT NULL,
  	\`version_slug\` text NOT NULL,
  	\`version_omschrijving\` text,
  	\`version_volgorde\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`themas\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_themas_v_parent_idx\` ON \`_themas_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_themas_v_version_version_slug_idx\` ON \`_themas_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_themas_v_version_version_updated_at_idx\` ON \`_themas_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_themas_v_version_version_created_at_idx\` ON \`_themas_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themas_v_created_at_idx\` ON \`_themas_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_themas_v_updated_at_idx\` ON \`_themas_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_kaart_url\` text,
  	\`sizes_kaart_width\` numeric,
  	\`sizes_kaart_height\` numeric,
  	\`sizes_kaart_mime_type\` text,
  	\`sizes_kaart_filesize\` numeric,
  	\`sizes_kaart_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_kaart_sizes_kaart_filename_idx\` ON \`media\` (\`sizes_kaart_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`rol\` text DEFAULT 'partner' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisaties_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisaties_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_organisaties_id_idx\` ON \`users_rels\` (\`organisaties_id\`);`)
  await db.run(sql`CREATE TABLE \`herinneringen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisatie_id\` integer NOT NULL,
  	\`verstuurd_op\` text NOT NULL,
  	\`aan\` text NOT NULL,
  	\`onderwerp\` text NOT NULL,
  	\`aantal\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisatie_id\`) REFERENCES \`organisaties\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`herinneringen_organisatie_idx\` ON \`herinneringen\` (\`organisatie_id\`);`)
  await db.run(sql`CREATE INDEX \`herinneringen_verstuurd_op_idx\` ON \`herinneringen\` (\`verstuurd_op\`);`)
  await db.run(sql`CREATE INDEX \`herinneringen_updated_at_idx\` ON \`herinneringen\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`herinneringen_created_at_idx\` ON \`herinneringen\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`herinneringen_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`aanbod_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`herinneringen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`herinneringen_rels_order_idx\` ON \`herinneringen_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`herinneringen_rels_parent_idx\` ON \`herinneringen_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`herinneringen_rels_path_idx\` ON \`herinneringen_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`herinneringen_rels_aanbod_id_idx\` ON \`herinneringen_rels\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`herinneringen_id\`) REFERENCES \`herinneringen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`placemat_jeugd_secties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`placemat_jeugd\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`placemat_jeugd_secties_order_idx\` ON \`placemat_jeugd_secties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`placemat_jeugd_secties_parent_id_idx\` ON \`placemat_jeugd_secties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`placemat_jeugd\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	\`intro\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`placemat_jeugd_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`aanbod_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`placemat_jeugd\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`placemat_jeugd_rels_order_idx\` ON \`placemat_jeugd_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`placemat_jeugd_rels_parent_idx\` ON \`placemat_jeugd_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`placemat_jeugd_rels_path_idx\` ON \`placemat_jeugd_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`placemat_jeugd_rels_aanbod_id_idx\` ON \`placemat_jeugd_rels\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE TABLE \`_placemat_jeugd_v_version_secties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_placemat_jeugd_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_version_secties_order_idx\` ON \`_placemat_jeugd_v_version_secties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_version_secties_parent_id_idx\` ON \`_placemat_jeugd_v_version_secties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_placemat_jeugd_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_titel\` text NOT NULL,
  	\`version_intro\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_created_at_idx\` ON \`_placemat_jeugd_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_updated_at_idx\` ON \`_placemat_jeugd_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_placemat_jeugd_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`aanbod_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_placemat_jeugd_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_rels_order_idx\` ON \`_placemat_jeugd_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_rels_parent_idx\` ON \`_placemat_jeugd_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_rels_path_idx\` ON \`_placemat_jeugd_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_jeugd_v_rels_aanbod_id_idx\` ON \`_placemat_jeugd_v_rels\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE TABLE \`placemat_algemeen_secties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`placemat_algemeen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`placemat_algemeen_secties_order_idx\` ON \`placemat_algemeen_secties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`placemat_algemeen_secties_parent_id_idx\` ON \`placemat_algemeen_secties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`placemat_algemeen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	\`intro\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`placemat_algemeen_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`aanbod_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`placemat_algemeen\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`placemat_algemeen_rels_order_idx\` ON \`placemat_algemeen_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`placemat_algemeen_rels_parent_idx\` ON \`placemat_algemeen_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`placemat_algemeen_rels_path_idx\` ON \`placemat_algemeen_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`placemat_algemeen_rels_aanbod_id_idx\` ON \`placemat_algemeen_rels\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE TABLE \`_placemat_algemeen_v_version_secties\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_placemat_algemeen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_version_secties_order_idx\` ON \`_placemat_algemeen_v_version_secties\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_version_secties_parent_id_idx\` ON \`_placemat_algemeen_v_version_secties\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_placemat_algemeen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_titel\` text NOT NULL,
  	\`version_intro\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_created_at_idx\` ON \`_placemat_algemeen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_updated_at_idx\` ON \`_placemat_algemeen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_placemat_algemeen_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`aanbod_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_placemat_algemeen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`aanbod_id\`) REFERENCES \`aanbod\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_rels_order_idx\` ON \`_placemat_algemeen_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_rels_parent_idx\` ON \`_placemat_algemeen_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_rels_path_idx\` ON \`_placemat_algemeen_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_placemat_algemeen_v_rels_aanbod_id_idx\` ON \`_placemat_algemeen_v_rels\` (\`aanbod_id\`);`)
  await db.run(sql`CREATE TABLE \`meldpunt_inlooppunten\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kern_id\` integer NOT NULL,
  	\`naam\` text NOT NULL,
  	\`adres\` text,
  	\`postcode\` text,
  	\`plaats\` text,
  	\`openingstijden\` text,
  	\`demo\` integer DEFAULT false,
  	FOREIGN KEY (\`kern_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meldpunt\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meldpunt_inlooppunten_order_idx\` ON \`meldpunt_inlooppunten\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meldpunt_inlooppunten_parent_id_idx\` ON \`meldpunt_inlooppunten\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meldpunt_inlooppunten_kern_idx\` ON \`meldpunt_inlooppunten\` (\`kern_id\`);`)
  await db.run(sql`CREATE TABLE \`meldpunt_signaleringskaart_signalen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`signaal\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meldpunt_signaleringskaart\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meldpunt_signaleringskaart_signalen_order_idx\` ON \`meldpunt_signaleringskaart_signalen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meldpunt_signaleringskaart_signalen_parent_id_idx\` ON \`meldpunt_signaleringskaart_signalen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meldpunt_signaleringskaart\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meldpunt\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meldpunt_signaleringskaart_order_idx\` ON \`meldpunt_signaleringskaart\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meldpunt_signaleringskaart_parent_id_idx\` ON \`meldpunt_signaleringskaart\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meldpunt_gespreks_tips\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tip\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meldpunt\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meldpunt_gespreks_tips_order_idx\` ON \`meldpunt_gespreks_tips\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meldpunt_gespreks_tips_parent_id_idx\` ON \`meldpunt_gespreks_tips\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meldpunt_route\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stap\` text NOT NULL,
  	\`uitleg\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meldpunt\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meldpunt_route_order_idx\` ON \`meldpunt_route\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meldpunt_route_parent_id_idx\` ON \`meldpunt_route\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meldpunt_hulplijnen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`telefoon\` text NOT NULL,
  	\`omschrijving\` text,
  	\`bereikbaar\` text,
  	\`chat\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meldpunt\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meldpunt_hulplijnen_order_idx\` ON \`meldpunt_hulplijnen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meldpunt_hulplijnen_parent_id_idx\` ON \`meldpunt_hulplijnen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meldpunt\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text DEFAULT 'Meldpunt Eenzaamheid Twenterand' NOT NULL,
  	\`telefoon\` text,
  	\`telefoon_geverifieerd\` integer DEFAULT false,
  	\`email\` text,
  	\`tekst\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_meldpunt_v_version_inlooppunten\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kern_id\` integer NOT NULL,
  	\`naam\` text NOT NULL,
  	\`adres\` text,
  	\`postcode\` text,
  	\`plaats\` text,
  	\`openingstijden\` text,
  	\`demo\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`kern_id\`) REFERENCES \`kernen\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meldpunt_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_inlooppunten_order_idx\` ON \`_meldpunt_v_version_inlooppunten\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_inlooppunten_parent_id_idx\` ON \`_meldpunt_v_version_inlooppunten\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_inlooppunten_kern_idx\` ON \`_meldpunt_v_version_inlooppunten\` (\`kern_id\`);`)
  await db.run(sql`CREATE TABLE \`_meldpunt_v_version_signaleringskaart_signalen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`signaal\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meldpunt_v_version_signaleringskaart\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_signaleringskaart_signalen_order_idx\` ON \`_meldpunt_v_version_signaleringskaart_signalen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_signaleringskaart_signalen_parent_id_idx\` ON \`_meldpunt_v_version_signaleringskaart_signalen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meldpunt_v_version_signaleringskaart\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meldpunt_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_signaleringskaart_order_idx\` ON \`_meldpunt_v_version_signaleringskaart\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_signaleringskaart_parent_id_idx\` ON \`_meldpunt_v_version_signaleringskaart\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meldpunt_v_version_gespreks_tips\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tip\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meldpunt_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_gespreks_tips_order_idx\` ON \`_meldpunt_v_version_gespreks_tips\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_gespreks_tips_parent_id_idx\` ON \`_meldpunt_v_version_gespreks_tips\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meldpunt_v_version_route\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stap\` text NOT NULL,
  	\`uitleg\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meldpunt_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_route_order_idx\` ON \`_meldpunt_v_version_route\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_route_parent_id_idx\` ON \`_meldpunt_v_version_route\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meldpunt_v_version_hulplijnen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text NOT NULL,
  	\`telefoon\` text NOT NULL,
  	\`omschrijving\` text,
  	\`bereikbaar\` text,
  	\`chat\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meldpunt_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_hulplijnen_order_idx\` ON \`_meldpunt_v_version_hulplijnen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_version_hulplijnen_parent_id_idx\` ON \`_meldpunt_v_version_hulplijnen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meldpunt_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_titel\` text DEFAULT 'Meldpunt Eenzaamheid Twenterand' NOT NULL,
  	\`version_telefoon\` text,
  	\`version_telefoon_geverifieerd\` integer DEFAULT false,
  	\`version_email\` text,
  	\`version_tekst\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_created_at_idx\` ON \`_meldpunt_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meldpunt_v_updated_at_idx\` ON \`_meldpunt_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`burenkaart_categorieen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`naam\` text NOT NULL,
  	\`omschrijving\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`burenkaart\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`burenkaart_categorieen_order_idx\` ON \`burenkaart_categorieen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`burenkaart_categorieen_parent_id_idx\` ON \`burenkaart_categorieen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`burenkaart_instructies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stap\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`burenkaart\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`burenkaart_instructies_order_idx\` ON \`burenkaart_instructies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`burenkaart_instructies_parent_id_idx\` ON \`burenkaart_instructies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`burenkaart\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`titel\` text DEFAULT 'De Burenkaart' NOT NULL,
  	\`intro\` text,
  	\`toestemming\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_burenkaart_v_version_categorieen\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`naam\` text NOT NULL,
  	\`omschrijving\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_burenkaart_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_burenkaart_v_version_categorieen_order_idx\` ON \`_burenkaart_v_version_categorieen\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_burenkaart_v_version_categorieen_parent_id_idx\` ON \`_burenkaart_v_version_categorieen\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_burenkaart_v_version_instructies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stap\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_burenkaart_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_burenkaart_v_version_instructies_order_idx\` ON \`_burenkaart_v_version_instructies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_burenkaart_v_version_instructies_parent_id_idx\` ON \`_burenkaart_v_version_instructies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_burenkaart_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_titel\` text DEFAULT 'De Burenkaart' NOT NULL,
  	\`version_intro\` text,
  	\`version_toestemming\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_burenkaart_v_created_at_idx\` ON \`_burenkaart_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_burenkaart_v_updated_at_idx\` ON \`_burenkaart_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`site\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`naam\` text DEFAULT 'Sociale Kaart Twenterand' NOT NULL,
  	\`intro\` text,
  	\`footer_organisatie\` text,
  	\`footer_telefoon\` text,
  	\`footer_email\` text,
  	\`footer_adres\` text,
  	\`partners_publiceren_zelf\` integer DEFAULT true,
  	\`demo_melding\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_site_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_naam\` text DEFAULT 'Sociale Kaart Twenterand' NOT NULL,
  	\`version_intro\` text,
  	\`version_footer_organisatie\` text,
  	\`version_footer_telefoon\` text,
  	\`version_footer_email\` text,
  	\`version_footer_adres\` text,
  	\`version_partners_publiceren_zelf\` integer DEFAULT true,
  	\`version_demo_melding\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_v_created_at_idx\` ON \`_site_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_v_updated_at_idx\` ON \`_site_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`aanbod_locaties\`;`)
  await db.run(sql`DROP TABLE \`aanbod_tijden_schema_byday\`;`)
  await db.run(sql`DROP TABLE \`aanbod_tijden_schema\`;`)
  await db.run(sql`DROP TABLE \`aanbod_toegankelijkheid_kenmerken\`;`)
  await db.run(sql`DROP TABLE \`aanbod_placemats\`;`)
  await db.run(sql`DROP TABLE \`aanbod\`;`)
  await db.run(sql`DROP TABLE \`aanbod_rels\`;`)
  await db.run(sql`DROP TABLE \`_aanbod_v_version_locaties\`;`)
  await db.run(sql`DROP TABLE \`_aanbod_v_version_tijden_schema_byday\`;`)
  await db.run(sql`DROP TABLE \`_aanbod_v_version_tijden_schema\`;`)
  await db.run(sql`DROP TABLE \`_aanbod_v_version_toegankelijkheid_kenmerken\`;`)
  await db.run(sql`DROP TABLE \`_aanbod_v_version_placemats\`;`)
  await db.run(sql`DROP TABLE \`_aanbod_v\`;`)
  await db.run(sql`DROP TABLE \`_aanbod_v_rels\`;`)
  await db.run(sql`DROP TABLE \`activiteiten_herhaling_byday\`;`)
  await db.run(sql`DROP TABLE \`activiteiten_herhaling_uitzonderingen\`;`)
  await db.run(sql`DROP TABLE \`activiteiten_labels\`;`)
  await db.run(sql`DROP TABLE \`activiteiten\`;`)
  await db.run(sql`DROP TABLE \`_activiteiten_v_version_herhaling_byday\`;`)
  await db.run(sql`DROP TABLE \`_activiteiten_v_version_herhaling_uitzonderingen\`;`)
  await db.run(sql`DROP TABLE \`_activiteiten_v_version_labels\`;`)
  await db.run(sql`DROP TABLE \`_activiteiten_v\`;`)
  await db.run(sql`DROP TABLE \`organisaties_contactpersonen\`;`)
  await db.run(sql`DROP TABLE \`organisaties\`;`)
  await db.run(sql`DROP TABLE \`_organisaties_v_version_contactpersonen\`;`)
  await db.run(sql`DROP TABLE \`_organisaties_v\`;`)
  await db.run(sql`DROP TABLE \`kernen_andere_namen\`;`)
  await db.run(sql`DROP TABLE \`kernen_buurtschappen\`;`)
  await db.run(sql`DROP TABLE \`kernen\`;`)
  await db.run(sql`DROP TABLE \`_kernen_v_version_andere_namen\`;`)
  await db.run(sql`DROP TABLE \`_kernen_v_version_buurtschappen\`;`)
  await db.run(sql`DROP TABLE \`_kernen_v\`;`)
  await db.run(sql`DROP TABLE \`levensgebeurtenissen\`;`)
  await db.run(sql`DROP TABLE \`_levensgebeurtenissen_v\`;`)
  await db.run(sql`DROP TABLE \`doelgroepen\`;`)
  await db.run(sql`DROP TABLE \`_doelgroepen_v\`;`)
  await db.run(sql`DROP TABLE \`themas\`;`)
  await db.run(sql`DROP TABLE \`_themas_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`herinneringen\`;`)
  await db.run(sql`DROP TABLE \`herinneringen_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`placemat_jeugd_secties\`;`)
  await db.run(sql`DROP TABLE \`placemat_jeugd\`;`)
  await db.run(sql`DROP TABLE \`placemat_jeugd_rels\`;`)
  await db.run(sql`DROP TABLE \`_placemat_jeugd_v_version_secties\`;`)
  await db.run(sql`DROP TABLE \`_placemat_jeugd_v\`;`)
  await db.run(sql`DROP TABLE \`_placemat_jeugd_v_rels\`;`)
  await db.run(sql`DROP TABLE \`placemat_algemeen_secties\`;`)
  await db.run(sql`DROP TABLE \`placemat_algemeen\`;`)
  await db.run(sql`DROP TABLE \`placemat_algemeen_rels\`;`)
  await db.run(sql`DROP TABLE \`_placemat_algemeen_v_version_secties\`;`)
  await db.run(sql`DROP TABLE \`_placemat_algemeen_v\`;`)
  await db.run(sql`DROP TABLE \`_placemat_algemeen_v_rels\`;`)
  await db.run(sql`DROP TABLE \`meldpunt_inlooppunten\`;`)
  await db.run(sql`DROP TABLE \`meldpunt_signaleringskaart_signalen\`;`)
  await db.run(sql`DROP TABLE \`meldpunt_signaleringskaart\`;`)
  await db.run(sql`DROP TABLE \`meldpunt_gespreks_tips\`;`)
  await db.run(sql`DROP TABLE \`meldpunt_route\`;`)
  await db.run(sql`DROP TABLE \`meldpunt_hulplijnen\`;`)
  await db.run(sql`DROP TABLE \`meldpunt\`;`)
  await db.run(sql`DROP TABLE \`_meldpunt_v_version_inlooppunten\`;`)
  await db.run(sql`DROP TABLE \`_meldpunt_v_version_signaleringskaart_signalen\`;`)
  await db.run(sql`DROP TABLE \`_meldpunt_v_version_signaleringskaart\`;`)
  await db.run(sql`DROP TABLE \`_meldpunt_v_version_gespreks_tips\`;`)
  await db.run(sql`DROP TABLE \`_meldpunt_v_version_route\`;`)
  await db.run(sql`DROP TABLE \`_meldpunt_v_version_hulplijnen\`;`)
  await db.run(sql`DROP TABLE \`_meldpunt_v\`;`)
  await db.run(sql`DROP TABLE \`burenkaart_categorieen\`;`)
  await db.run(sql`DROP TABLE \`burenkaart_instructies\`;`)
  await db.run(sql`DROP TABLE \`burenkaart\`;`)
  await db.run(sql`DROP TABLE \`_burenkaart_v_version_categorieen\`;`)
  await db.run(sql`DROP TABLE \`_burenkaart_v_version_instructies\`;`)
  await db.run(sql`DROP TABLE \`_burenkaart_v\`;`)
  await db.run(sql`DROP TABLE \`site\`;`)
  await db.run(sql`DROP TABLE \`_site_v\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
