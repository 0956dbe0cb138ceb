import {
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/index';
import {
  clampView,
  fitView,
  frameHeight,
  panBy,
  reveal,
  zoomCentred,
  ZOOM_STEP,
  type Size,
  type View,
} from './chart-view';
import { useDragPan, useFrameWidth, useWheelZoom, type ViewChange } from './use-zoom-pan';

/** Props of {@link ChartViewport}. */
export interface ChartViewportProps {
  /** The drawing's natural size (the SVG's width and height). */
  content: Size;
  /** The drawing. */
  children: ReactNode;
}

/** How far an arrow key moves the drawing, in pixels. */
const PAN_STEP = 60;
/** The frame's least height and its most, as a share of the window's height. */
const MIN_HEIGHT = 240;
const MAX_HEIGHT_SHARE = 0.75;

/**
 * A frame that shows the whole drawing at first (fitted, so nothing is cut) and lets the user
 * zoom and pan: buttons (+, −, fit, 100 %), the keyboard in the frame (+ and − zoom, 0 fits,
 * arrows pan), the mouse wheel (zoom at the pointer) and dragging. A box that gets keyboard focus
 * is brought into view. The drawing itself is not resized, so exports keep their natural size.
 */
export function ChartViewport({ content, children }: ChartViewportProps) {
  const { t } = useTranslation('organisation');
  const hintId = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const width = useFrameWidth(frameRef);
  const maxHeight = Math.round(
    (typeof window === 'undefined' ? 900 : window.innerHeight) * MAX_HEIGHT_SHARE,
  );
  const height = frameHeight(content, width, MIN_HEIGHT, maxHeight);
  const frame: Size = { width, height };
  // null: follow the frame (fitted); a view once the user has zoomed or panned.
  const [manual, setManual] = useState<View | null>(null);
  const view = manual ? clampView(manual, content, frame) : fitView(content, frame);
  const update = (change: ViewChange) =>
    setManual((prev) =>
      change(prev ? clampView(prev, content, frame) : fitView(content, frame), content, frame),
    );
  useWheelZoom(frameRef, update);
  const drag = useDragPan(update);

  const zoomIn = () => update((v, c, f) => zoomCentred(v, ZOOM_STEP, c, f));
  const zoomOut = () => update((v, c, f) => zoomCentred(v, 1 / ZOOM_STEP, c, f));
  const fit = () => setManual(null);
  const actualSize = () => update((v, c, f) => zoomCentred(v, 1 / v.scale, c, f));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keys: Record<string, () => void> = {
      '+': zoomIn,
      '=': zoomIn,
      '-': zoomOut,
      '0': fit,
      ArrowLeft: () => update((v, c, f) => panBy(v, PAN_STEP, 0, c, f)),
      ArrowRight: () => update((v, c, f) => panBy(v, -PAN_STEP, 0, c, f)),
      ArrowUp: () => update((v, c, f) => panBy(v, 0, PAN_STEP, c, f)),
      ArrowDown: () => update((v, c, f) => panBy(v, 0, -PAN_STEP, c, f)),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  // A box reached by Tab is moved into view (the frame clips; it never scrolls).
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const el = frameRef.current;
    if (!el || event.target === el) return;
    const box = el.getBoundingClientRect();
    const target = event.target.getBoundingClientRect();
    update((v, c, f) =>
      reveal(
        v,
        {
          left: target.left - box.left,
          top: target.top - box.top,
          right: target.right - box.left,
          bottom: target.bottom - box.top,
        },
        c,
        f,
      ),
    );
  };

  const percent = Math.round(view.scale * 100);
  return (
    <div className="org-chart-viewport">
      <div className="org-chart-tools" role="group" aria-label={t('chart.zoom.tools')}>
        <Button
          size="sm"
          onClick={zoomOut}
          aria-label={t('chart.zoom.out')}
          title={t('chart.zoom.out')}
        >
          <span aria-hidden="true">−</span>
        </Button>
        <output className="org-chart-percent" aria-live="polite">
          {t('chart.zoom.percent', { percent })}
        </output>
        <Button
          size="sm"
          onClick={zoomIn}
          aria-label={t('chart.zoom.in')}
          title={t('chart.zoom.in')}
        >
          <span aria-hidden="true">+</span>
        </Button>
        <Button size="sm" onClick={fit}>
          {t('chart.zoom.fit')}
        </Button>
        <Button size="sm" onClick={actualSize}>
          {t('chart.zoom.actual')}
        </Button>
      </div>
      {/* A focusable region, like a scroll region: it takes the zoom and pan keys and clips. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={frameRef}
        className="org-chart-frame"
        role="region"
        aria-label={t('chart.zoom.region')}
        aria-describedby={hintId}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        style={{ height }}
        data-scale={view.scale}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        {...drag}
      >
        <div
          className="org-chart-canvas"
          style={{
            width: content.width,
            height: content.height,
            transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
          }}
        >
          {children}
        </div>
      </div>
      <p id={hintId} className="muted org-small org-chart-hint">
        {t('chart.zoom.hint')}
      </p>
    </div>
  );
}
