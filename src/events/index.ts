export type * from './django-start.js';
export type * from './django-answer.js';
export type * from './django-complete.js';
export type * from './django-flip.js';
export type * from './django-grade.js';
export type * from './django-error.js';
export type * from './django-xapi.js';
