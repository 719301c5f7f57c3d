import * as migration_20261128_081503_initial from './20261128_081503_initial';

export const migrations = [
  {
    up: migration_20261128_081503_initial.up,
    down: migration_20261128_081503_initial.down,
    name: '20261128_081503_initial'
  },
];
