// Whether the page is being printed. The print view of forty workbooks is tens of thousands of
// elements: drawn, hidden, behind the screen it made every file's arrival take seconds. It is drawn
// when the browser is about to print (its print button, Ctrl+P, print emulation), before the
// browser lays the pages out, and dropped after.

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    // Drawn at once: the browser lays out the pages as soon as the event returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media.matches);
    const change = () => (media.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
