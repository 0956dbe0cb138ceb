import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampView,
  fitView,
  frameHeight,
  isWhollyVisible,
  MARGIN,
  MAX_SCALE,
  panBy,
  reveal,
  zoomAt,
  zoomCentred,
  ZOOM_STEP,
  type Size,
  type View,
} from './chart-view';

const size = (min: number, max: number) =>
  fc.record({
    width: fc.integer({ min, max }),
    height: fc.integer({ min, max }),
  });
const contentArb = size(50, 8000);
const frameArb = size(200, 1600);
const viewArb = fc.record({
  scale: fc.double({ min: 0.05, max: 3, noNaN: true }),
  x: fc.double({ min: -9000, max: 9000, noNaN: true }),
  y: fc.double({ min: -9000, max: 9000, noNaN: true }),
});

/** True when the drawing covers the frame along an axis or is centred in it. */
function reachable(view: View, content: Size, frame: Size): boolean {
  const axis = (offset: number, shown: number, side: number) =>
    shown + 2 * MARGIN <= side
      ? Math.abs(offset - (side - shown) / 2) < 1e-6
      : offset <= MARGIN + 1e-6 && offset + shown >= side - MARGIN - 1e-6;
  return (
    axis(view.x, content.width * view.scale, frame.width) &&
    axis(view.y, content.height * view.scale, frame.height)
  );
}

describe('the org chart view', () => {
  it('fits the whole drawing in its frame, never enlarged', () => {
    fc.assert(
      fc.property(contentArb, frameArb, (content, frame) => {
        const view = fitView(content, frame);
        expect(isWhollyVisible(view, content, frame)).toBe(true);
        expect(view.scale).toBeLessThanOrEqual(1);
        expect(reachable(view, content, frame)).toBe(true);
      }),
    );
  });

  it('fits a wide chart (22 municipalities) to a 1024 px page by scaling it down', () => {
    const content = { width: 5200, height: 900 };
    const frame = { width: 730, height: 480 };
    const view = fitView(content, frame);
    expect(view.scale).toBeCloseTo((730 - 2 * MARGIN) / 5200, 6);
    expect(isWhollyVisible(view, content, frame)).toBe(true);
  });

  it('keeps the point under the pointer where it is while zooming within the limits', () => {
    const content = { width: 2000, height: 1500 };
    const frame = { width: 800, height: 600 };
    const start: View = { scale: 0.5, x: -100, y: -50 };
    const at = { x: 300, y: 200 };
    const zoomed = zoomAt(start, ZOOM_STEP, at, content, frame);
    const before = { x: (at.x - start.x) / start.scale, y: (at.y - start.y) / start.scale };
    const after = { x: (at.x - zoomed.x) / zoomed.scale, y: (at.y - zoomed.y) / zoomed.scale };
    expect(zoomed.scale).toBeCloseTo(0.625, 6);
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
  });

  it('zooms in and out within the limits and always leaves the drawing reachable', () => {
    fc.assert(
      fc.property(
        contentArb,
        frameArb,
        viewArb,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (content, frame, view, factor) => {
          const zoomed = zoomCentred(clampView(view, content, frame), factor, content, frame);
          expect(zoomed.scale).toBeLessThanOrEqual(MAX_SCALE);
          expect(zoomed.scale).toBeGreaterThanOrEqual(
            Math.min(0.1, fitView(content, frame).scale) - 1e-9,
          );
          expect(reachable(zoomed, content, frame)).toBe(true);
        },
      ),
    );
  });

  it('zooming in then out by one step returns to the same scale', () => {
    const content = { width: 3000, height: 1000 };
    const frame = { width: 700, height: 500 };
    const fit = fitView(content, frame);
    const back = zoomCentred(
      zoomCentred(fit, ZOOM_STEP, content, frame),
      1 / ZOOM_STEP,
      content,
      frame,
    );
    expect(back.scale).toBeCloseTo(fit.scale, 9);
  });

  it('pans within the edges, and clamping twice changes nothing', () => {
    fc.assert(
      fc.property(
        contentArb,
        frameArb,
        viewArb,
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (content, frame, view, dx, dy) => {
          const panned = panBy(view, dx, dy, content, frame);
          expect(reachable(panned, content, frame)).toBe(true);
          expect(clampView(panned, content, frame)).toEqual(panned);
        },
      ),
    );
  });

  it('brings a focused box into view when the drawing can move that far', () => {
    const content = { width: 4000, height: 1200 };
    const frame = { width: 800, height: 500 };
    const view: View = { scale: 1, x: MARGIN, y: MARGIN };
    // A box at drawing x 3000..3210, y 900..990 is out of the frame to the right and below.
    const rect = {
      left: view.x + 3000,
      top: view.y + 900,
      right: view.x + 3210,
      bottom: view.y + 990,
    };
    const moved = reveal(view, rect, content, frame);
    const shifted = {
      left: rect.left + moved.x - view.x,
      right: rect.right + moved.x - view.x,
      top: rect.top + moved.y - view.y,
      bottom: rect.bottom + moved.y - view.y,
    };
    expect(shifted.left).toBeGreaterThanOrEqual(0);
    expect(shifted.right).toBeLessThanOrEqual(frame.width);
    expect(shifted.top).toBeGreaterThanOrEqual(0);
    expect(shifted.bottom).toBeLessThanOrEqual(frame.height);
    expect(reveal(moved, shifted, content, frame)).toEqual(moved);
  });

  it('sizes the frame to the fitted drawing, between a least and a most height', () => {
    expect(frameHeight({ width: 600, height: 300 }, 800, 240, 700)).toBe(300 + 2 * MARGIN);
    expect(frameHeight({ width: 1600, height: 1200 }, 800, 240, 700)).toBe(
      Math.ceil(1200 * (784 / 1600) + 2 * MARGIN),
    );
    expect(frameHeight({ width: 4000, height: 400 }, 800, 240, 700)).toBe(240);
    expect(frameHeight({ width: 600, height: 3000 }, 800, 240, 700)).toBe(700);
    expect(frameHeight({ width: 0, height: 0 }, 800, 240, 700)).toBe(240);
  });
});
