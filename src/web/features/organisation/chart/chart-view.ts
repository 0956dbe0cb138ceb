/**
 * Zoom and pan of the org chart, as pure functions. A view places the drawing in its frame:
 * a point `p` of the drawing is shown at `p * scale + (x, y)` in the frame's coordinates.
 * Every function returns a view that keeps the drawing reachable: a drawing smaller than the
 * frame is centred, a larger one never leaves a gap at an edge it could still fill.
 */

/** A width and a height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** A point in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** The scale and the offset of the drawing in its frame. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

/** A rectangle in the frame's coordinates. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The smallest and largest scale offered. */
export const MIN_SCALE = 0.1;
export const MAX_SCALE = 3;
/** One step of the zoom buttons and keys. */
export const ZOOM_STEP = 1.25;
/** Room kept free around the drawing when it is fitted, and around a box brought into view. */
export const MARGIN = 8;

const clampNumber = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, value));

/** The offset along one axis: centred when the drawing is smaller, else within the edges. */
function clampAxis(offset: number, shown: number, frame: number): number {
  if (shown + 2 * MARGIN <= frame) return (frame - shown) / 2;
  return clampNumber(offset, frame - shown - MARGIN, MARGIN);
}

/** The view moved (not scaled) so the drawing stays reachable in the frame. */
export function clampView(view: View, content: Size, frame: Size): View {
  return {
    scale: view.scale,
    x: clampAxis(view.x, content.width * view.scale, frame.width),
    y: clampAxis(view.y, content.height * view.scale, frame.height),
  };
}

/** The largest scale (at most 1: never enlarged) at which the whole drawing fits. */
export function fitScale(content: Size, frame: Size): number {
  const room = (frameSide: number, side: number) =>
    side > 0 ? Math.max(frameSide - 2 * MARGIN, 1) / side : 1;
  return Math.min(1, room(frame.width, content.width), room(frame.height, content.height));
}

/**
 * A scale the zoom may reach: up to {@link MAX_SCALE}, down to {@link MIN_SCALE} or, for a
 * drawing that needs less to fit, its fitting scale.
 */
export function clampScale(scale: number, content: Size, frame: Size): number {
  const min = Math.min(MIN_SCALE, fitScale(content, frame));
  return clampNumber(Number.isFinite(scale) ? scale : 1, min, MAX_SCALE);
}

/** The whole drawing in the frame, centred. */
export function fitView(content: Size, frame: Size): View {
  return clampView({ scale: fitScale(content, frame), x: 0, y: 0 }, content, frame);
}

/** Zooms by `factor` around `at` (a point of the frame that stays where it is). */
export function zoomAt(view: View, factor: number, at: Point, content: Size, frame: Size): View {
  const scale = clampScale(view.scale * factor, content, frame);
  const ratio = scale / view.scale;
  return clampView(
    { scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio },
    content,
    frame,
  );
}

/** Zooms by `factor` around the frame's centre (the buttons and the keys). */
export function zoomCentred(view: View, factor: number, content: Size, frame: Size): View {
  return zoomAt(view, factor, { x: frame.width / 2, y: frame.height / 2 }, content, frame);
}

/** Moves the drawing by (dx, dy) pixels. */
export function panBy(view: View, dx: number, dy: number, content: Size, frame: Size): View {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, content, frame);
}

/** The shift along one axis that brings [start, end] inside [0, frame] (or its start, if larger). */
function shiftInto(start: number, end: number, frame: number): number {
  if (start < MARGIN) return MARGIN - start;
  if (end > frame - MARGIN) return Math.max(frame - MARGIN - end, MARGIN - start);
  return 0;
}

/** The view moved as little as possible so `rect` (frame coordinates) is in view. */
export function reveal(view: View, rect: Rect, content: Size, frame: Size): View {
  const dx = shiftInto(rect.left, rect.right, frame.width);
  const dy = shiftInto(rect.top, rect.bottom, frame.height);
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy, content, frame);
}

/**
 * The frame's height for a frame `width` wide: the drawing's height when fitted to the width,
 * kept between `min` and `max` (so a small chart leaves no empty band, a tall one scrolls no page).
 */
export function frameHeight(content: Size, width: number, min: number, max: number): number {
  if (content.width <= 0 || content.height <= 0) return min;
  const widthScale = Math.min(1, Math.max(width - 2 * MARGIN, 1) / content.width);
  const wanted = Math.ceil(content.height * widthScale + 2 * MARGIN);
  return Math.round(clampNumber(wanted, min, Math.max(min, max)));
}

/** True when the whole drawing is inside the frame in this view. */
export function isWhollyVisible(view: View, content: Size, frame: Size): boolean {
  const eps = 0.5;
  return (
    view.x >= -eps &&
    view.y >= -eps &&
    view.x + content.width * view.scale <= frame.width + eps &&
    view.y + content.height * view.scale <= frame.height + eps
  );
}
