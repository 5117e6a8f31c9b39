import 'django-quiz-elements/define.js'; // before the first render, so props become properties
import { useState } from 'react';
import type { DjangoAnswerEvent } from 'django-quiz-elements';

export function OrmPractice() {
  const [answers, setAnswers] = useState<DjangoAnswerEvent['detail'][]>([]);
  return (
    <>
      <django-quiz
        topics="orm"
        count={3}
        passMark={80}
        strings={{ check: 'Prüfen', next: 'Weiter' }}
        ondjango-answer={(e) => setAnswers((a) => [...a, e.detail])}
      />
      <output id="host-log">
        {answers.map((a) => `${a.questionId}: ${a.correct ? 'right' : 'wrong'}`).join('\n')}
      </output>
    </>
  );
}
