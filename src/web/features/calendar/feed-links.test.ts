import { describe, expect, it } from 'vitest';
import { feedLinks } from './feed-links';

describe('feedLinks', () => {
  const path = '/api/calendar/feeds/abc_DEF-123/forum/00000000-0000-4000-8000-000000000000.ics';

  it('builds the address, the webcal link and the Outlook on the web link', () => {
    const links = feedLinks('https://samspil.example.dk/', path, 'SSU & KKR');
    expect(links.address).toBe(`https://samspil.example.dk${path}`);
    expect(links.webcal).toBe(`webcal://samspil.example.dk${path}`);
    const web = new URL(links.outlookWeb);
    expect(web.origin).toBe('https://outlook.office.com');
    expect(web.searchParams.get('rru')).toBe('addsubscription');
    expect(web.searchParams.get('url')).toBe(links.address);
    expect(web.searchParams.get('name')).toBe('SSU & KKR');
  });

  it('also works on a plain-http development server', () => {
    expect(feedLinks('http://localhost:5173', path, 'x').webcal).toMatch(/^webcal:\/\/localhost/);
  });
});
