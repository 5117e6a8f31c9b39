# Runs the code-reading questions of data/django-questions.json on real Django (5.2) with SQLite and prints
# what they claim: query counts, outputs, exceptions. Not part of npm test (the project has no Python).
#   PYTHONPATH=<django 5.2 site-packages>:test/django python3 test/django/verify_code_questions.py
import django, datetime, asyncio
from django.conf import settings
settings.configure(DATABASES={'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': ':memory:'}},
  INSTALLED_APPS=['django.contrib.contenttypes','django.contrib.auth','django.contrib.sessions','app'], DEBUG=True,
  TEMPLATES=[{'BACKEND':'django.template.backends.django.DjangoTemplates','APP_DIRS':True}], USE_TZ=True, ROOT_URLCONF='urls', SECRET_KEY='x', ALLOWED_HOSTS=['testserver'])
django.setup()
from django.core.management import call_command
call_command('migrate', run_syncdb=True, verbosity=0)
from django.db import connection, transaction, IntegrityError
from django.db.models import F, Q, Avg, Count
from django.test.utils import CaptureQueriesContext
from app.models import *
import io, contextlib
blogs = [Blog.objects.create(name=f'b{i}') for i in range(10)]
for i, b in enumerate(blogs): Entry.objects.create(blog=b, headline=('Who ' if i%3==0 else 'H') + str(i), body_text='t', pub_date=datetime.date(2005 if i%2 else 2006,1,1))
def count(fn):
    with CaptureQueriesContext(connection) as c, contextlib.redirect_stdout(io.StringIO()): fn()
    return len(c)
def n1():
    for entry in Entry.objects.all()[:10]: print(entry.headline, entry.blog.name)
def n1s():
    for entry in Entry.objects.select_related('blog')[:10]: print(entry.headline, entry.blog.name)
def n1p():
    for entry in Entry.objects.prefetch_related('blog')[:10]: print(entry.headline, entry.blog.name)
print('n+1', count(n1), 'select_related', count(n1s), 'prefetch', count(n1p))
Blog.objects.filter(pk__gt=5).delete()
def pf():
    blogs = Blog.objects.prefetch_related('entry_set')
    for blog in blogs: print(blog.name, [e.headline for e in blog.entry_set.all()])
print('blogs', Blog.objects.count(), 'prefetch queries', count(pf))
for i in range(20 - Entry.objects.count()): Entry.objects.create(blog=blogs[0], headline='e', body_text='b')
def od():
    for e in Entry.objects.only('headline'): print(e.headline, e.body_text)
print('entries', Entry.objects.count(), 'only queries', count(od))
print('values_list', list(Entry.objects.order_by('id').values_list('id', flat=True))[:3])
print('Q', Entry.objects.filter(Q(headline__startswith='Who') | ~Q(pub_date__year=2005)).query)
b = Book.objects.create(author=Author.objects.create(name='a'), price=10)
print('aggregate', Book.objects.aggregate(Avg('price')), type(Author.objects.annotate(num_books=Count('book'))).__name__)
try: b.author.delete()
except Exception as e: print('delete ->', type(e).__name__, type(e).__mro__[1].__name__, Author.objects.count(), Book.objects.count())
p = Product.objects.create(stock=5)
product = Product.objects.get(pk=p.pk); product.stock = F('stock') - 1
with CaptureQueriesContext(connection) as c: product.save()
print('F sql', c[0]['sql'], '| attr', product.stock, '| db', Product.objects.get(pk=p.pk).stock)
with transaction.atomic():
    Order.objects.create(number=1)
    try:
        with transaction.atomic(): Order.objects.create(number=1)
    except IntegrityError: pass
    Order.objects.create(number=2)
print('orders', list(Order.objects.values_list('number', flat=True)))
Post.objects.create(status='published'); Post.objects.create(status='draft')
print('managers', Post.objects.count(), Post.published.count())
from django.template.loader import render_to_string
print('template', repr(render_to_string('child.html')))
async def v():
    try: Post.objects.latest('id')
    except Exception as e: return type(e).__name__
print('async', asyncio.run(v()))
from django.test import RequestFactory
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
r = RequestFactory().get('/profile/'); r.user = AnonymousUser()
resp = login_required(lambda request: None)(r)
print('login_required', resp.status_code, resp['Location'], type(r).__name__)
from django.contrib.sessions.backends.db import SessionStore
s = SessionStore(); s['cart'] = {'items': [3]}; s.save(); s2 = SessionStore(s.session_key); s2['cart']['items'].append(7); print('session modified', s2.modified)
