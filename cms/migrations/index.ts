import * as migration_20261128_081503_initial from './20261128_081503_initial';
import * as migration_20261128_110133_publicaties from './20261128_110133_publicaties';
import * as migration_20261206_035951_tweestaps from './20261206_035951_tweestaps';
import * as migration_20261206_064906_meldingen from './20261206_064906_meldingen';
import * as migration_20261206_065226_meldpunt_instellingen from './20261206_065226_meldpunt_instellingen';
import * as migration_20261206_065454_meldingen_logboek from './20261206_065454_meldingen_logboek';
import * as migration_20261206_095326_klopt_nog_links from './20261206_095326_klopt_nog_links';
import * as migration_20261206_104450_metingen_en_bezoeken from './20261206_104450_metingen_en_bezoeken';
import * as migration_20261206_105404_suggesties from './20261206_105404_suggesties';
import * as migration_20261206_125347_suggesties_logboek from './20261206_125347_suggesties_logboek';
import * as migration_20261206_131541_aanmeldingen from './20261206_131541_aanmeldingen';

export const migrations = [
  {
    up: migration_20261128_081503_initial.up,
    down: migration_20261128_081503_initial.down,
    name: '20261128_081503_initial',
  },
  {
    up: migration_20261128_110133_publicaties.up,
    down: migration_20261128_110133_publicaties.down,
    name: '20261128_110133_publicaties',
  },
  {
    up: migration_20261206_035951_tweestaps.up,
    down: migration_20261206_035951_tweestaps.down,
    name: '20261206_035951_tweestaps',
  },
  {
    up: migration_20261206_064906_meldingen.up,
    down: migration_20261206_064906_meldingen.down,
    name: '20261206_064906_meldingen',
  },
  {
    up: migration_20261206_065226_meldpunt_instellingen.up,
    down: migration_20261206_065226_meldpunt_instellingen.down,
    name: '20261206_065226_meldpunt_instellingen',
  },
  {
    up: migration_20261206_065454_meldingen_logboek.up,
    down: migration_20261206_065454_meldingen_logboek.down,
    name: '20261206_065454_meldingen_logboek',
  },
  {
    up: migration_20261206_095326_klopt_nog_links.up,
    down: migration_20261206_095326_klopt_nog_links.down,
    name: '20261206_095326_klopt_nog_links',
  },
  {
    up: migration_20261206_104450_metingen_en_bezoeken.up,
    down: migration_20261206_104450_metingen_en_bezoeken.down,
    name: '20261206_104450_metingen_en_bezoeken',
  },
  {
    up: migration_20261206_105404_suggesties.up,
    down: migration_20261206_105404_suggesties.down,
    name: '20261206_105404_suggesties',
  },
  {
    up: migration_20261206_125347_suggesties_logboek.up,
    down: migration_20261206_125347_suggesties_logboek.down,
    name: '20261206_125347_suggesties_logboek',
  },
  {
    up: migration_20261206_131541_aanmeldingen.up,
    down: migration_20261206_131541_aanmeldingen.down,
    name: '20261206_131541_aanmeldingen'
  },
];
