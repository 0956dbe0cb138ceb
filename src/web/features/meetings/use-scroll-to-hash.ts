/**
 * Scrolls to the element named by the address's #fragment (e.g. `#item-3` from a search hit)
 * once it exists: the agenda loads after the page, so the browser's own jump comes too early.
 */
import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Watches for the element of `location.hash` for a few seconds and scrolls it into view once. */
export function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (!id) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      const target = document.getElementById(id);
      tries += 1;
      if (target) target.scrollIntoView({ block: 'start' });
      if (target || tries > 40) window.clearInterval(timer);
    }, 100);
    return () => window.clearInterval(timer);
  }, [hash]);
}
