import * as migration_20261128_080024_initial from './20261128_080024_initial';

export const migrations = [
  {
    up: migration_20261128_080024_initial.up,
    down: migration_20261128_080024_initial.down,
    name: '20261128_080024_initial'
  },
];
