/**
 * The links that hand a subscription address to a calendar app: the address itself (https),
 * `webcal:` for the Outlook program (and Apple Calendar), and Outlook on the web's "add
 * subscription" page. Pure, so it is unit-tested.
 */

/** The links for one subscription path (from the server) on this site. */
export interface FeedLinks {
  /** The https address to paste into any calendar. */
  address: string;
  /** Opens the subscription in the calendar program registered for webcal (Outlook). */
  webcal: string;
  /** Outlook on the web (Microsoft 365): add the subscription with its name. */
  outlookWeb: string;
}

/** The links for `path` on `origin` (e.g. `https://samspil.example.dk`), named `name`. */
export function feedLinks(origin: string, path: string, name: string): FeedLinks {
  const address = `${origin.replace(/\/+$/, '')}${path}`;
  const webcal = address.replace(/^https?:/, 'webcal:');
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addsubscription',
    url: address,
    name,
  });
  return { address, webcal, outlookWeb: `https://outlook.office.com/owa?${query.toString()}` };
}
