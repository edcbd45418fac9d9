// Accounts are the people an export belongs to (user.json); one archive can hold several, and
// "removed from your account" is only ever judged within one account.

import type { AccountView } from '../../../src-shared/model/account.js';
import type { ArchiveDb } from './archive-db.js';
import { prepared } from './prepared-statements.js';

export function upsertAccount(db: ArchiveDb, account: { id: string; email: string | null }): void {
  prepared(
    db,
    `INSERT INTO accounts (id, email, first_seen_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET email = coalesce(excluded.email, accounts.email)`,
  ).run(account.id, account.email, new Date().toISOString());
}

export function listAccounts(db: ArchiveDb): AccountView[] {
  return prepared(
    db,
    `SELECT a.id, a.email, (SELECT count(*) FROM conversations c WHERE c.account_id = a.id) AS conversations
     FROM accounts a ORDER BY a.first_seen_at, a.id`,
  ).all() as AccountView[];
}
