/**
 * Resolves with a copy of the first `selector` in `el`'s shadow root, taken the moment it appears: a
 * MutationObserver's callback runs right after the update that added it, before any later update, so
 * the copy is what the reader first saw. Call it right after connecting `el` (before its first update).
 */
export function firstRendered(el: HTMLElement, selector: string): Promise<Element> {
  const root = el.shadowRoot!;
  return new Promise((resolve) => {
    const observer = new el.ownerDocument.defaultView!.MutationObserver(() => check());
    const check = () => {
      const found = root.querySelector(selector);
      if (!found) return false;
      observer.disconnect();
      resolve(found.cloneNode(true) as Element);
      return true;
    };
    if (!check()) observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
