import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { lexerMisses, loadLexer } from '../markdown/lexer-loader.js';
import { renderText, type TextOptions } from '../markdown/render.js';
import { en, format, type StringKey, type Strings } from '../translations/en.js';

/** The detail type of a `django-*` event. */
export type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatch a bubbling, composed `django-*` event with a typed detail from `target`. */
export function emitEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }),
  );
}

/**
 * The small base every element shares: a typed `emit()`, a guarded static `define()`, the `theme`
 * attribute and the strings table.
 */
export class DjangoElement extends LitElement {
  /**
   * Registers the class under `tag` unless that tag is already taken (loading the bundle twice, or a
   * host that defined it first, must not throw).
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** Colour scheme: `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Overrides for any user-visible string (see `translations/en.ts`), e.g. for translation. */
  @property({ attribute: false }) strings: Partial<Strings> = {};

  /** Strings inherited from a provider; the element's own `strings` win. */
  protected inheritedStrings: Partial<Strings> = {};

  /** A string from the table, with `{placeholders}` filled in. */
  protected t(key: StringKey, values?: Record<string, string | number>): string {
    const template = this.strings[key] ?? this.inheritedStrings[key] ?? en[key];
    return format(template, values);
  }

  /**
   * A text field of the set (prompt, choice, answer, explanation, why, note) as Markdown, in this
   * element's strings (see src/markdown/render.ts). Blocks by default; `{ block: false }` for one
   * line, `{ interactive: false }` inside a label or a button.
   */
  protected md(field: string | undefined, options: Omit<TextOptions, 't'> = {}): unknown {
    return renderText(field, { block: true, ...options, t: (key, values) => this.t(key, values) });
  }

  /**
   * A field with Markdown rendered before the lexer was in shows as plain text: render again once it
   * arrives (the set's loading path usually waits for it, see src/markdown/set-ready.ts).
   */
  protected override update(changed: PropertyValues): void {
    const misses = lexerMisses();
    super.update(changed);
    if (lexerMisses() !== misses) void loadLexer().then((ok) => ok && this.requestUpdate());
  }

  /** Dispatch a bubbling, composed `django-*` event with a typed detail. */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(
    name: K,
    detail: DetailOf<K>,
  ): boolean {
    /** @internal Each element documents the events it fires with `@fires`. */
    return emitEvent(this, name, detail);
  }
}
