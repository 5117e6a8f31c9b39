/**
 * Question sets the stories give their elements inline: a course's own set (HTTP basics) and a
 * Hebrew one with English code inside (for the right-to-left stories). Shared by every stories file.
 */
import type { QuestionSet } from '../src/data/schema.js';

/** Your own questions: a small set a course author might write, given inline. */
export const httpSet: QuestionSet = {
  id: 'http-basics',
  title: 'HTTP basics',
  version: '1',
  questions: [
    {
      id: 'not-found',
      prompt: 'Which status code says that the server found nothing at this URL?',
      answer: '404 Not Found',
      choices: [
        {
          id: '403',
          text: '403 Forbidden',
          why: 'The resource exists; access is refused.',
        },
        { id: '404', text: '404 Not Found', correct: true },
        { id: '500', text: '500 Internal Server Error', why: 'The server failed.' },
      ],
      topics: ['http'],
      difficulty: 'easy',
      docs: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404',
    },
    {
      id: 'safe-methods',
      prompt: 'Which of these HTTP methods are safe (read-only)?',
      answer: 'GET and HEAD',
      choices: [
        { id: 'get', text: 'GET', correct: true },
        { id: 'post', text: 'POST', why: 'POST changes state on the server.' },
        { id: 'head', text: 'HEAD', correct: true },
        { id: 'delete', text: 'DELETE', why: 'DELETE removes a resource.' },
      ],
      topics: ['http'],
      difficulty: 'medium',
      docs: 'https://developer.mozilla.org/en-US/docs/Glossary/Safe/HTTP',
    },
  ],
};

/** A Hebrew course: questions and strings in Hebrew with English code inside, on a `dir="rtl"` page. */
export const hebrewSet: QuestionSet = {
  id: 'django-he',
  title: 'שאלות על Django',
  version: '1',
  questions: [
    {
      id: 'celery-on-commit',
      prompt:
        'איך מוודאים שמשימת Celery שנשלחת בתוך transaction.atomic()\u200e תרוץ רק אחרי שהשורות החדשות נשמרו?',
      answer: 'עוטפים את השליחה ב־transaction.on_commit().',
      explanation:
        'הפונקציה on_commit()\u200e דוחה את הקריאה עד שהבלוק האטומי החיצוני מבצע commit. אם אין טרנזקציה פעילה, היא רצה מיד.',
      choices: [
        { id: 'a', text: 'transaction.on_commit(lambda: task.delay(order.pk))', correct: true },
        {
          id: 'b',
          text: 'Order.objects.select_for_update()',
          why: 'הפונקציה select_for_update()\u200e נועלת שורות, אבל לא דוחה את שליחת המשימה.',
        },
        {
          id: 'c',
          text: 'ATOMIC_REQUESTS = True',
          why: 'ההגדרה עוטפת כל בקשה בטרנזקציה; המשימה עדיין יוצאת לפני ה־commit.',
        },
      ],
      topics: ['orm'],
      difficulty: 'hard',
      docs: 'https://docs.djangoproject.com/en/5.2/topics/db/transactions/#performing-actions-after-commit',
    },
    {
      id: 'built-in-signals',
      prompt: 'אילו מהאותות (signals) הבאים Django שולחת בעצמה?',
      answer: 'post_save ו־m2m_changed.',
      choices: [
        { id: 'a', text: 'post_save', correct: true },
        { id: 'b', text: 'm2m_changed', correct: true },
        {
          id: 'c',
          text: 'post_update',
          why: 'אין אות כזה: QuerySet.update()\u200e לא שולחת אותות.',
        },
      ],
      topics: ['signals'],
      difficulty: 'medium',
      docs: 'https://docs.djangoproject.com/en/5.2/ref/signals/',
    },
  ],
};

/**
 * A code-reading question written in Markdown (the format of README's "Write a set in Markdown"):
 * a highlighted Python view and Django template in the prompt, inline code in the choices, a code
 * block in the explanation.
 */
export const codeSetMarkdown = `---
id: orm-code
title: Django ORM, reading code
---

# How many SQL queries does this view run for 10 books? {#n-plus-one}

\`\`\`python
def book_list(request):
    books = Book.objects.filter(published=True)  # lazy: no query yet
    return render(request, "books.html", {"books": books})
\`\`\`

\`\`\`django
{% for book in books %}
  <li>{{ book.title }} by {{ book.author.name|upper }}</li>
{% endfor %}
\`\`\`

- [ ] 1: the queryset is evaluated once {#one}
  > The loop runs one query for the books, but each \`book.author\` is **another** query.
- [ ] 2: one for books, one for authors {#two}
  > That is what \`prefetch_related("author")\` would do.
- [x] 11: one for the books, then one per book {#eleven}
- [ ] 0: templates cannot run queries {#zero}

answer: 11: one query for the books, then one per book for \`book.author\` (the N+1 problem).
explanation: Accessing a \`ForeignKey\` on each row runs a query per row. Join it instead:

\`\`\`python
books = Book.objects.filter(published=True).select_related("author")
\`\`\`
note: \`select_related()\` follows *foreign keys* with a JOIN; \`prefetch_related()\` runs *one extra query* per relation.
docs: https://docs.djangoproject.com/en/5.2/ref/models/querysets/#select-related
topics: orm, performance
`;
