// The shape every numbered migration module has. A migration that has shipped is never edited:
// a fix is a new migration.

import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
  /**
   * Work that cannot run inside the migrations' transaction (VACUUM), done once after it commits. It
   * must leave a whole archive however it ends: a kill or failure here is not retried.
   */
  afterCommit?(db: Database.Database): void;
}
