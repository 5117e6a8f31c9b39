// The demo page's wiring: elements, and the live theme / accent / topic controls.
import '../src/define.js';

const form = document.querySelector<HTMLFormElement>('#controls')!;
const widgets = () => document.querySelectorAll<HTMLElement>('django-quiz, django-flashcard');

form.addEventListener('input', () => {
  const data = new FormData(form);
  const theme = String(data.get('theme') ?? '');
  const accent = String(data.get('accent') ?? '');
  const topics = String(data.get('topics') ?? '');
  document.documentElement.dataset.theme = theme;
  for (const el of widgets()) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
    el.style.setProperty('--django-accent', accent);
    if (topics) el.setAttribute('topics', topics);
    else el.removeAttribute('topics');
  }
});
