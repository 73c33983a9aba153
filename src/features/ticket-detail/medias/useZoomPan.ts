import { useCallback, useRef, useState, type PointerEvent, type RefObject } from 'react';

export const ZOOM_LEVELS = [1, 1.5, 2, 3, 4] as const;
const MAX_ZOOM = 4;
const CLICK_TOLERANCE_PX = 4;

type Point = { x: number; y: number };
type View = { scale: number; offset: Point };

const INITIAL: View = { scale: 1, offset: { x: 0, y: 0 } };

/** Keeps the zoomed image covering its box: at scale s it may move by (s − 1) × half its size. */
function clamp(offset: Point, scale: number, size: { width: number; height: number }): Point {
  const maxX = ((scale - 1) * size.width) / 2;
  const maxY = ((scale - 1) * size.height) / 2;
  return { x: Math.min(maxX, Math.max(-maxX, offset.x)), y: Math.min(maxY, Math.max(-maxY, offset.y)) };
}

/**
 * Zoom by steps (buttons, keys, click) and pan by dragging when zoomed. A click zooms in keeping the
 * clicked point under the pointer; a click on a zoomed image goes back to 1:1.
 */
export function useZoomPan(elementRef: RefObject<HTMLElement | null>) {
  const [view, setView] = useState<View>(INITIAL);
  const drag = useRef<{ start: Point; origin: Point; moved: boolean } | null>(null);

  const measure = useCallback(
    () => ({ width: elementRef.current?.offsetWidth ?? 0, height: elementRef.current?.offsetHeight ?? 0 }),
    [elementRef],
  );

  /** `focus`: a point relative to the image's centre on screen that stays fixed while zooming. */
  const zoomTo = useCallback(
    (scale: number, focus: Point = { x: 0, y: 0 }) => {
      const bounds = measure();
      setView((current) => {
        const ratio = scale / current.scale;
        const offset = {
          x: focus.x - (focus.x - current.offset.x) * ratio,
          y: focus.y - (focus.y - current.offset.y) * ratio,
        };
        return { scale, offset: clamp(offset, scale, bounds) };
      });
    },
    [measure],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const index = ZOOM_LEVELS.findIndex((level) => level >= view.scale);
      const next = ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, Math.max(0, index + direction))] ?? 1;
      zoomTo(next);
    },
    [view.scale, zoomTo],
  );

  const reset = useCallback(() => setView(INITIAL), []);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: { x: event.clientX, y: event.clientY }, origin: view.offset, moved: false };
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current) return;
    const dx = event.clientX - current.start.x;
    const dy = event.clientY - current.start.y;
    if (Math.hypot(dx, dy) > CLICK_TOLERANCE_PX) current.moved = true;
    if (current.moved && view.scale > 1) {
      const bounds = measure();
      setView((v) => ({
        ...v,
        offset: clamp({ x: current.origin.x + dx, y: current.origin.y + dy }, v.scale, bounds),
      }));
    }
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    drag.current = null;
    if (!current || current.moved) return;
    if (view.scale > 1) {
      reset();
      return;
    }
    const box = event.currentTarget.getBoundingClientRect();
    zoomTo(2, {
      x: event.clientX - (box.left + box.width / 2),
      y: event.clientY - (box.top + box.height / 2),
    });
  };

  return {
    scale: view.scale,
    transform: `translate(${view.offset.x}px, ${view.offset.y}px) scale(${view.scale})`,
    zoomIn: () => step(1),
    zoomOut: () => step(-1),
    reset,
    canZoomIn: view.scale < MAX_ZOOM,
    canZoomOut: view.scale > 1,
    pointerHandlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: () => (drag.current = null),
    },
  };
}
