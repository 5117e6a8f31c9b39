import type { ReactiveControllerHost } from 'lit';

export interface ChoiceKeysOptions {
  /** Where the run is: keys pick only while a question is open, Enter also moves on after feedback. */
  phase: () => 'question' | 'feedback' | 'done' | undefined;
  /** The ids of the choices on screen, in display order. */
  choices: () => readonly string[];
  /** Whether the question takes several answers (checkboxes, which get arrow-key roving too). */
  multi: () => boolean;
  pick: (choiceId: string) => void;
  check: () => void;
  next: () => void;
}

/**
 * The quiz's keyboard, on top of the native radios and checkboxes: keys 1–9 pick a choice by
 * position (and focus it), Enter checks the answer and then moves on (not on a button or link, which
 * Enter already presses), and arrow keys move between checkboxes as they do between radios.
 * Bind `onKeyDown` to the widget's base.
 */
export class ChoiceKeys {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChoiceKeysOptions,
  ) {}

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const o = this.options;
    const phase = o.phase();
    if (phase === undefined || phase === 'done') return;
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (e.key === 'Enter' && target?.localName !== 'button' && target?.localName !== 'a') {
      e.preventDefault();
      if (phase === 'question') o.check();
      else o.next();
      return;
    }
    if (phase !== 'question') return;
    if (/^[1-9]$/.test(e.key)) {
      const id = o.choices()[Number(e.key) - 1];
      if (id === undefined) return;
      e.preventDefault();
      o.pick(id);
      void this.host.updateComplete.then(() =>
        this.input(`[data-id="${CSS.escape(id)}"]`)?.focus(),
      );
      return;
    }
    const k = e.key;
    const step =
      k === 'ArrowDown' || k === 'ArrowRight' ? 1 : k === 'ArrowUp' || k === 'ArrowLeft' ? -1 : 0;
    if (step && o.multi() && target?.localName === 'input') {
      // Checkboxes have no arrow-key roving of their own; give them the radio group's.
      e.preventDefault();
      const inputs = [...this.inputs()];
      const at = inputs.indexOf(target as HTMLInputElement);
      inputs[(at + step + inputs.length) % inputs.length]?.focus();
    }
  };

  private inputs(): NodeListOf<HTMLInputElement> {
    return this.host.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="choice"]');
  }

  private input(filter: string): HTMLInputElement | null {
    return this.host.shadowRoot!.querySelector<HTMLInputElement>(`input[name="choice"]${filter}`);
  }
}
