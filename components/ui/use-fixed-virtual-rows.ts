'use client';

import { useEffect, useState, type RefObject } from 'react';

export interface VirtualRow {
  index: number;
  top: number;
}

/**
 * Windowing for rows of one fixed height: only the rows in view (plus overscan) are rendered, so
 * 10,000 clusters cost a few dozen DOM rows. O(1) per scroll event.
 */
export function useFixedVirtualRows(options: { count: number; rowHeight: number; overscan: number; scrollRef: RefObject<HTMLElement | null> }) {
  const { count, rowHeight, overscan, scrollRef } = options;
  const [viewport, setViewport] = useState({ scrollTop: 0, height: 600 });

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () => setViewport({ scrollTop: element.scrollTop, height: element.clientHeight });
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scrollRef]);

  const first = Math.max(0, Math.floor(viewport.scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((viewport.scrollTop + viewport.height) / rowHeight) + overscan);
  const rows: VirtualRow[] = [];
  for (let index = first; index <= last; index += 1) rows.push({ index, top: index * rowHeight });
  return { rows, totalHeight: count * rowHeight, lastIndex: last };
}
