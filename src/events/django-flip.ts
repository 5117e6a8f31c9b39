export interface DjangoFlipDetail {
  setId: string;
  questionId: string;
  /** The side now showing. */
  side: 'front' | 'back';
}
export type DjangoFlipEvent = CustomEvent<DjangoFlipDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-flip': DjangoFlipEvent;
  }
}
