import { useEffect, type RefObject } from "react";

/**
 * Swagger UI renders its server picker as `<label for="servers"><select id="servers">` with no
 * text, so the select has no accessible name (axe: select-name, critical). Swagger UI offers no
 * prop or plugin hook to name it, so the name is set on the element as Swagger UI (re)renders it.
 * React leaves attributes it does not manage alone, so the name survives re-renders; the observer
 * covers a remount.
 */
const NAMES: Record<string, string> = { "select#servers": "Server" };

export function useLabelUnnamedControls(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const label = () => {
      for (const [selector, name] of Object.entries(NAMES)) {
        for (const element of root.querySelectorAll(`${selector}:not([aria-label])`)) element.setAttribute("aria-label", name);
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container]);
}
