/** The addresses of the organisation pages (the routes are declared in app/routes.ts). */

const enc = encodeURIComponent;

/** Paths of the organisation section, without the `?dato=` (see `OrgLink`). */
export const orgPaths = {
  home: '/organisation',
  search: '/organisation/search',
  import: '/organisation/import',
  reorganise: '/organisation/omorganisering',
  collaboration: (id: string) => `/organisation/collaborations/${enc(id)}`,
  health: (id: string) => `/organisation/collaborations/${enc(id)}/health`,
  burden: (id: string) => `/organisation/collaborations/${enc(id)}/burden`,
  chart: (id: string) => `/organisation/collaborations/${enc(id)}/chart`,
  officeHolders: (id: string) => `/organisation/collaborations/${enc(id)}/office-holders`,
  forum: (id: string) => `/organisation/fora/${enc(id)}`,
  person: (id: string) => `/organisation/persons/${enc(id)}`,
  party: (id: string) => `/organisation/parties/${enc(id)}`,
};
