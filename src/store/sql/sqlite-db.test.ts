// The SQLite executor's rows(): arrays in the order selected, and a statement's raw mode kept apart
// from the same SQL run through all() (better-sqlite3's raw mode belongs to the prepared statement).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteDb } from './sqlite-db.ts';

test('rows() answers each row as an array in the order selected, while all() of the same SQL still answers objects', async () => {
  const db = new SqliteDb(new Database(':memory:'));
  await db.exec('CREATE TABLE pieces (k INTEGER PRIMARY KEY, n INTEGER, t TEXT)');
  await db.run('INSERT INTO pieces VALUES (?, ?, ?), (?, ?, ?)', [2 ** 40, 1, 'a', 2 ** 40 + 1, 2, 'b']);
  const sql = 'SELECT t, k, n FROM pieces WHERE n IN (?, ?) ORDER BY k';
  const objects = [
    { t: 'a', k: 2 ** 40, n: 1 },
    { t: 'b', k: 2 ** 40 + 1, n: 2 },
  ];
  assert.deepEqual(await db.all(sql, [1, 2]), objects);
  assert.deepEqual(await db.rows(sql, [1, 2]), [
    ['a', 2 ** 40, 1],
    ['b', 2 ** 40 + 1, 2],
  ]);
  assert.deepEqual(await db.all(sql, [1, 2]), objects);
  assert.deepEqual(await db.transaction((tx) => tx.rows(sql, [2, 2])), [['b', 2 ** 40 + 1, 2]]);
  await assert.rejects(db.rows('DELETE FROM pieces'), /queries that answer rows/);
  db.raw.close();
});
