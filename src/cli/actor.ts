// Who the command line acts as in the audit trail: `cli:<os user>` (whoever can run the CLI can
// open the database file itself, so the OS account is the honest name for it).
import { userInfo } from 'node:os';

export function cliActor(): string {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? 'unknown';
  }
  return `cli:${name}`;
}
