// Compiled by `tsc --noEmit` (the fixture's build) and never rendered: proves the README's JSX
// declarations are in force, so a wrong prop or a wrong use of an event's detail fails the build.
import type { DjangoQuiz } from 'django-quiz-elements';
import { useRef } from 'react';

export function Checks() {
  const ref = useRef<DjangoQuiz>(null);
  return (
    <>
      <django-quiz ref={ref} mode="exam" shuffle noPersist seed="s" />
      <django-flashcard topics="orm" ondjango-grade={(e) => e.detail.rating} />
      <django-question-set src="/sets/orm.json">
        <django-quiz ondjango-complete={(e) => e.detail.widget} />
      </django-question-set>
      {/* @ts-expect-error count is a number */}
      <django-quiz count="three" />
      {/* @ts-expect-error no such mode */}
      <django-quiz mode="homework" />
      {/* @ts-expect-error questionId is a string */}
      <django-quiz ondjango-answer={(e) => e.detail.questionId.toFixed()} />
      {/* @ts-expect-error an unknown property */}
      <django-quiz nope={1} />
    </>
  );
}
