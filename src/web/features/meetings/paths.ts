/** The addresses of the meetings and cases pages (the routes are declared in app/routes.ts). */

const enc = encodeURIComponent;

/** Paths of the meetings pages. */
export const meetingPaths = {
  list: '/meetings',
  series: '/meetings/series',
  process: '/meetings/process',
  meeting: (id: string) => `/meetings/${enc(id)}`,
};

/** Paths of the cases pages. */
export const casePaths = {
  list: '/cases',
  raise: '/cases/new',
  screening: '/cases/screening',
  returned: (forumId?: string) => `/cases/returned${forumId ? `?forum=${enc(forumId)}` : ''}`,
  case: (id: string) => `/cases/${enc(id)}`,
};
