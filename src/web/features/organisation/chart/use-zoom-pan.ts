/**
 * The gestures of the org chart's frame as hooks: its width, the mouse wheel (zoom at the
 * pointer) and dragging (pan; a drag is never taken for a click on a box).
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { panBy, zoomAt, type Size, type View } from './chart-view';

/** A change of the view, given the current view, the drawing's size and the frame's. */
export type ViewChange = (view: View, content: Size, frame: Size) => View;

/** A pointer that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD = 4;

/** The frame's inner width, followed as it changes (ResizeObserver reports it at once). */
export function useFrameWidth(frame: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame]);
  return width;
}

/**
 * The wheel zooms at the pointer. The listener is not passive (React's is), so the page does
 * not scroll while the chart zooms.
 */
export function useWheelZoom(
  frame: RefObject<HTMLDivElement | null>,
  update: (change: ViewChange) => void,
): void {
  const latest = useRef(update);
  useLayoutEffect(() => {
    latest.current = update;
  });
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      const factor = Math.exp(-event.deltaY * lines * 0.0015);
      const box = el.getBoundingClientRect();
      const at = { x: event.clientX - box.left, y: event.clientY - box.top };
      latest.current((v, c, f) => zoomAt(v, factor, at, c, f));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [frame]);
}

/** Pointer handlers that pan the drawing by dragging, and swallow the click that ends a drag. */
export function useDragPan(update: (change: ViewChange) => void) {
  const drag = useRef<{ id: number; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const end = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.id !== event.pointerId) return;
    suppressClick.current = d.moved;
    drag.current = null;
  };
  return {
    onPointerDown: (event: PointerEvent<HTMLDivElement>) => {
      if (event.button !== 0) return;
      drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    },
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      const d = drag.current;
      if (!d || d.id !== event.pointerId) return;
      const dx = event.clientX - d.x;
      const dy = event.clientY - d.y;
      if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!d.moved) event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { id: d.id, x: event.clientX, y: event.clientY, moved: true };
      update((v, c, f) => panBy(v, dx, dy, c, f));
    },
    onPointerUp: end,
    onPointerCancel: end,
    onClickCapture: (event: MouseEvent) => {
      if (!suppressClick.current) return;
      suppressClick.current = false;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
