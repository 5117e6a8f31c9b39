import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

export type CssomStyleInfo = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`style.setProperty`). `styleMap` writes its
 * first value as a `style="…"` attribute string, which a strict Content-Security-Policy (no
 * `'unsafe-inline'` in `style-src`) blocks and reports as a violation; CSSOM writes are allowed.
 * Property names are CSS names: `width`, `--p` (not camelCase).
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (
      info.type !== PartType.ATTRIBUTE ||
      info.name !== 'style' ||
      (info.strings?.length ?? 0) > 2
    ) {
      throw new Error('cssomStyle() must be the whole value of a style attribute');
    }
  }

  render(_styles: CssomStyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [CssomStyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (styles[name] == null) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
