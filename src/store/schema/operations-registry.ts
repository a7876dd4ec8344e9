// Tables of the operations capability beyond the imported data (its own migration in
// src/store/migrations.ts): each operation's link to the Security Council resolution that
// created it (method and evidence), the operations left unlinked with the reason and any
// candidate resolutions (JSON list), and the inputs the links were computed from, so they are
// recomputed when the operations, resolutions or meetings are re-imported.
export const operationsDdl = (_idColumn: string): string => `
CREATE TABLE operation_resolutions (
  acronym TEXT PRIMARY KEY,
  resolution_number INTEGER NOT NULL,
  adopted_on TEXT,
  method TEXT NOT NULL CHECK (method IN ('text', 'meetings')),
  evidence TEXT NOT NULL
);
CREATE INDEX operation_resolutions_number ON operation_resolutions (resolution_number);

CREATE TABLE operation_unlinked (
  acronym TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  candidates TEXT NOT NULL
);

CREATE TABLE operation_links_state (
  inputs TEXT NOT NULL,
  linked_at TEXT NOT NULL
);
`;
