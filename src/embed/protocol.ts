/**
 * The one message format between `dist/embed.html` (inside an iframe) and the page around it. Every
 * message is a plain object whose `type` starts with `django-quiz-elements:`. They carry no secrets
 * (a height, and the widget's own event details), which is why `embed.html` may send them with
 * targetOrigin `'*'` when the host does not name its origin with `?parent-origin=`.
 */
export const MESSAGE_PREFIX = 'django-quiz-elements:';

/** The widget events `embed.html` relays to the parent (and `embed-parent.js` re-dispatches). */
export const RELAYED_EVENTS = [
  'django-start',
  'django-answer',
  'django-flip',
  'django-grade',
  'django-complete',
  'django-error',
] as const;
export type RelayedEvent = (typeof RELAYED_EVENTS)[number];

/** The widget is on the page (sent once). */
export interface EmbedReadyMessage {
  type: 'django-quiz-elements:ready';
  widget: 'quiz' | 'flashcard';
}
/** The embedded document's content height in CSS pixels (sent on every change). */
export interface EmbedResizeMessage {
  type: 'django-quiz-elements:resize';
  height: number;
}
/** A widget event, with its `detail` as plain JSON data. */
export interface EmbedEventMessage {
  type: 'django-quiz-elements:event';
  name: RelayedEvent;
  detail: unknown;
}
export type EmbedMessage = EmbedReadyMessage | EmbedResizeMessage | EmbedEventMessage;
