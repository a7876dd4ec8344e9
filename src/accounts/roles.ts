// Roles and what each may do. Three roles, each including the one below it: a viewer reads, an
// analyst also creates and edits cases and assessments, an admin also manages users and imports
// data. Every HTTP route declares the least role it needs (src/server/route.ts).
export const roles = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof roles)[number];

export const roleDuties: Record<Role, string> = {
  viewer: 'read everything: countries, risk, council, norms, cases and their history',
  analyst: 'as viewer, and create and edit cases and assessments',
  admin: 'as analyst, and manage users and import data',
};

export function isRole(s: string): s is Role {
  return (roles as readonly string[]).includes(s);
}

/** Whether someone holding `have` may do what needs `need`. */
export function roleAllows(have: Role, need: Role): boolean {
  return roles.indexOf(have) >= roles.indexOf(need);
}
