// Who is making changes to cases: the analyst's name, remembered in this browser (every version
// records it).
import { useState } from 'react';

const key = 'concord.author';

export function useAuthor(): [string, (a: string) => void] {
  const [author, set] = useState(() => localStorage.getItem(key) ?? '');
  return [
    author,
    (a: string) => {
      localStorage.setItem(key, a);
      set(a);
    },
  ];
}
