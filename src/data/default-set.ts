// Generated from data/django-questions.json by scripts/gen.mjs: do not edit by hand.
// Already validated (and defaults applied) at build time, so pages do not pay for it at run time.
import type { PrelexedField } from '../markdown/prelexed.js';
import type { QuestionSet } from './schema.js';

export { decodeField as decodePrelexed } from '../markdown/prelexed-decode.js';

const set: QuestionSet = {
  "id": "django-interview",
  "title": "Django interview questions",
  "description": "62 Django interview questions, each checked against the Django 5.2 documentation source, for quizzes and flashcards.",
  "version": "2.0.0",
  "questions": [
    {
      "id": "what-is-django",
      "prompt": "In the MTV (model-template-view) terms that Django's FAQ uses, what is a Django \"view\" responsible for?",
      "answer": "Django is a high-level, batteries-included Python web framework. In its own MTV terms, a view is the Python callable for a URL that decides which data to present; the template decides how that data looks.",
      "explanation": "Django's FAQ explains that it reads MVC differently: the view selects the data a user gets, and usually hands it to a template for presentation. What MVC calls the controller is, in Django's account, mostly the framework itself: the machinery that routes each request to a view using the URLconf. The model layer holds the data definitions and access.",
      "choices": [
        {
          "id": "a",
          "text": "Deciding how the data looks on screen, which is what the View does in classic MVC",
          "why": "Presentation is the template's job in Django; the view picks the data."
        },
        {
          "id": "b",
          "text": "Defining database tables, fields and relationships",
          "why": "That is the model layer, not the view."
        },
        {
          "id": "c",
          "text": "Choosing which data a URL shows, then handing it to a template",
          "correct": true,
          "why": "Right: Django's view decides what data is shown and delegates the look to a template."
        },
        {
          "id": "d",
          "text": "Routing URLs to code: the view is Django's URL dispatcher",
          "why": "Routing is done by the URLconf machinery, which Django's FAQ likens to the controller."
        }
      ],
      "topics": [
        "architecture"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/faq/general/#faq-mtv",
      "note": "Django is often described as MVC. Its FAQ doesn't reject the label; it explains that Django reads it differently and that \"you might say\" Django is an MTV framework: the view picks which data is shown, the template decides how it looks, and the framework's URL dispatching plays the controller's part."
    },
    {
      "id": "queryset-evaluation",
      "prompt": "Given qs = `Entry.objects.filter(published=True)`, which of these make Django actually run a database query?",
      "answer": "QuerySets are lazy: building, filtering and ordering them runs no SQL. The query runs when the QuerySet is evaluated, for example by iterating it or calling `list()`, `len()` or `bool()` on it.",
      "explanation": "Django's ORM lets you describe queries in Python, and it only sends SQL once you need the results. Chaining `filter()`, `exclude()` or `order_by()` just returns a new, still-unevaluated QuerySet. Iteration, `list()`, `len()`, `repr()`, `bool()` (including 'if qs:') and step slicing force evaluation. If you only need a count or an existence check, `count()` and `exists()` are cheaper than `len()` or `bool()`.",
      "choices": [
        {
          "id": "a",
          "text": "`list(qs)`",
          "correct": true,
          "why": "Converting to a list evaluates the QuerySet and fetches every row."
        },
        {
          "id": "b",
          "text": "qs2 = `qs.exclude(draft=True).order_by('-created')`",
          "why": "Chaining only builds a new lazy QuerySet; no SQL runs yet."
        },
        {
          "id": "c",
          "text": "`len(qs)`",
          "correct": true,
          "why": "`len()` evaluates the QuerySet and loads all rows (use `count()` if you only need the number)."
        },
        {
          "id": "d",
          "text": "if qs: ...",
          "correct": true,
          "why": "Testing a QuerySet in a boolean context runs the query (`exists()` is cheaper)."
        },
        {
          "id": "e",
          "text": "`qs[:10]`",
          "why": "Slicing without a step returns another unevaluated QuerySet (it adds a `LIMIT` for later); only a step slice such as `qs[::2]` runs the query."
        }
      ],
      "topics": [
        "orm",
        "performance"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#when-querysets-are-evaluated"
    },
    {
      "id": "what-is-a-model",
      "prompt": "What is a Django model?",
      "answer": "A Python class that subclasses `django.db.models.Model` and describes one kind of stored data. Generally each model maps to one database table and most fields map to a column; a `ManyToManyField` is stored in a separate join table instead.",
      "explanation": "The model is the single authoritative description of your data: its fields and the behaviour attached to it. From it Django derives the table schema (through migrations) and an automatic database-access API, such as `Model.objects.filter()`. Methods on the model keep row-level business logic next to the data.",
      "choices": [
        {
          "id": "a",
          "text": "A database table you create by hand, which Django inspects at startup to build its API",
          "why": "You define the model in Python; migrations create the table from it."
        },
        {
          "id": "b",
          "text": "A Python class subclassing `django.db.models.Model`, generally one table",
          "correct": true,
          "why": "Right: each model generally maps to a single table; most fields become columns, while a many-to-many field gets its own join table."
        },
        {
          "id": "c",
          "text": "A form definition that validates user input before it is saved",
          "why": "That is a Form (or `ModelForm`), not a model."
        },
        {
          "id": "d",
          "text": "A migration file that records a table's columns, written by `makemigrations`",
          "why": "Migrations are generated from the model; the model class itself is the source of truth."
        }
      ],
      "topics": [
        "models",
        "orm"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/models/#quick-example",
      "note": "\"One column per field\" is close but not exact: a `ManyToManyField` has no column on the model's table; Django creates an intermediary join table for it."
    },
    {
      "id": "template-language",
      "prompt": "Which statement about the Django template language (DTL) is accurate?",
      "answer": "The DTL gives you tags and filters for presentation logic such as loops and conditionals, but it is deliberately not Python in HTML: it will not evaluate arbitrary Python expressions.",
      "explanation": "Django's docs say the template system is meant to express presentation, not program logic. Tags such as `{% if %}` and `{% for %}` look like programming constructs but are not run as the matching Python code, and only the registered tags, filters and syntax work (you can add custom ones). Variable lookups can call a method, but never with arguments. Templates are plain text, so they can produce HTML, XML, CSV or any other text format.",
      "choices": [
        {
          "id": "a",
          "text": "It embeds Python, so any expression such as `{{ price * 1.2 }}` is evaluated",
          "why": "The DTL does not execute arbitrary Python expressions; use a filter, custom tag or the view."
        },
        {
          "id": "b",
          "text": "Templates may call methods with arguments, e.g. `{{ user.has_perm('blog.add_post') }}`",
          "why": "A variable lookup can call a method, but only without arguments; pass the result from the view or write a custom tag or filter."
        },
        {
          "id": "c",
          "text": "Templates are compiled into view functions when the server starts",
          "why": "Templates are rendered with a context; they are not turned into views."
        },
        {
          "id": "d",
          "text": "It offers tags and filters for presentation logic, not arbitrary Python",
          "correct": true,
          "why": "Right: the design keeps presentation logic in templates and program logic in Python."
        }
      ],
      "topics": [
        "templates"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/templates/language/#templates",
      "note": "Descriptions of the DTL as allowing 'Python-like expressions' are misleading: by design it is not Python embedded in HTML and it refuses arbitrary Python expressions."
    },
    {
      "id": "project-vs-app",
      "prompt": "What is the difference between a Django project and a Django app?",
      "answer": "A project is the whole web application, defined mainly by its settings module. An app is a Python package that provides a set of features (models, views, templates...) and can be reused in several projects.",
      "explanation": "`startproject` creates a package containing `settings.py`, `urls.py`, `wsgi.py` and `asgi.py`. Apps are plugged into a project through `INSTALLED_APPS`, and optionally through URLconfs, `MIDDLEWARE` or templates. One project usually contains many apps, and one app can be shared between projects.",
      "choices": [
        {
          "id": "a",
          "text": "A project is the whole site, mainly its settings; an app is a reusable package of features plugged into it",
          "correct": true,
          "why": "Right: apps are wired into a project, mostly through `INSTALLED_APPS`."
        },
        {
          "id": "b",
          "text": "An app is the whole site; a project is one feature package inside it",
          "why": "It's the other way round."
        },
        {
          "id": "c",
          "text": "An app is any package with a `models.py`: Django loads a folder as an app when that file exists",
          "why": "Apps need no `models.py`; a package becomes an app by being listed in `INSTALLED_APPS`."
        },
        {
          "id": "d",
          "text": "Apps are discovered in the project folder, so listing them in `INSTALLED_APPS` is optional",
          "why": "Apps are activated by listing them (or their `AppConfig`) in `INSTALLED_APPS`."
        }
      ],
      "topics": [
        "architecture",
        "settings"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/applications/#projects-and-applications"
    },
    {
      "id": "middleware-order",
      "prompt": "With `MIDDLEWARE` = [A, B, C], in what order does the middleware see the request and then the response?",
      "answer": "Requests pass through A, then B, then C before reaching the view. The response comes back in reverse order: C, then B, then A.",
      "explanation": "Django's docs compare middleware to an onion: each entry wraps the layers below it, with the view at the core. Each middleware can act on the request before calling `get_response()` and on the response after it returns, so order in `MIDDLEWARE` matters. For example, `AuthenticationMiddleware` needs `SessionMiddleware` to run before it. A middleware that returns a response early stops the inner layers and the view from running at all.",
      "choices": [
        {
          "id": "a",
          "text": "A, B, C for the request, then A, B, C again for the response",
          "why": "The response travels back out through the layers in reverse order."
        },
        {
          "id": "b",
          "text": "C, B, A for the request, then A, B, C for the response",
          "why": "The request goes top-down in list order, not bottom-up."
        },
        {
          "id": "c",
          "text": "A, B, C for the request, then C, B, A for the response",
          "correct": true,
          "why": "Right: top-down on the way in, bottom-up on the way out."
        },
        {
          "id": "d",
          "text": "A, B, C for the request; the response goes straight from the view to the client",
          "why": "Each middleware also sees the response on the way out, in reverse order, and may change it."
        }
      ],
      "topics": [
        "middleware"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/middleware/#middleware-order-and-layering",
      "note": "Middleware is often described only as code that runs before a request reaches the view. It also wraps the response on the way out (in reverse order), and it can short-circuit a request entirely."
    },
    {
      "id": "url-dispatch",
      "prompt": "How does Django pick the view that handles an incoming request path?",
      "answer": "It loads the root URLconf (normally the module named by `ROOT_URLCONF`), walks its urlpatterns in order, and calls the view of the first pattern that matches.",
      "explanation": "The root URLconf is usually the project's `urls.py`, which typically `include()`s each app's own `urls.py`; middleware can override it per request by setting `request.urlconf`. Matching is against the path only, not the domain or the query string. Matching stops at the first hit, so pattern order matters, and if nothing matches Django responds with a 404.",
      "choices": [
        {
          "id": "a",
          "text": "It ranks the patterns in the URLconf and picks the most specific (longest) one that matches",
          "why": "There is no 'best match' ranking: the first matching pattern wins."
        },
        {
          "id": "b",
          "text": "It walks the root URLconf's patterns in order and stops at the first match",
          "correct": true,
          "why": "Right: order matters and matching stops at the first hit."
        },
        {
          "id": "c",
          "text": "It scans each installed app's `urls.py` on its own, with no configuration needed",
          "why": "App URLconfs are only used if the root URLconf `include()`s them."
        },
        {
          "id": "d",
          "text": "It matches against the full URL, including domain and query string",
          "why": "Only the path is matched; domain and GET parameters are ignored."
        }
      ],
      "topics": [
        "urls"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/urls/#how-django-processes-a-request"
    },
    {
      "id": "migrations-commands",
      "prompt": "After changing a model, which commands create and then apply the matching database schema change?",
      "answer": "Run `makemigrations` to write a migration file describing the change, then `migrate` to apply it to the database.",
      "explanation": "Migrations work like version control for your schema: `makemigrations` packages model changes into files (like commits) stored in each app's migrations folder, and `migrate` applies or unapplies them. The files are meant to be committed, so every environment runs the same migrations. `sqlmigrate` shows a migration's SQL and `showmigrations` lists what has been applied.",
      "choices": [
        {
          "id": "a",
          "text": "`migrate`, then `makemigrations`",
          "why": "`migrate` only applies migration files that already exist, so it has to come second."
        },
        {
          "id": "b",
          "text": "`syncdb`, then `migrate`",
          "why": "`syncdb` was removed long ago; `makemigrations` creates migration files."
        },
        {
          "id": "c",
          "text": "`sqlmigrate`, then `showmigrations`",
          "why": "These only display SQL and migration status; they change nothing."
        },
        {
          "id": "d",
          "text": "`makemigrations`, then `migrate`",
          "correct": true,
          "why": "Right: one writes the migration file, the other applies it."
        }
      ],
      "topics": [
        "models"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/migrations/#the-commands"
    },
    {
      "id": "built-in-signals",
      "prompt": "Which of these are signals that Django itself sends?",
      "answer": "Django sends `post_save` at the end of `Model.save()`, `m2m_changed` when a many-to-many relation is modified, and `request_finished` when it finishes serving an HTTP request. There is no `post_update` signal.",
      "explanation": "Signals let senders notify any connected receivers that something happened. Receivers are connected with `Signal.connect()` or @receiver, usually in `AppConfig.ready()`. Built-in signals (apart from those in the async request cycle) are sent with `send()`, which calls receivers synchronously, one after another. Bulk operations such as `QuerySet.update()` don't call `save()`, so they send no `pre_save` or `post_save` signals.",
      "choices": [
        {
          "id": "a",
          "text": "`post_update`, sent after `QuerySet.update()` changes rows",
          "why": "No such signal exists, and `update()` sends no save signals at all."
        },
        {
          "id": "b",
          "text": "`post_save`, sent at the end of `Model.save()`",
          "correct": true,
          "why": "A built-in model signal from `django.db.models.signals`."
        },
        {
          "id": "c",
          "text": "`m2m_changed`, sent when a `ManyToManyField` relation is changed",
          "correct": true,
          "why": "Sent by the many-to-many field on add, remove and clear."
        },
        {
          "id": "d",
          "text": "`request_finished`, sent when Django finishes an HTTP request",
          "correct": true,
          "why": "A built-in request/response signal from `django.core.signals`."
        },
        {
          "id": "e",
          "text": "`pre_save`, sent for each object by `QuerySet.bulk_create()`",
          "why": "`bulk_create()` doesn't call `save()`, so it sends no `pre_save` or `post_save` signals."
        }
      ],
      "topics": [
        "signals"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/signals/#post-save",
      "note": "Signals are often praised for 'loose coupling'. Django's docs warn that they only give the appearance of it and can make code hard to follow and debug, so they recommend calling the handling code directly where possible."
    },
    {
      "id": "django-rest-framework",
      "prompt": "What is Django REST framework (DRF) in relation to Django?",
      "answer": "DRF is a separate, third-party package built on top of Django for building Web APIs. It is installed on its own and is not part of Django.",
      "explanation": "DRF adds serializers, viewsets, routers, API authentication classes and a browsable API, and it is maintained outside the Django project. Django itself offers simpler building blocks: `JsonResponse` for returning JSON, and a serialization framework that converts model instances to formats such as JSON or XML. Small APIs can be built with plain Django views; DRF helps when an API grows.",
      "choices": [
        {
          "id": "a",
          "text": "A contrib app that ships with Django as `django.contrib.rest`",
          "why": "There is no such contrib app; DRF is a separate package."
        },
        {
          "id": "b",
          "text": "The REST toolkit that Django's core team maintains alongside Django itself",
          "why": "DRF is maintained by its own project (Encode), not by the Django team."
        },
        {
          "id": "c",
          "text": "A third-party package built on top of Django and installed separately with pip",
          "correct": true,
          "why": "Right: it depends on Django but isn't part of it."
        },
        {
          "id": "d",
          "text": "Something you need to install before a Django view can return JSON",
          "why": "Plain Django views can return JSON with `django.http.JsonResponse`."
        }
      ],
      "topics": [
        "apis"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/serialization/#serializing-data",
      "note": "Interview material often presents DRF (and its `ModelViewSet`) as a Django feature. It is a third-party project; Django's own tools for JSON are `JsonResponse` and the serialization framework."
    },
    {
      "id": "session-storage",
      "prompt": "With Django's default session settings, where is session data stored, and what does the browser's cookie contain?",
      "answer": "By default the data lives in the database (via `django.contrib.sessions`), and the cookie holds only a session key that identifies the row.",
      "explanation": "`SESSION_ENGINE` defaults to the database backend. You can switch to cache, `cached_db` (write-through cache with the database behind it), file, or `signed_cookies` backends. With `signed_cookies` the data itself travels in the cookie: it is signed against tampering but not encrypted, so the client can read it, and it cannot be invalidated on the server at logout.",
      "choices": [
        {
          "id": "a",
          "text": "In the database; the cookie holds only the session key that identifies the row",
          "correct": true,
          "why": "Right: the default `SESSION_ENGINE` is the database backend."
        },
        {
          "id": "b",
          "text": "In the cookie itself, signed with `SECRET_KEY`",
          "why": "That is the opt-in `signed_cookies` backend, not the default."
        },
        {
          "id": "c",
          "text": "In the memory of the worker process that served the first request",
          "why": "Sessions aren't kept in process memory by default; that would break with several workers."
        },
        {
          "id": "d",
          "text": "In the configured cache (Memcached or Redis) by default",
          "why": "Cache-based sessions must be chosen explicitly through `SESSION_ENGINE`."
        }
      ],
      "topics": [
        "sessions",
        "settings"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/sessions/#configuring-the-session-engine",
      "note": "The session framework is often described as always storing data on the server. With the `signed_cookies` backend, the data is stored in the client's cookie (signed, not encrypted)."
    },
    {
      "id": "built-in-security-protections",
      "prompt": "Which of these protections does Django provide out of the box?",
      "answer": "Django protects against SQL injection (parameterized ORM queries), XSS (template auto-escaping) and clickjacking (XFrameOptionsMiddleware). It does not throttle or lock out repeated failed logins.",
      "explanation": "QuerySets build SQL with parameters that the database driver escapes, and templates escape variables unless you mark them safe. `XFrameOptionsMiddleware`, included in the `MIDDLEWARE` list that `startproject` generates, sets the `X-Frame-Options` header; CSRF protection and salted password hashing are built in too. Django's auth docs explicitly list login-attempt throttling as something left to third-party packages, and the `signed_cookies` session backend signs its data but doesn't encrypt it.",
      "choices": [
        {
          "id": "a",
          "text": "SQL injection protection through parameterized QuerySet queries",
          "correct": true,
          "why": "QuerySets pass user values as query parameters, not as raw SQL."
        },
        {
          "id": "b",
          "text": "Auto-escaping of template variables to guard against XSS",
          "correct": true,
          "why": "The template engine escapes output unless you explicitly mark it safe."
        },
        {
          "id": "c",
          "text": "Throttling or account lockout after repeated failed logins",
          "why": "Not built in; Django's docs point to third-party packages for this."
        },
        {
          "id": "d",
          "text": "Clickjacking protection via XFrameOptionsMiddleware",
          "correct": true,
          "why": "It sets the `X-Frame-Options` header and is in the `MIDDLEWARE` list that `startproject` generates."
        },
        {
          "id": "e",
          "text": "Encryption of session data kept in the browser by the `signed_cookies` backend",
          "why": "That backend signs the data against tampering but doesn't encrypt it: the client can read it."
        }
      ],
      "topics": [
        "security"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/security/#sql-injection-protection",
      "note": "Claims that Django protects against brute-force login attacks out of the box are wrong: its auth docs say login throttling isn't provided and point to third-party packages."
    },
    {
      "id": "csrf-protection",
      "prompt": "How do `{% csrf_token %}` and `CsrfViewMiddleware` work together to protect a POST form?",
      "answer": "The `{% csrf_token %}` template tag puts a hidden token field into the form. `CsrfViewMiddleware` then checks that token against the CSRF cookie on unsafe requests (POST, PUT, DELETE...) and rejects mismatches with 403.",
      "explanation": "The middleware sets a CSRF cookie holding a random secret value that other sites can't read, and the template tag writes a masked version of that secret into the form's `csrfmiddlewaretoken` field. On requests other than GET, HEAD, OPTIONS or TRACE, the middleware compares the two and also checks the `Origin` header (or, over HTTPS, the `Referer`). For AJAX, send the token in the `X-CSRFToken` header. Safe methods aren't checked, so GET requests must not change data.",
      "choices": [
        {
          "id": "a",
          "text": "`CsrfViewMiddleware` rewrites outgoing HTML pages and injects the token into each `<form>`",
          "why": "The middleware doesn't edit HTML; you add the token with the template tag."
        },
        {
          "id": "b",
          "text": "The tag adds a hidden token to the form; the middleware validates that token on unsafe requests",
          "correct": true,
          "why": "Right: the template tag inserts it and the middleware checks it."
        },
        {
          "id": "c",
          "text": "The middleware checks the token on each request, including GET",
          "why": "Safe methods such as GET and HEAD are not checked."
        },
        {
          "id": "d",
          "text": "Tokens are needed for AJAX; ordinary forms are protected by the CSRF cookie alone",
          "why": "Ordinary POST forms need `{% csrf_token %}` too; the cookie on its own proves nothing."
        }
      ],
      "topics": [
        "security",
        "middleware",
        "templates"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/csrf/#how-it-works",
      "note": "`CsrfViewMiddleware` is often said to add the token to every outgoing form. It doesn't: the `{% csrf_token %}` tag (or `csrf_input` in Jinja2) puts it into the form, and the middleware sets the cookie and checks the token."
    },
    {
      "id": "auth-built-in-views",
      "prompt": "Which of these views does `django.contrib.auth` ship with?",
      "answer": "`django.contrib.auth` provides views for logging in and out and for changing and resetting passwords, such as `LoginView` and `PasswordResetView`. It has no sign-up view and no login-throttling view.",
      "explanation": "You can include `django.contrib.auth.urls` to get login, logout, password change and password reset views, but you must write the templates yourself. For sign-up, Django provides a `UserCreationForm` that you wire into your own view. The framework also includes users, groups, permissions, pluggable backends and password hashing. For new projects the docs recommend setting up a custom user model from the start.",
      "choices": [
        {
          "id": "a",
          "text": "`SignupView`, a ready-made user registration view",
          "why": "There is no built-in registration view; you build one, e.g. with `UserCreationForm`."
        },
        {
          "id": "b",
          "text": "`PasswordResetView`",
          "correct": true,
          "why": "Part of the built-in password reset flow."
        },
        {
          "id": "c",
          "text": "A view that locks accounts after several failed logins",
          "why": "Login throttling is left to third-party packages."
        },
        {
          "id": "d",
          "text": "`LoginView`",
          "correct": true,
          "why": "The built-in class-based login view."
        }
      ],
      "topics": [
        "auth",
        "views"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/auth/default/#all-authentication-views",
      "note": "Tutorials often say Django's auth system includes \"views for login and registration\". It ships login, logout, password-change and password-reset views, but no registration view; only a `UserCreationForm` to build one."
    },
    {
      "id": "cache-backends",
      "prompt": "Which of these cache backends ship with Django 5.2?",
      "answer": "Built-in backends include Redis, Memcached, database, filesystem, local-memory (the default when `CACHES` isn't configured) and a dummy cache for development. There is no MongoDB backend.",
      "explanation": "You choose a backend in the `CACHES` setting. Caching can then be applied to the whole site with the cache middleware, per view with `cache_page`, per template fragment with `{% cache %}`, or through the low-level cache API. Local-memory caching is per process, so several workers don't share it. Redis or Memcached suit shared production caches.",
      "choices": [
        {
          "id": "a",
          "text": "`RedisCache`",
          "correct": true,
          "why": "`django.core.cache.backends.redis.RedisCache`, built in since Django 4.0."
        },
        {
          "id": "b",
          "text": "`MongoDBCache`",
          "why": "Django ships no MongoDB cache backend; that would be third-party."
        },
        {
          "id": "c",
          "text": "`DatabaseCache`",
          "correct": true,
          "why": "Stores cache entries in a table created with `createcachetable`."
        },
        {
          "id": "d",
          "text": "`LocMemCache`",
          "correct": true,
          "why": "Local-memory caching, used by default when no cache is configured."
        },
        {
          "id": "e",
          "text": "`MemcachedCache`, using the python-memcached library",
          "why": "It was removed in Django 4.1; the Memcached backends are now `PyMemcacheCache` and `PyLibMCCache`."
        }
      ],
      "topics": [
        "caching",
        "performance"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/cache/#setting-up-the-cache"
    },
    {
      "id": "allowed-hosts",
      "prompt": "What does the `ALLOWED_HOSTS` setting do?",
      "answer": "It lists the host/domain names this Django site can serve. `request.get_host()` validates the request's `Host` header against it, which blocks HTTP Host header attacks. It doesn't restrict who can reach the admin, and code that reads `request.META['HTTP_HOST']` directly bypasses the check.",
      "explanation": "If the `Host` header (or `X-Forwarded-Host`, when `USE_X_FORWARDED_HOST` is on) doesn't match an entry, `request.get_host()` raises `DisallowedHost`, a `SuspiciousOperation`, and Django answers 400. `CommonMiddleware` and most of Django call `get_host()`, but the validation only applies through it. To harden the admin, serve it over HTTPS, give staff and superuser status only to people who need it, use fine-grained permissions, and restrict access at the web server or network level if needed.",
      "choices": [
        {
          "id": "a",
          "text": "It limits admin logins to the listed client IP addresses",
          "why": "It checks the requested host name, not the client's IP address."
        },
        {
          "id": "b",
          "text": "It lists the other origins that may send cross-origin (CORS) requests to the site",
          "why": "Django core has no CORS setting; that needs a third-party package."
        },
        {
          "id": "c",
          "text": "It lists the database servers Django may connect to, as a safety net for `DATABASES`",
          "why": "Database hosts are configured in `DATABASES`."
        },
        {
          "id": "d",
          "text": "The host names the site serves, checked against each request's `Host` header by `get_host()`",
          "correct": true,
          "why": "Right: `request.get_host()` validates the header against it, defending against Host header attacks."
        }
      ],
      "topics": [
        "settings",
        "security",
        "admin"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/settings/#allowed-hosts",
      "note": "Advice to \"restrict admin access using ALLOWED_HOSTS\" is wrong: the setting validates the `Host` header against host-header attacks, and only through `request.get_host()`; it doesn't restrict who can use the admin."
    },
    {
      "id": "select-related-vs-prefetch-related",
      "prompt": "What is the key difference between `select_related()` and `prefetch_related()`?",
      "answer": "`select_related()` follows foreign keys and one-to-one relations (including a one-to-one in reverse) with a SQL JOIN in the same query. `prefetch_related()` runs a separate query per relation and joins the results in Python, so it also works for many-to-many and reverse foreign keys.",
      "explanation": "Both fix the \"N+1 queries\" problem, where a loop touches a relation on every object. `select_related()` can only follow relations that return one object, because a JOIN on a multi-valued relation would multiply the rows. `prefetch_related()` handles those and can be fine-tuned with `Prefetch` objects. Either way the related objects are cached on the model instances that the QuerySet returns, not across requests.",
      "choices": [
        {
          "id": "a",
          "text": "`select_related()` JOINs single-valued relations; `prefetch_related()` queries each relation separately",
          "correct": true,
          "why": "Right: that's why `prefetch_related()` also handles many-to-many."
        },
        {
          "id": "b",
          "text": "`select_related()` handles many-to-many; `prefetch_related()` is for `ForeignKey`",
          "why": "It's the reverse: `select_related()` is limited to FK and one-to-one."
        },
        {
          "id": "c",
          "text": "`prefetch_related()` caches results across requests; `select_related()` doesn't",
          "why": "Neither caches across requests: both store the related objects on the fetched model instances."
        },
        {
          "id": "d",
          "text": "Both JOIN in SQL; `prefetch_related()` just delays the JOIN until the relation is first used in a loop",
          "why": "`prefetch_related()` runs a separate query per relation, right away when the QuerySet is evaluated, and joins in Python."
        }
      ],
      "topics": [
        "orm",
        "performance"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-related"
    },
    {
      "id": "context-processors",
      "prompt": "Where do you register a custom context processor so its variables reach your templates?",
      "answer": "Add its dotted path to the '`context_processors`' list in the OPTIONS of a backend in the `TEMPLATES` setting. It is a function that takes the request and returns a dict merged into the template context.",
      "explanation": "Context processors only run when a template is rendered with a request, i.e. with a `RequestContext`. `render()`, `TemplateResponse` and generic views do this for you, but rendering with a plain Context skips them. They run on every such render, so keep them cheap. Django always enables the CSRF processor, whatever the list says.",
      "choices": [
        {
          "id": "a",
          "text": "In a top-level `CONTEXT_PROCESSORS` setting",
          "why": "No such standalone setting exists; the list lives inside `TEMPLATES`."
        },
        {
          "id": "b",
          "text": "In `MIDDLEWARE`, because a context processor has to run on each request that renders a template",
          "why": "Middleware and context processors are separate mechanisms."
        },
        {
          "id": "c",
          "text": "In the '`context_processors`' list in OPTIONS of the `TEMPLATES` setting",
          "correct": true,
          "why": "Right: it is an option of the template engine."
        },
        {
          "id": "d",
          "text": "Nowhere: functions in an app's `context_processors.py` are auto-discovered",
          "why": "Django doesn't auto-discover them; they must be listed."
        }
      ],
      "topics": [
        "templates",
        "settings"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/templates/api/#writing-your-own-context-processors",
      "note": "There is no standalone '`context_processors`' setting (the old `TEMPLATE_CONTEXT_PROCESSORS` setting is gone). The list is an option of the template backend in `TEMPLATES`, and it only applies when rendering with a request."
    },
    {
      "id": "generic-editing-views",
      "prompt": "Which of these generic class-based views come with Django itself?",
      "answer": "Django's generic editing views include `CreateView`, `UpdateView` and `DeleteView` (plus `FormView`). `ModelViewSet` is not Django's: it comes from Django REST framework.",
      "explanation": "`CreateView` and `UpdateView` display a model form, redisplay it with errors, and save the object. `DeleteView` shows a confirmation and deletes on POST. Together with `ListView` and `DetailView` they cover typical CRUD pages, but you still list their URLs in your URLconf yourself. In DRF, it's a router, not the viewset itself, that generates URL patterns for a `ModelViewSet`.",
      "choices": [
        {
          "id": "a",
          "text": "`CreateView`",
          "correct": true,
          "why": "A built-in generic editing view in `django.views.generic`."
        },
        {
          "id": "b",
          "text": "`UpdateView`",
          "correct": true,
          "why": "A built-in generic editing view in `django.views.generic`."
        },
        {
          "id": "c",
          "text": "`DeleteView`",
          "correct": true,
          "why": "A built-in generic editing view in `django.views.generic`."
        },
        {
          "id": "d",
          "text": "`ModelViewSet`",
          "why": "This belongs to Django REST framework, a third-party package."
        },
        {
          "id": "e",
          "text": "`ListCreateAPIView`",
          "why": "A generic view from Django REST framework, not from `django.views.generic`."
        }
      ],
      "topics": [
        "views"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/class-based-views/generic-editing/#createview",
      "note": "`ModelViewSet` is sometimes presented as a Django class. It's part of the third-party Django REST framework, and the URL patterns for it come from a DRF router, not from the viewset itself."
    },
    {
      "id": "static-files-production",
      "prompt": "How are static files meant to be served when a Django site is in production?",
      "answer": "Run `collectstatic` to copy all static files into `STATIC_ROOT`, then serve that directory with a web server or a CDN rather than with Django.",
      "explanation": "In development, `django.contrib.staticfiles` makes `runserver` serve static files automatically, but only while `DEBUG` is True. The docs call that method grossly inefficient and probably insecure. In templates, `{% static %}` builds the URLs from `STATIC_URL`. In production, `collectstatic` gathers files from every app's static folder and `STATICFILES_DIRS` into `STATIC_ROOT`, where a dedicated server can deliver them.",
      "choices": [
        {
          "id": "a",
          "text": "`runserver` keeps serving them even with `DEBUG = False`",
          "why": "Automatic serving is a development convenience tied to `DEBUG = True`."
        },
        {
          "id": "b",
          "text": "Run `collectstatic` into `STATIC_ROOT` and serve that folder from a web server or CDN",
          "correct": true,
          "why": "Right: Django collects the files; something else serves them."
        },
        {
          "id": "c",
          "text": "Leave `DEBUG = True` in production so staticfiles can serve them",
          "why": "`DEBUG` must be off in production; it leaks sensitive information."
        },
        {
          "id": "d",
          "text": "Django serves them itself through `django.contrib.staticfiles`, as long as `collectstatic` has run",
          "why": "`staticfiles` serves files only through `runserver` with `DEBUG = True`; in production a web server or CDN serves `STATIC_ROOT`."
        }
      ],
      "topics": [
        "deployment"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/howto/static-files/deployment/#serving-static-files-in-production"
    },
    {
      "id": "gunicorn",
      "prompt": "What is Gunicorn's relationship to Django?",
      "answer": "Gunicorn ('Green Unicorn') is a third-party, pure-Python WSGI HTTP server. You install it separately and point it at your project's WSGI module, e.g. gunicorn `myproject.wsgi`.",
      "explanation": "Django's deployment docs show how to run a project under WSGI servers such as Gunicorn, uWSGI or Apache with `mod_wsgi`. For ASGI there are servers such as Daphne, Hypercorn and Uvicorn. Gunicorn isn't shipped with Django. `runserver` is for development only and isn't meant for production.",
      "choices": [
        {
          "id": "a",
          "text": "Django's built-in production server, started with `manage.py` `runserver`",
          "why": "`runserver` is Django's development server, and it isn't Gunicorn."
        },
        {
          "id": "b",
          "text": "The WSGI server that `manage.py runserver` starts once `DEBUG` is set to `False`",
          "why": "`runserver` is Django's own development server whatever `DEBUG` says; Gunicorn is installed and started separately."
        },
        {
          "id": "c",
          "text": "The ASGI server bundled with Django since 3.0, which runs the `asgi.py` that `startproject` writes",
          "why": "Django bundles no production server; Gunicorn is separate."
        },
        {
          "id": "d",
          "text": "A third-party WSGI server, installed separately with pip and pointed at your project's `wsgi.py` module",
          "correct": true,
          "why": "Right: it runs your project's WSGI application object."
        }
      ],
      "topics": [
        "deployment"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/gunicorn/#running-django-in-gunicorn-as-a-generic-wsgi-application",
      "note": "Gunicorn is sometimes called 'Django's Gunicorn'. It is an independent WSGI server that can run any WSGI application; Django only documents how to deploy with it."
    },
    {
      "id": "celery-on-commit",
      "prompt": "How do you make sure a Celery task queued inside `transaction.atomic()` runs only after the new rows are committed?",
      "answer": "Queue the task from `transaction.on_commit()`, e.g. `transaction.on_commit(lambda: send_receipt.delay(order.pk))`. Django then calls it only after the transaction commits, and drops it if the transaction rolls back.",
      "explanation": "A background worker uses its own database connection, so it can't see rows that haven't been committed yet, and it may also act on data that later gets rolled back. `on_commit()` defers the callback until the outermost atomic block commits. If there's no active transaction it runs at once. Celery itself is a separate task-queue project, not part of Django.",
      "choices": [
        {
          "id": "a",
          "text": "Wrap the enqueue call in `transaction.on_commit()`",
          "correct": true,
          "why": "Right: the callback runs only after a successful commit."
        },
        {
          "id": "b",
          "text": "Queue the task from a `post_save` signal receiver instead",
          "why": "`post_save` fires inside the same open transaction, so the race remains."
        },
        {
          "id": "c",
          "text": "Set `ATOMIC_REQUESTS = True` for the database",
          "why": "That wraps the whole view in a transaction; the task can still start before commit."
        },
        {
          "id": "d",
          "text": "Load the order with `select_for_update()` before queueing",
          "why": "Row locking doesn't delay the task until the data is committed."
        }
      ],
      "topics": [
        "transactions",
        "orm"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/transactions/#performing-actions-after-commit",
      "note": "Celery is often called 'Django's Celery'. It is a separate, third-party task queue; Django's part is `transaction.on_commit()`, used to queue tasks safely."
    },
    {
      "id": "request-factory",
      "prompt": "When you unit-test a view with `RequestFactory`, what do you have to handle yourself?",
      "answer": "`RequestFactory` builds a request you pass straight to the view, without URL routing or middleware. Anything middleware would normally add, such as `request.user` or `request.session`, you must set yourself.",
      "explanation": "`RequestFactory` mirrors the test client's request methods (`get()`, `post()` and so on), but it only produces the request object. You call the view function, or `MyView.as_view()`, with it and inspect the returned response. That makes the view easy to test as a black box, but no session, authentication or message middleware has run.",
      "choices": [
        {
          "id": "a",
          "text": "Start the development server, since `RequestFactory` sends real HTTP requests",
          "why": "It makes no network requests; it builds real request objects in memory."
        },
        {
          "id": "b",
          "text": "No setup: it runs the full middleware stack, just like the test client",
          "why": "Middleware does not run for `RequestFactory` requests."
        },
        {
          "id": "c",
          "text": "Attributes middleware would add, such as `request.user` or `request.session`",
          "correct": true,
          "why": "Right: since middleware is skipped, the test must supply them."
        },
        {
          "id": "d",
          "text": "A database-free test class: factory-built requests are meant for `SimpleTestCase`",
          "why": "RequestFactory works in any test class, including `TestCase` with database access."
        }
      ],
      "topics": [
        "testing"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/testing/advanced/#the-request-factory",
      "note": "RequestFactory is often said to create \"mock request objects\". They are real request objects (`WSGIRequest`, the class Django's WSGI handler uses); what the factory skips is URL resolution and middleware. \"Without making actual HTTP calls\" doesn't set it apart either: the test Client opens no network connections."
    },
    {
      "id": "form-cleaned-data",
      "prompt": "After binding a Form to `request.POST`, how do you get the validated, converted input?",
      "answer": "Call `form.is_valid()`; if it returns True, read the values from `form.cleaned_data`, which holds validated data converted to Python types.",
      "explanation": "A Form class declares fields in Python, and Django uses it to render the HTML inputs, validate submitted data and report errors per field. `is_valid()` runs every field's cleaning and validation plus the form's `clean()`. The raw submitted values stay in `form.data`, so use `cleaned_data`, where an `IntegerField` gives you an int and a `DateField` a date. If the data doesn't validate, `cleaned_data` still exists but holds only the fields that validated.",
      "choices": [
        {
          "id": "a",
          "text": "Read `request.POST` directly; Form classes are for rendering HTML",
          "why": "Forms also validate and convert data; raw POST values skip that."
        },
        {
          "id": "b",
          "text": "Call `form.is_valid()` and, if it returns True, read the values from `form.cleaned_data`",
          "correct": true,
          "why": "Right: after a successful `is_valid()`, `cleaned_data` holds every field's converted value. (On invalid data it holds only the fields that validated.)"
        },
        {
          "id": "c",
          "text": "Read `form.data`, which is replaced by cleaned values after validation",
          "why": "`form.data` keeps the raw submitted values."
        },
        {
          "id": "d",
          "text": "Call `form.save()`; a Form writes its data to the database",
          "why": "Only `ModelForm` has `save()`; a plain Form doesn't."
        }
      ],
      "topics": [
        "forms"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/forms/#the-form-class"
    },
    {
      "id": "class-based-view-as-view",
      "prompt": "How do you hook a class-based view called `AboutView` into a URLconf?",
      "answer": "Use `AboutView.as_view()`, e.g. `path('about/', AboutView.as_view())`. `as_view()` returns a function the URL resolver can call.",
      "explanation": "The URL resolver expects a callable, not a class. For each request, the function made by `as_view()` creates a fresh instance, calls `setup()` and then `dispatch()`. `dispatch()` sends the request to `get()`, `post()` and so on, and returns 405 Method Not Allowed for methods the class doesn't define. Keyword arguments given to `as_view()` override class attributes.",
      "choices": [
        {
          "id": "a",
          "text": "`path('about/', AboutView.as_view())`",
          "correct": true,
          "why": "Right: `as_view()` turns the class into a view function."
        },
        {
          "id": "b",
          "text": "`path('about/', AboutView)`",
          "why": "The class isn't a view function; calling it with a request fails, so use `as_view()`."
        },
        {
          "id": "c",
          "text": "`path('about/', AboutView().dispatch)`",
          "why": "That shares one instance across requests and skips `as_view()`'s setup."
        },
        {
          "id": "d",
          "text": "`path('about/', AboutView.get)`",
          "why": "That bypasses `dispatch()` and handles only GET, without an instance."
        }
      ],
      "topics": [
        "views",
        "urls"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/class-based-views/intro/#using-class-based-views"
    },
    {
      "id": "url-reversing",
      "prompt": "Given `path('articles/<int:pk>/', views.detail, name='article-detail')`, how do you build article 7's URL in Python code?",
      "answer": "Use `reverse('article-detail', args=[7])` or `reverse('article-detail', kwargs={'pk': 7})`. In templates, the equivalent is `{% url 'article-detail' 7 %}`.",
      "explanation": "Reversing keeps the URLconf as the single place where URL design lives, so changing a route doesn't mean hunting for hard-coded strings. `reverse()` looks up the named pattern and fills in the arguments. `reverse_lazy()` does the same thing lazily, for use before the URLconf is loaded, for example in class attributes or decorator arguments. In Django 5.2, `reverse()` also accepts query and fragment arguments.",
      "choices": [
        {
          "id": "a",
          "text": "`resolve('article-detail', 7)`",
          "why": "`resolve()` goes the other way: from a path to the matching view."
        },
        {
          "id": "b",
          "text": "`redirect('article-detail', 7)`, which returns the URL as a string",
          "why": "`redirect()` returns an `HttpResponseRedirect`, not a string; `reverse()` builds the URL."
        },
        {
          "id": "c",
          "text": "Hard-code `'/articles/7/'`; reversing is meant for templates",
          "why": "`reverse()` exists precisely to avoid hard-coded URLs in Python code."
        },
        {
          "id": "d",
          "text": "`reverse('article-detail', args=[7])`",
          "correct": true,
          "why": "Right: it builds the URL from the pattern's name and arguments."
        }
      ],
      "topics": [
        "urls"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/urlresolvers/#reverse"
    },
    {
      "id": "json-response",
      "prompt": "Which class does Django provide for returning a JSON response from a view?",
      "answer": "`django.http.JsonResponse`, an `HttpResponse` subclass that serializes its data to JSON and sets Content-Type to application/json.",
      "explanation": "`JsonResponse` encodes with `DjangoJSONEncoder`, which also handles dates, decimals and UUIDs. By default the top-level data must be a dict; pass safe=False to send a list or other JSON-serializable value. For JSON from class-based views, you can write a small mixin that returns `JsonResponse`. Django's docs show one as an example, but it isn't something Django ships.",
      "choices": [
        {
          "id": "a",
          "text": "`django.views.generic.JSONResponseMixin`",
          "why": "Django ships no such class; the docs only show it as an example mixin to write yourself."
        },
        {
          "id": "b",
          "text": "`django.http.HttpResponseJSON`",
          "why": "This class doesn't exist."
        },
        {
          "id": "c",
          "text": "`django.http.JsonResponse`",
          "correct": true,
          "why": "Right: the built-in JSON response class."
        },
        {
          "id": "d",
          "text": "`django.core.serializers.JsonView`",
          "why": "There is no `JsonView`; `django.core.serializers` converts models to data formats."
        }
      ],
      "topics": [
        "apis",
        "views"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/request-response/#jsonresponse-objects",
      "note": "JSONResponseMixin isn't a Django class. It's a sample mixin in the 'Using mixins with class-based views' docs. What Django actually ships is `django.http.JsonResponse`."
    },
    {
      "id": "django-testcase",
      "prompt": "Which of these are true of `django.test.TestCase`?",
      "answer": "It wraps each test in an atomic block that is rolled back afterwards, and it gives every test a fresh test client as `self.client`. Tests run against a separate test database that Django creates, never your real one.",
      "explanation": "Django's testing tools build on Python's standard unittest module, and `manage.py` test discovers and runs tests (pytest can also be used through a plugin). `TestCase` adds transaction-based isolation, `setUpTestData()` for class-level fixtures, fixture loading and extra assertions. Use `TransactionTestCase` to test real commit behaviour, and `SimpleTestCase` when no database is needed.",
      "choices": [
        {
          "id": "a",
          "text": "It runs against the database in `DATABASES` directly, without a test copy",
          "why": "Django creates separate, blank test databases for the test run."
        },
        {
          "id": "b",
          "text": "Each test runs inside an atomic block that's rolled back afterwards",
          "correct": true,
          "why": "That's how it isolates tests from each other cheaply."
        },
        {
          "id": "c",
          "text": "Each test gets a fresh Django test client as `self.client`",
          "correct": true,
          "why": "The client is recreated for each test, so cookies don't leak between tests."
        },
        {
          "id": "d",
          "text": "Each test method gets its own newly created test database, dropped afterwards",
          "why": "The test database is created once for the whole run; `TestCase` isolates tests by rolling back a transaction around each one."
        }
      ],
      "topics": [
        "testing"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/testing/tools/#testcase"
    },
    {
      "id": "password-hashing",
      "prompt": "By default, how does Django store a user's password in the database?",
      "answer": "As a salted, one-way PBKDF2-SHA256 hash, stored as `<algorithm>$<iterations>$<salt>$<hash>`. The raw password is never stored.",
      "explanation": "The first hasher in `PASSWORD_HASHERS` hashes new passwords, and the others can still verify older hashes. When a user logs in with a hash made by an older algorithm or a lower work factor, Django upgrades it. The Argon2 and bcrypt hashers need the `argon2-cffi` and `bcrypt` packages installed (scrypt needs none); to use one, put it first in `PASSWORD_HASHERS`. Because the hash is one-way, lost passwords must be reset, never recovered.",
      "choices": [
        {
          "id": "a",
          "text": "Encrypted with `SECRET_KEY` so it can be decrypted for password reminders",
          "why": "Passwords are hashed one-way, not encrypted, and can't be decrypted."
        },
        {
          "id": "b",
          "text": "As a salted PBKDF2-SHA256 hash, `<algorithm>$<iterations>$<salt>$<hash>`",
          "correct": true,
          "why": "Right: PBKDF2 with SHA256 is the default hasher."
        },
        {
          "id": "c",
          "text": "As a single unsalted SHA-256 digest",
          "why": "Django salts and stretches hashes with many iterations."
        },
        {
          "id": "d",
          "text": "Hashed with Argon2, which Django switches to by default once `argon2-cffi` is installed",
          "why": "Argon2 is supported, but PBKDF2 stays first in the default `PASSWORD_HASHERS`; to use Argon2, install `argon2-cffi` and move its hasher to the top."
        }
      ],
      "topics": [
        "auth",
        "security"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/auth/passwords/#how-django-stores-passwords"
    },
    {
      "id": "middleware-mixin",
      "prompt": "What does `django.utils.deprecation.MiddlewareMixin` actually do?",
      "answer": "It's a base class that lets a middleware written with `process_request()` and `process_response()` hooks work under the `MIDDLEWARE` setting. It supplies `__init__(get_response)` and a `__call__()` that runs those hooks around the rest of the chain.",
      "explanation": "The mixin was added to help port pre-Django 1.10 middleware to the new `get_response` style, and it supports both sync and async requests. Its `__call__()` runs `process_request()`, then `get_response()`, then `process_response()`. It doesn't combine middleware or attach them to particular views. To use middleware on a single view, `django.utils.decorators.decorator_from_middleware()` turns a middleware class into a view decorator.",
      "choices": [
        {
          "id": "a",
          "text": "Lets you attach middleware to chosen views by mixing it into a class-based view",
          "why": "Per-view use is done with `decorator_from_middleware()`, not this mixin."
        },
        {
          "id": "b",
          "text": "Combines several middleware classes into one `MIDDLEWARE` entry that shares a single `get_response()`",
          "why": "Each middleware is still listed separately in `MIDDLEWARE`."
        },
        {
          "id": "c",
          "text": "Marks a middleware as async, so that synchronous requests skip it",
          "why": "The mixin supports both sync and async requests."
        },
        {
          "id": "d",
          "text": "A base class that adapts hook-style middleware (`process_request()` etc.) to `MIDDLEWARE`",
          "correct": true,
          "why": "Right: it adapts hook-style middleware to the `get_response` protocol."
        }
      ],
      "topics": [
        "middleware"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/middleware/#upgrading-pre-django-1-10-style-middleware",
      "note": "'Middleware mixins' are sometimes described as reusable middleware pieces you can apply to specific views. Django's `MiddlewareMixin` is a compatibility base class for hook-style middleware; per-view use needs `decorator_from_middleware()`."
    },
    {
      "id": "null-vs-blank",
      "prompt": "On a model field, what is the difference between `null=True` and `blank=True`?",
      "answer": "`null=True` lets the database column store NULL; `blank=True` lets forms and model validation accept an empty value. One is about the database, the other about validation.",
      "explanation": "Both default to `False` and are independent. For string-based fields such as `CharField` and `TextField`, the docs advise against `null=True`, so that \"no data\" has one representation, the empty string, not two (an exception is a `CharField` with both `unique=True` and `blank=True`, which needs `null=True`). An optional non-string field, such as a `DateField` that may be left empty in a form, typically needs both.",
      "choices": [
        {
          "id": "a",
          "text": "`null` is about the database column; `blank` is about form and model validation",
          "correct": true,
          "why": "Right: `null` controls NULL in the column, `blank` whether validation accepts an empty value."
        },
        {
          "id": "b",
          "text": "They are the same flag: setting either one makes the field optional in forms and the database",
          "why": "They are independent: `null=True` alone still makes the field required in forms."
        },
        {
          "id": "c",
          "text": "`blank=True` stores an empty string in the database; `null=True` affects the admin",
          "why": "`blank` is about validation, not what is stored, and `null` is about the database."
        },
        {
          "id": "d",
          "text": "`null=True` is the usual way to make a `CharField` optional in forms",
          "why": "The docs advise against `null=True` on string fields; `blank=True` makes a field optional in forms."
        }
      ],
      "topics": [
        "models",
        "forms"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/fields/#null",
      "note": "A common belief is that `null=True` makes a field optional in forms. It doesn't: form and model validation follow `blank`."
    },
    {
      "id": "on-delete-protect",
      "prompt": "Given these models, what happens on `author.delete()` for an author who still has books?\n\n```python\nclass Author(models.Model):\n    name = models.CharField(max_length=100)\n\nclass Book(models.Model):\n    author = models.ForeignKey(Author, on_delete=models.PROTECT)\n```",
      "answer": "Django raises `ProtectedError` (a subclass of `IntegrityError`) and deletes nothing: `PROTECT` refuses to delete an object that is still referenced.",
      "explanation": "`on_delete` is a required argument of every `ForeignKey`; it decides what happens to the referencing rows when the referenced object is deleted. `CASCADE` deletes them too, `PROTECT` and `RESTRICT` refuse, `SET_NULL` (with `null=True`) and `SET_DEFAULT` change the key, and `DO_NOTHING` leaves it to the database. In Django 5.2 these behaviours are emulated by Django; `on_delete` doesn't create an SQL `ON DELETE` constraint.",
      "choices": [
        {
          "id": "a",
          "text": "Django raises `ProtectedError`, and neither the author nor any book is deleted",
          "correct": true,
          "why": "Right: `PROTECT` prevents deleting a referenced object."
        },
        {
          "id": "b",
          "text": "The author is deleted and each book's `author_id` is set to NULL",
          "why": "That is `SET_NULL`, which also needs `null=True` on the field."
        },
        {
          "id": "c",
          "text": "The author and their books are deleted together in one transaction",
          "why": "That is `CASCADE`."
        },
        {
          "id": "d",
          "text": "The author is deleted; the books keep a dangling `author_id` until the next migration",
          "why": "Leaving the reference to the database is `DO_NOTHING`, and migrations never repair data."
        }
      ],
      "topics": [
        "models",
        "orm"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/fields/#django.db.models.ForeignKey.on_delete",
      "note": "Old answers say deleting a parent deletes its children. That was the implicit default before Django 2.0; `on_delete` is now required and `CASCADE` is only one choice."
    },
    {
      "id": "f-expression-update",
      "prompt": "What does this code do?\n\n```python\nfrom django.db.models import F\n\nproduct = Product.objects.get(pk=1)\nproduct.stock = F('stock') - 1\nproduct.save()\n```",
      "answer": "It makes the database decrement the column (`UPDATE … SET stock = stock - 1`) instead of writing a number computed in Python, so two requests running it at once can't overwrite each other's change. After `save()`, `product.stock` holds the expression, not a number, until you call `refresh_from_db()`.",
      "explanation": "An `F()` object refers to a field's value in the database. Django never loads that value into Python: it puts the arithmetic into the SQL. That avoids the race where two processes read the same stock, subtract one and both write back the same result. An `F()` assignment persists after `save()`, so saving the same instance again would apply the decrement again. `QuerySet.update(stock=F('stock') - 1)` does the same for many rows in one query.",
      "choices": [
        {
          "id": "a",
          "text": "It reads `stock` into Python, subtracts one and saves the new number, like `product.stock -= 1`",
          "why": "That is what `product.stock -= 1` does; `F()` keeps the arithmetic in SQL."
        },
        {
          "id": "b",
          "text": "It makes the database compute `stock - 1` in the UPDATE, so concurrent requests can't overwrite each other",
          "correct": true,
          "why": "Right: the arithmetic happens in the UPDATE statement."
        },
        {
          "id": "c",
          "text": "It raises `TypeError`, since a model field can't be assigned an expression",
          "why": "Assigning an `F()` expression to a field is supported."
        },
        {
          "id": "d",
          "text": "It locks the row until the transaction ends, as `select_for_update()` does",
          "why": "`F()` takes no lock; it only moves the computation into the UPDATE."
        }
      ],
      "topics": [
        "orm",
        "transactions"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/expressions/#f-expressions",
      "note": "`F()` is often described as a faster `+=`. Its point is correctness under concurrency, and after `save()` the attribute holds an expression until `refresh_from_db()`."
    },
    {
      "id": "q-objects",
      "prompt": "Which rows does this query return?\n\n```python\nfrom django.db.models import Q\n\nEntry.objects.filter(\n    Q(headline__startswith='Who') | ~Q(pub_date__year=2005)\n)\n```",
      "answer": "Entries whose headline starts with \"Who\", or that were not published in 2005: `|` combines the `Q` objects with OR and `~` negates one.",
      "explanation": "Keyword arguments to `filter()` are ANDed, and chaining `filter()` calls ANDs them too. `Q` objects let you build OR (`|`), AND (`&`), XOR (`^`) and NOT (`~`) conditions. They can be mixed with keyword arguments in one call as long as the `Q` objects come first.",
      "choices": [
        {
          "id": "a",
          "text": "Entries whose headline starts with \"Who\" and that weren't published in 2005",
          "why": "That would be `&`; `|` is OR."
        },
        {
          "id": "b",
          "text": "Entries published in 2005 whose headline starts with \"Who\"",
          "why": "This reads `|` as AND and ignores the `~`, which negates the year condition."
        },
        {
          "id": "c",
          "text": "Entries with a headline starting with \"Who\", or not published in 2005",
          "correct": true,
          "why": "Right: `|` is OR and `~` is NOT."
        },
        {
          "id": "d",
          "text": "It raises an error: an OR condition needs two `filter()` calls, chained one after the other",
          "why": "Chained `filter()` calls are ANDed; `Q` objects are how you express OR."
        }
      ],
      "topics": [
        "orm"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/queries/#complex-lookups-with-q-objects"
    },
    {
      "id": "aggregate-vs-annotate",
      "prompt": "What do these two lines return?\n\n```python\nfrom django.db.models import Avg, Count\n\nBook.objects.aggregate(Avg('price'))\nPublisher.objects.annotate(num_books=Count('book'))\n```",
      "answer": "`aggregate()` ends the QuerySet and returns a dict such as `{'price__avg': 34.35}`. `annotate()` returns a QuerySet of publishers, each with an extra `num_books` attribute.",
      "explanation": "Use `aggregate()` for one summary over the whole QuerySet and `annotate()` for a value per object. `aggregate()` is a terminal clause: it returns a dictionary, not a QuerySet, and its keys default to `<field>__<function>` unless you name them, as in `aggregate(average=Avg('price'))`. `annotate()` can be followed by `filter()` or `order_by()` on the new value.",
      "choices": [
        {
          "id": "a",
          "text": "Two QuerySets: `aggregate()` adds `price__avg` to each book and `annotate()` counts the publishers",
          "why": "`aggregate()` returns a dict, and `annotate()` adds a value to each publisher."
        },
        {
          "id": "b",
          "text": "A number (the average price), then one number: the total count of books",
          "why": "`aggregate()` returns a dict, and `annotate()` works per object."
        },
        {
          "id": "c",
          "text": "A dict, then a dict: both are terminal and return `{name: value}` summaries",
          "why": "Only `aggregate()` is terminal; `annotate()` returns a QuerySet."
        },
        {
          "id": "d",
          "text": "A dict like `{'price__avg': …}`, then publishers each carrying `num_books`",
          "correct": true,
          "why": "Right: one summary dict, then a per-object annotation."
        }
      ],
      "topics": [
        "orm"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/aggregation/#generating-aggregates-over-a-queryset"
    },
    {
      "id": "atomic-nested-savepoint",
      "prompt": "`Order.number` is unique. Which orders exist after this code runs?\n\n```python\nfrom django.db import IntegrityError, transaction\n\nwith transaction.atomic():\n    Order.objects.create(number=1)\n    try:\n        with transaction.atomic():\n            Order.objects.create(number=1)  # violates the unique constraint\n    except IntegrityError:\n        pass\n    Order.objects.create(number=2)\n```",
      "answer": "Orders 1 and 2. The inner `atomic()` block is a savepoint: the failing insert is rolled back to it, the exception is caught outside the inner block, and the outer transaction carries on and commits.",
      "explanation": "Nested `atomic()` blocks create savepoints, and catching the error around the inner block, as here, is the pattern the docs recommend. Catching a database error inside an `atomic()` block without its own savepoint would leave the transaction broken: the next query raises `TransactionManagementError`, and the block rolls back when it exits. Only the outermost block commits.",
      "choices": [
        {
          "id": "a",
          "text": "Orders 1 and 2",
          "correct": true,
          "why": "Right: the inner block rolled back to its savepoint and the outer one committed."
        },
        {
          "id": "b",
          "text": "None: any error inside `atomic()` rolls back the whole outer transaction",
          "why": "Only back to the inner savepoint, because the exception was caught outside the inner block."
        },
        {
          "id": "c",
          "text": "Only order 1, because after an `IntegrityError` the transaction accepts no further queries",
          "why": "That happens if you catch the error inside a block with no savepoint; here the inner block rolled back to its own savepoint."
        },
        {
          "id": "d",
          "text": "Order 1 twice and order 2, since the inner block commits on its own first",
          "why": "The unique constraint rejects the second insert, and inner blocks never commit on their own."
        }
      ],
      "topics": [
        "transactions",
        "orm"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/transactions/#controlling-transactions-explicitly",
      "note": "Nested `atomic()` blocks are often thought of as independent transactions that commit when they exit. Only the outermost block commits; inner blocks are savepoints, rolled back with the outer block if it fails."
    },
    {
      "id": "select-for-update",
      "prompt": "On PostgreSQL, in autocommit mode (no `atomic()`, `ATOMIC_REQUESTS` off), what happens when this runs?\n\n```python\ndef withdraw(account_id, amount):\n    account = Account.objects.select_for_update().get(pk=account_id)\n    account.balance -= amount\n    account.save()\n```",
      "answer": "`get()` raises `TransactionManagementError`: evaluating a `select_for_update()` QuerySet in autocommit mode is an error, because there would be no transaction to hold the lock. Wrap the function in `transaction.atomic()`, and the row stays locked until that transaction ends.",
      "explanation": "`select_for_update()` adds `SELECT … FOR UPDATE`, which locks the matching rows until the end of the transaction, so a concurrent `withdraw()` waits instead of reading a stale balance. On backends that don't support it, such as SQLite, it has no effect. Related rows are locked too when you combine it with `select_related()`, unless you pass `of=`.",
      "choices": [
        {
          "id": "a",
          "text": "The row stays locked until the function returns, so concurrent withdrawals wait",
          "why": "Without a transaction there is nothing to hold the lock; Django raises an error instead."
        },
        {
          "id": "b",
          "text": "It raises `TransactionManagementError`, because there is no transaction that could hold the row's lock",
          "correct": true,
          "why": "Right: `select_for_update()` needs an `atomic()` block."
        },
        {
          "id": "c",
          "text": "It works: Django opens a transaction for that one query and releases the lock when the query ends",
          "why": "Django refuses rather than taking a lock it would release at once."
        },
        {
          "id": "d",
          "text": "It locks the whole `Account` table until the next `save()` on any account",
          "why": "`SELECT … FOR UPDATE` locks the selected rows, and only inside a transaction."
        }
      ],
      "topics": [
        "transactions",
        "orm"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#select-for-update",
      "note": "`select_for_update()` is sometimes thought to lock rows on its own. The lock lasts only as long as the transaction, and outside one Django raises `TransactionManagementError`."
    },
    {
      "id": "custom-user-model",
      "prompt": "You are starting a new project and may need extra fields on users later. What do Django's docs recommend?",
      "answer": "Set up a custom user model from the start, even if the default one is enough for now: subclass `AbstractUser`, point `AUTH_USER_MODEL` at it before the first migration, and refer to it through `settings.AUTH_USER_MODEL` or `get_user_model()`.",
      "explanation": "Changing `AUTH_USER_MODEL` after the tables exist is hard: foreign keys and many-to-many relations depend on it, and migrations can't switch it for you. A custom model that behaves like the default costs nothing and leaves room to add fields later. Data about a user that isn't about authentication can also live in a separate model with a one-to-one link to the user.",
      "choices": [
        {
          "id": "a",
          "text": "Keep the default `User` and change `AUTH_USER_MODEL` later; `makemigrations` takes care of the switch",
          "why": "Changing it mid-project needs manual schema work; `makemigrations` can't do it for you."
        },
        {
          "id": "b",
          "text": "Add the new fields to `User` with a migration in one of your own apps",
          "why": "`User` belongs to `django.contrib.auth`; a custom user model, or a one-to-one profile model, is the supported way to add fields."
        },
        {
          "id": "c",
          "text": "Start with a custom user model (e.g. an `AbstractUser` subclass) in `AUTH_USER_MODEL`",
          "correct": true,
          "why": "Right: the docs recommend this for every new project."
        },
        {
          "id": "d",
          "text": "Import `User` directly everywhere, so that swapping the model later is a one-line change",
          "why": "Code should use `get_user_model()` or `settings.AUTH_USER_MODEL`, precisely so it doesn't depend on a concrete class."
        }
      ],
      "topics": [
        "auth",
        "models"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/auth/customizing/#using-a-custom-user-model-when-starting-a-project",
      "note": "A common belief is that you can switch to a custom user model whenever you need one. The docs recommend doing it when the project starts, because switching after the first migration requires manual schema changes."
    },
    {
      "id": "permissions-has-perm",
      "prompt": "With `django.contrib.auth` installed, a `blog` app has an `Article` model. Which check asks whether `user` may edit articles?",
      "answer": "`user.has_perm('blog.change_article')`. When you run `migrate`, Django creates add, change, delete and view permissions for each model, named `<app_label>.<action>_<model_name>`.",
      "explanation": "Permissions can be given to users directly or through groups, and `has_perm()` checks both. It always returns `True` for an active superuser and `False` for an inactive user. The admin uses the same permissions. Built-in permissions are per model, not per object, unless an authentication backend adds object-level checks.",
      "choices": [
        {
          "id": "a",
          "text": "`user.has_perm('Article.edit')`",
          "why": "The name is `<app_label>.<codename>`, and the built-in action is \"change\", not \"edit\"."
        },
        {
          "id": "b",
          "text": "`user.is_staff`",
          "why": "`is_staff` only lets a user log into the admin; it grants no model permissions."
        },
        {
          "id": "c",
          "text": "`user.has_perm('change_article')`, since codenames are unique across apps",
          "why": "Without the app label it never matches: `has_perm()` expects `'app_label.codename'`."
        },
        {
          "id": "d",
          "text": "`user.has_perm('blog.change_article')`",
          "correct": true,
          "why": "Right: app label, then the codename `change_article`."
        }
      ],
      "topics": [
        "auth"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/auth/default/#default-permissions",
      "note": "`is_staff` is often mistaken for permission to edit data. It only controls access to the admin site; what a staff user may do there depends on their permissions."
    },
    {
      "id": "login-required",
      "prompt": "What happens when a visitor who isn't logged in requests `/profile/`?\n\n```python\nfrom django.contrib.auth.decorators import login_required\n\n@login_required\ndef profile(request):\n    ...\n```",
      "answer": "They are redirected to `settings.LOGIN_URL` with the requested path in the query string, e.g. `/accounts/login/?next=/profile/`. A logged-in user gets the view as usual.",
      "explanation": "The decorator checks `request.user.is_authenticated`. `LOGIN_URL` defaults to `/accounts/login/`, and the `next` parameter lets the login view send the user back afterwards. For class-based views use `LoginRequiredMixin`. Since Django 5.1, `LoginRequiredMiddleware` can make login the default for every view, with `@login_not_required` for exceptions.",
      "choices": [
        {
          "id": "a",
          "text": "A redirect to `LOGIN_URL`, with `?next=/profile/` added",
          "correct": true,
          "why": "Right: the user can come back after logging in."
        },
        {
          "id": "b",
          "text": "Django returns 403 Forbidden",
          "why": "That is what `PermissionDenied` gives; `login_required` redirects to the login page."
        },
        {
          "id": "c",
          "text": "The view runs with `request.user` set to `None`",
          "why": "Anonymous visitors get an `AnonymousUser`, and the decorator doesn't run the view at all."
        },
        {
          "id": "d",
          "text": "Django answers 401 Unauthorized with a `WWW-Authenticate` header",
          "why": "That is HTTP authentication; `login_required` redirects to a login page."
        }
      ],
      "topics": [
        "auth",
        "views"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/auth/default/#the-login-required-decorator"
    },
    {
      "id": "auth-mixins-order",
      "prompt": "Which definition lets only users with the `reports.view_report` permission see this class-based view?",
      "answer": "`class ReportView(PermissionRequiredMixin, TemplateView)` with `permission_required = 'reports.view_report'`. The access mixin must come first (leftmost), so that its `dispatch()` runs before the view's. A logged-in user without the permission gets 403; an anonymous user is redirected to the login page.",
      "explanation": "Django's access mixins (`LoginRequiredMixin`, `PermissionRequiredMixin`, `UserPassesTestMixin`) do their check in `dispatch()`. Python looks up methods left to right in the bases, so a mixin listed after `TemplateView` is never reached: `View.dispatch()` is found first. Function decorators such as `@login_required` don't apply to a class; use `method_decorator()` on `dispatch()` or the mixins.",
      "choices": [
        {
          "id": "a",
          "text": "`class ReportView(TemplateView, PermissionRequiredMixin)` with `permission_required` set, the mixin last",
          "why": "`TemplateView`'s `dispatch()` is found first, so the permission is never checked."
        },
        {
          "id": "b",
          "text": "`class ReportView(PermissionRequiredMixin, TemplateView)` with `permission_required` set",
          "correct": true,
          "why": "Right: the mixin is leftmost, so its check runs first."
        },
        {
          "id": "c",
          "text": "`@login_required` on the `ReportView` class, which checks permissions too",
          "why": "That decorator is for functions, and it checks login, not permissions."
        },
        {
          "id": "d",
          "text": "`class ReportView(LoginRequiredMixin, TemplateView)` with `permission_required` set",
          "why": "`LoginRequiredMixin` ignores `permission_required`; it only checks that the user is logged in."
        }
      ],
      "topics": [
        "auth",
        "views"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/auth/default/#the-permissionrequiredmixin-mixin",
      "note": "Mixin order matters: Django's docs say access mixins must be in the leftmost position. Listed after the view class, they are silently skipped."
    },
    {
      "id": "modelform-commit-false",
      "prompt": "What is `article` at the end of this code?\n\n```python\nclass ArticleForm(ModelForm):\n    class Meta:\n        model = Article\n        fields = ['title', 'body']\n\nform = ArticleForm(request.POST)\nif form.is_valid():\n    article = form.save(commit=False)\n```",
      "answer": "An `Article` instance filled from the form's cleaned data but not yet saved. You can set more fields, e.g. `article.author = request.user`, then call `article.save()` and, if the form has many-to-many fields, `form.save_m2m()`.",
      "explanation": "A `ModelForm` builds its fields from the model (`fields` or `exclude` choose which ones), and its `save()` creates or updates a model instance. `commit=False` is for values that don't come from the form. Many-to-many data can't be saved before the instance has a primary key, which is why `save_m2m()` exists.",
      "choices": [
        {
          "id": "a",
          "text": "A dict of the cleaned data, since `commit=False` skips building a model instance",
          "why": "`save(commit=False)` returns a model instance; the dict is `form.cleaned_data`."
        },
        {
          "id": "b",
          "text": "A saved `Article`; `commit=False` just keeps the transaction from being committed",
          "why": "It doesn't touch transactions: nothing is written to the database at all."
        },
        {
          "id": "c",
          "text": "An unsaved `Article` built from the form's data, ready for you to set more fields",
          "correct": true,
          "why": "Right: save it yourself, then call `form.save_m2m()` if needed."
        },
        {
          "id": "d",
          "text": "`None`, because with `commit=False` the form discards the instance after validating",
          "why": "The instance is returned so you can finish and save it."
        }
      ],
      "topics": [
        "forms",
        "models"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/forms/modelforms/#the-save-method",
      "note": "`commit=False` is often read as \"save inside an uncommitted transaction\". It means \"don't save yet\": no query runs, and many-to-many data waits for `save_m2m()`."
    },
    {
      "id": "template-inheritance",
      "prompt": "What does rendering `child.html` produce?\n\n`base.html`:\n\n```django\n<title>{% block title %}My site{% endblock %}</title>\n<main>{% block content %}{% endblock %}</main>\n```\n\n`child.html`:\n\n```django\n{% extends \"base.html\" %}\n{% block title %}Blog | {{ block.super }}{% endblock %}\n<p>Outside any block</p>\n{% block content %}<h1>Posts</h1>{% endblock %}\n```",
      "answer": "`<title>Blog | My site</title>` and `<main><h1>Posts</h1></main>`. `{{ block.super }}` inserts the parent block's content, and text outside the blocks of a child template isn't rendered.",
      "explanation": "With `{% extends %}` (which must be the first tag in the template), the child's output is the parent template with the child's blocks filled in. Blocks the child doesn't define keep the parent's content, and `{{ block.super }}` adds to a block instead of replacing it. Inheritance can have as many levels as you need, such as base, section and page templates.",
      "choices": [
        {
          "id": "a",
          "text": "The title `Blog | `, because `{{ block.super }}` is empty inside `{% block title %}`",
          "why": "`{{ block.super }}` gives the parent's content of whichever block it is in, here \"My site\"."
        },
        {
          "id": "b",
          "text": "Both blocks filled in, and `<p>Outside any block</p>` printed before `<main>` in the output",
          "why": "In a child template, content outside `{% block %}` tags isn't rendered."
        },
        {
          "id": "c",
          "text": "A `TemplateSyntaxError`, because the `<p>` sits outside a `{% block %}` in a child template",
          "why": "Other content is allowed; it just isn't rendered."
        },
        {
          "id": "d",
          "text": "The title `Blog | My site` and `<h1>Posts</h1>` in `<main>`; the stray `<p>` is dropped from the output",
          "correct": true,
          "why": "Right: only blocks count in a child template."
        }
      ],
      "topics": [
        "templates"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/templates/language/#template-inheritance"
    },
    {
      "id": "custom-template-filter",
      "prompt": "A filter lives in `blog/templatetags/blog_extras.py`. What must a template do before it can use `{{ author.name|initials }}`?\n\n```python\nfrom django import template\n\nregister = template.Library()\n\n@register.filter\ndef initials(value):\n    return ''.join(word[0] for word in value.split())\n```",
      "answer": "Load the library with `{% load blog_extras %}` (the module's name). The `blog` app must be in `INSTALLED_APPS`, and `templatetags` must be a package (with an `__init__.py`).",
      "explanation": "Custom tags and filters live in the `templatetags` package of an installed app, and the module name is what templates `{% load %}`. `@register.filter` registers a function under its own name; it receives the value and at most one argument. `@register.simple_tag` does the same for tags. After adding a new `templatetags` module, restart the development server before using it.",
      "choices": [
        {
          "id": "a",
          "text": "Add `{% load blog_extras %}` to the template",
          "correct": true,
          "why": "Right: load the library by its module name."
        },
        {
          "id": "b",
          "text": "No load step: `@register.filter` functions are available in templates once the app is installed",
          "why": "Libraries are loaded per template with `{% load %}` (unless added to the engine's `builtins` option)."
        },
        {
          "id": "c",
          "text": "Add `{% load initials %}`, naming the filter that the template uses",
          "why": "`{% load %}` takes the library's module name; one library can hold many tags and filters."
        },
        {
          "id": "d",
          "text": "List `blog.templatetags.blog_extras` in the `context_processors` option of `TEMPLATES`",
          "why": "Context processors add variables, not filters."
        }
      ],
      "topics": [
        "templates"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/howto/custom-template-tags/#writing-custom-template-filters",
      "note": "Filters aren't global: each template must `{% load %}` the library, and a new `templatetags` module is found only after the development server restarts."
    },
    {
      "id": "model-admin",
      "prompt": "What does this `ModelAdmin` change?\n\n```python\nfrom django.contrib import admin\nfrom .models import Article\n\n@admin.register(Article)\nclass ArticleAdmin(admin.ModelAdmin):\n    list_display = ['title', 'author', 'published']\n    list_filter = ['published']\n    search_fields = ['title']\n```",
      "answer": "It registers `Article` with the admin site and customises its change list: the columns shown, a sidebar filter on `published` and a search box that searches titles.",
      "explanation": "A `ModelAdmin` class customises how one model appears in the admin. `@admin.register(Article)` is the decorator form of `admin.site.register(Article, ArticleAdmin)`. These options affect only the admin: not the model, the database or any other view. What a staff user may add, change, delete or view there still depends on their permissions.",
      "choices": [
        {
          "id": "a",
          "text": "It adds database indexes on `title` and `published`, so that admin searches and filters run faster",
          "why": "Admin options don't change the schema; indexes are declared on the model."
        },
        {
          "id": "b",
          "text": "It registers `Article` in the admin, with list columns, a filter and a search box",
          "correct": true,
          "why": "Right: all three options shape the admin's change list."
        },
        {
          "id": "c",
          "text": "It changes which fields the `ModelForm`s for `Article` show across the site",
          "why": "`ModelAdmin` options only affect the admin."
        },
        {
          "id": "d",
          "text": "It lets staff users edit articles, whatever their permissions",
          "why": "Admin actions still check each user's permissions."
        }
      ],
      "topics": [
        "admin"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/contrib/admin/#modeladmin-objects"
    },
    {
      "id": "custom-manager-queryset",
      "prompt": "What do `Post.objects.count()` and `Post.published.count()` return?\n\n```python\nclass PublishedManager(models.Manager):\n    def get_queryset(self):\n        return super().get_queryset().filter(status='published')\n\nclass Post(models.Model):\n    status = models.CharField(max_length=10)\n    objects = models.Manager()\n    published = PublishedManager()\n```",
      "answer": "`Post.objects.count()` counts every post; `Post.published.count()` counts only published ones, because every QuerySet from that manager starts from the filtered `get_queryset()`.",
      "explanation": "A manager is the interface through which a model gets its QuerySets; Django adds `objects` when you define none. Overriding `get_queryset()` changes the starting QuerySet for everything the manager does. The first manager defined becomes the default manager, which parts of Django such as `dumpdata` use, so listing the plain `objects` first keeps a filtering manager from hiding rows there.",
      "choices": [
        {
          "id": "a",
          "text": "Both count published posts: a custom manager filters the model's other managers too",
          "why": "Each manager has its own `get_queryset()`; `objects` is unfiltered."
        },
        {
          "id": "b",
          "text": "Both count all posts, because `get_queryset()` applies to `Post.published.all()` alone",
          "why": "`count()`, `filter()` and the rest all start from `get_queryset()`."
        },
        {
          "id": "c",
          "text": "All posts, then only the published ones",
          "correct": true,
          "why": "Right: only the `published` manager filters."
        },
        {
          "id": "d",
          "text": "An error: a model can have one manager, and `objects` is a reserved name",
          "why": "A model can have several managers."
        }
      ],
      "topics": [
        "orm",
        "models"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/managers/#modifying-a-manager-s-initial-queryset"
    },
    {
      "id": "queryset-as-manager",
      "prompt": "You wrote `class PostQuerySet(models.QuerySet)` with a `published()` method. How do you make both `Post.objects.published()` and `Post.objects.filter(author=a).published()` work?",
      "answer": "Use `objects = PostQuerySet.as_manager()` (or `models.Manager.from_queryset(PostQuerySet)()`). The manager gets the QuerySet's public methods, and because the method lives on the QuerySet it can be chained after `filter()`.",
      "explanation": "Methods defined only on a custom `Manager` aren't available on the QuerySets it returns, so `Post.objects.filter(...).published()` would fail. Defining them on a `QuerySet` subclass and building the manager from it gives you both. Methods whose names start with an underscore aren't copied to the manager.",
      "choices": [
        {
          "id": "a",
          "text": "Define `published()` on a custom `Manager`, since manager methods are also available on its QuerySets",
          "why": "Manager methods aren't available on the QuerySets it returns, so the chained call fails."
        },
        {
          "id": "b",
          "text": "Set `objects = PostQuerySet()`, since a QuerySet can itself be a model attribute",
          "why": "A model attribute must be a manager; `as_manager()` builds one from the QuerySet class."
        },
        {
          "id": "c",
          "text": "Override `get_queryset()` on the manager to return `PostQuerySet.published()`",
          "why": "That would filter every query rather than add a chainable method."
        },
        {
          "id": "d",
          "text": "Set `objects = PostQuerySet.as_manager()`",
          "correct": true,
          "why": "Right: one set of methods for the manager and its QuerySets."
        }
      ],
      "topics": [
        "orm"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/managers/#creating-a-manager-with-queryset-methods"
    },
    {
      "id": "only-defer-queries",
      "prompt": "There are 20 entries. How many queries does this run?\n\n```python\nentries = Entry.objects.only('headline')\nfor e in entries:\n    print(e.headline, e.body_text)\n```",
      "answer": "21. `only('headline')` loads just the primary key and `headline`; the first access to the deferred `body_text` on each instance runs one more query, per entry.",
      "explanation": "`only()` and `defer()` choose which columns are loaded; a deferred field is fetched on first access, one query per instance. They help when you skip large columns you won't use. If the loop needs the field, don't defer it. `values()` and `values_list()` return dicts or tuples instead of model instances.",
      "choices": [
        {
          "id": "a",
          "text": "21: one query for the list, then one more per entry for `body_text`",
          "correct": true,
          "why": "Right: each deferred access costs a query."
        },
        {
          "id": "b",
          "text": "1, because `only()` is a hint and Django still loads the columns it might need",
          "why": "Deferred columns are really left out of the SELECT."
        },
        {
          "id": "c",
          "text": "2: one for the headlines, then one batched query for the `body_text` values",
          "why": "Deferred fields load per instance, not in a batch."
        },
        {
          "id": "d",
          "text": "It raises `AttributeError`, since `body_text` wasn't selected",
          "why": "Deferred fields are still attributes; they load on access."
        }
      ],
      "topics": [
        "orm",
        "performance"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#defer",
      "note": "`only()` and `defer()` are often treated as free speed-ups. Touching a deferred field costs one query per instance, which can be slower than loading the column."
    },
    {
      "id": "values-list-flat",
      "prompt": "The table holds entries with ids 1, 2 and 3. What does this print?\n\n```python\nids = Entry.objects.order_by('id').values_list('id', flat=True)\nprint(list(ids))\n```",
      "answer": "`[1, 2, 3]`. `values_list()` returns tuples, and `flat=True`, allowed with a single field, returns the bare values instead of 1-tuples.",
      "explanation": "`values()` returns dictionaries and `values_list()` tuples, instead of model instances, which saves building objects you don't need. `values_list(..., named=True)` returns named tuples. These QuerySets are still lazy until evaluated, here by `list()`.",
      "choices": [
        {
          "id": "a",
          "text": "`[(1,), (2,), (3,)]`",
          "why": "That's `values_list('id')` without `flat=True`."
        },
        {
          "id": "b",
          "text": "`[1, 2, 3]`",
          "correct": true,
          "why": "Right: `flat=True` unwraps the 1-tuples."
        },
        {
          "id": "c",
          "text": "`[{'id': 1}, {'id': 2}, {'id': 3}]`",
          "why": "That's `values('id')`: dictionaries."
        },
        {
          "id": "d",
          "text": "`[<Entry: 1>, <Entry: 2>, <Entry: 3>]`, instances holding just `id`",
          "why": "That resembles `only('id')`; `values_list()` returns plain values."
        }
      ],
      "topics": [
        "orm"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#values-list"
    },
    {
      "id": "async-view-orm",
      "prompt": "What happens when this view is served?\n\n```python\nasync def latest(request):\n    post = Post.objects.latest('created')\n    return JsonResponse({'title': post.title})\n```",
      "answer": "Django raises `SynchronousOnlyOperation`: `latest()` runs a synchronous query from inside the event loop. Use the async API, `await Post.objects.alatest('created')`, or wrap sync code with `sync_to_async()`.",
      "explanation": "Django's async-safety checks stop code that isn't async-safe, such as the ORM's synchronous calls, from running in a thread with a running event loop. Since Django 4.1 QuerySets offer `a`-prefixed methods (`aget()`, `acount()`, `alatest()`…) and `async for`. Transactions don't work in async mode yet, so code that needs `atomic()` goes in a sync function called through `sync_to_async()`.",
      "choices": [
        {
          "id": "a",
          "text": "It works: in an `async def` view Django runs each ORM call in a worker thread behind the scenes",
          "why": "Django doesn't do that for you; `sync_to_async()` is how you would."
        },
        {
          "id": "b",
          "text": "It works, but the query blocks the event loop for the other requests",
          "why": "Django's async-safety check refuses to run it rather than block."
        },
        {
          "id": "c",
          "text": "Django raises `SynchronousOnlyOperation`; the async form is `await Post.objects.alatest('created')`",
          "correct": true,
          "why": "Right: use the async QuerySet API in async code."
        },
        {
          "id": "d",
          "text": "A `SyntaxError`: an async view can't call a method it doesn't await",
          "why": "Python allows the call; Django's runtime check raises the error."
        }
      ],
      "topics": [
        "views",
        "orm"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/async/#async-safety",
      "note": "Writing `async def` doesn't make ORM calls asynchronous. Synchronous ORM calls in an async view raise `SynchronousOnlyOperation`; use the `a…` methods or `sync_to_async()`."
    },
    {
      "id": "async-views-under-wsgi",
      "prompt": "A project has some `async def` views. What changes if you deploy it under WSGI (e.g. Gunicorn with sync workers) instead of ASGI?",
      "answer": "The async views still work: under WSGI each one runs in its own one-off event loop. You lose the benefits of an async stack, such as serving many slow or long-lived connections concurrently; for that, deploy with an ASGI server such as Daphne, Hypercorn or Uvicorn.",
      "explanation": "Django supports async views under both WSGI and ASGI. Under WSGI an async view can still use async features inside the view (for example concurrent HTTP calls), but requests aren't served concurrently by an event loop. Mixing sync and async views or middleware costs a small context switch for each transition.",
      "choices": [
        {
          "id": "a",
          "text": "Async views fail to load, since Django needs ASGI as soon as one view is `async def`",
          "why": "Async views work under WSGI too."
        },
        {
          "id": "b",
          "text": "No change: Gunicorn detects `async def` views and runs them as ASGI",
          "why": "A WSGI server speaks WSGI; you choose an ASGI server to get ASGI."
        },
        {
          "id": "c",
          "text": "They run concurrently with other requests, as under ASGI, because they share one event loop",
          "why": "Under WSGI each async view gets its own one-off event loop."
        },
        {
          "id": "d",
          "text": "They run, each in a one-off event loop, without ASGI's concurrency benefits",
          "correct": true,
          "why": "Right: they work, but only ASGI brings the async benefits."
        }
      ],
      "topics": [
        "views",
        "deployment"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/async/#async-views",
      "note": "`async def` views are often thought to require ASGI. They work under WSGI too; only an ASGI server brings the concurrency benefits."
    },
    {
      "id": "file-upload-enctype",
      "prompt": "The view reads `request.FILES['avatar']` and gets a `KeyError`. What's missing?\n\n```html\n<form method=\"post\">\n  {% csrf_token %}\n  <input type=\"file\" name=\"avatar\">\n  <button>Upload</button>\n</form>\n```",
      "answer": "The form needs `enctype=\"multipart/form-data\"`. Without it the browser sends only the file's name as ordinary form data, and `request.FILES` stays empty.",
      "explanation": "`request.FILES` holds data only if the request was a POST, a file was actually posted, and the form had `enctype=\"multipart/form-data\"`. It's a dict-like object of `UploadedFile` objects, bound to a form with `Form(request.POST, request.FILES)`. Django keeps small uploads (2.5 MB by default) in memory and streams larger ones to a temporary file.",
      "choices": [
        {
          "id": "a",
          "text": "`enctype=\"multipart/form-data\"` on the `<form>`",
          "correct": true,
          "why": "Right: without it no file data is sent."
        },
        {
          "id": "b",
          "text": "`method=\"put\"`: Django parses uploaded files from PUT requests",
          "why": "Django parses files from POST requests into `request.FILES`."
        },
        {
          "id": "c",
          "text": "A `FileField` on the model, since `request.FILES` is filled for model forms",
          "why": "`request.FILES` doesn't depend on forms or models."
        },
        {
          "id": "d",
          "text": "Setting `MEDIA_ROOT`: without it Django discards uploaded files before the view runs",
          "why": "`MEDIA_ROOT` matters when files are stored, not when the request is parsed."
        }
      ],
      "topics": [
        "forms",
        "views"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/file-uploads/#basic-file-uploads"
    },
    {
      "id": "media-root-vs-static-root",
      "prompt": "What is the difference between `MEDIA_ROOT` and `STATIC_ROOT`?",
      "answer": "`MEDIA_ROOT` is the directory where the default file storage keeps user-uploaded files (from `FileField` and `ImageField`). `STATIC_ROOT` is where `collectstatic` gathers the project's static assets for deployment. The two must be different directories.",
      "explanation": "A `FileField` stores only the file's name, relative to the storage, in its database column; the file itself goes to storage, by default under `MEDIA_ROOT`, and is served at `MEDIA_URL`. Uploaded files are untrusted: the deployment checklist warns never to let the web server execute them. During development, `django.conf.urls.static.static()` can serve media while `DEBUG` is on.",
      "choices": [
        {
          "id": "a",
          "text": "They can be the same folder, because Django tells uploads and assets apart by their file extension",
          "why": "The docs require `MEDIA_ROOT` and `STATIC_ROOT` to differ."
        },
        {
          "id": "b",
          "text": "`MEDIA_ROOT` holds user uploads; `STATIC_ROOT` is where `collectstatic` puts assets",
          "correct": true,
          "why": "Right: uploads and your own assets are kept apart."
        },
        {
          "id": "c",
          "text": "`MEDIA_ROOT` is a database table for uploaded files; `STATIC_ROOT` is a folder",
          "why": "Files go to storage on disk (or elsewhere); only the name is in the database."
        },
        {
          "id": "d",
          "text": "`STATIC_ROOT` is for user uploads and `MEDIA_ROOT` for CSS and JavaScript",
          "why": "It's the other way round."
        }
      ],
      "topics": [
        "settings",
        "deployment"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/settings/#media-root",
      "note": "A common belief is that a `FileField` saves the file in the database. The column holds only the file's name; the file goes to storage under `MEDIA_ROOT`."
    },
    {
      "id": "check-deploy",
      "prompt": "What does `python manage.py check --deploy` do?",
      "answer": "It runs the system checks plus extra checks that matter only in deployment, warning about settings such as `DEBUG = True`, a short or missing `SECRET_KEY`, an empty `ALLOWED_HOSTS` or cookies and HTTPS options left insecure. It changes nothing, and you should run it with your production settings.",
      "explanation": "The deployment checklist in Django's docs covers more than the command can test, so treat it as a starting point, not a guarantee. Point it at the production settings (`--settings` or `DJANGO_SETTINGS_MODULE`): development settings give different warnings.",
      "choices": [
        {
          "id": "a",
          "text": "It deploys the project, running `migrate` and `collectstatic` on the server",
          "why": "It only checks; it runs no deployment steps."
        },
        {
          "id": "b",
          "text": "It fixes insecure settings in place, for example by turning `DEBUG` off",
          "why": "It only reports; it never edits settings."
        },
        {
          "id": "c",
          "text": "It runs extra deployment checks on settings such as `DEBUG`, `SECRET_KEY` and the HTTPS cookie options",
          "correct": true,
          "why": "Right: it reports; it doesn't change anything."
        },
        {
          "id": "d",
          "text": "It checks each package in `requirements.txt` against a vulnerability database before you deploy",
          "why": "Django doesn't audit your dependencies."
        }
      ],
      "topics": [
        "deployment",
        "security"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/#run-manage-py-check-deploy",
      "note": "`check --deploy` is sometimes treated as a full security audit. It automates part of the deployment checklist; it can't check your web server, your HTTPS setup or your code."
    },
    {
      "id": "secret-key-uses",
      "prompt": "Which of these does Django use `SECRET_KEY` for?",
      "answer": "It signs data Django will later trust: sessions (the `signed_cookies` backend's data and the session auth hash), messages kept in cookies, password reset tokens, and anything made with `django.core.signing`. It isn't used for password hashes, so rotating it logs users out but leaves their passwords valid.",
      "explanation": "Anyone who knows the key can forge signed data, so it must be a large random value kept out of source control; the deployment checklist suggests reading it from an environment variable or a file. `SECRET_KEY_FALLBACKS` lets you rotate the key without invalidating everything at once.",
      "choices": [
        {
          "id": "a",
          "text": "Signing the data stored by the `signed_cookies` session backend",
          "correct": true,
          "why": "Session data is signed with it, so the client can't tamper with it."
        },
        {
          "id": "b",
          "text": "Making the tokens in `PasswordResetView` links",
          "correct": true,
          "why": "Password reset tokens are derived from it."
        },
        {
          "id": "c",
          "text": "Salting and hashing users' passwords",
          "why": "Each password hash has its own random salt; the docs say secret keys aren't used for users' passwords."
        },
        {
          "id": "d",
          "text": "Signing messages kept in cookies by the messages framework",
          "correct": true,
          "why": "`CookieStorage` (and `FallbackStorage`) sign messages with it."
        },
        {
          "id": "e",
          "text": "Encrypting the connection to the databases in `DATABASES`",
          "why": "Database connections don't use it."
        }
      ],
      "topics": [
        "security",
        "settings"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/settings/#secret-key",
      "note": "A common claim is that `SECRET_KEY` encrypts or hashes passwords. It doesn't: the settings docs say secret keys aren't used for users' passwords, and rotating the key doesn't affect them."
    },
    {
      "id": "debug-false-empty-allowed-hosts",
      "prompt": "You deploy with Gunicorn, `DEBUG = False` and `ALLOWED_HOSTS = []`. What happens to incoming requests?",
      "answer": "Django answers every request with 400 Bad Request: with `DEBUG` off, an empty `ALLOWED_HOSTS` matches no host. (With `DEBUG` on, an empty list allows `localhost` and its variants, and `runserver` refuses to start with this combination.)",
      "explanation": "Turning `DEBUG` off is required in production, since debug pages leak source excerpts, settings and local variables, and with `DEBUG` on Django also keeps every SQL query in memory. With it off, Django validates the `Host` header against `ALLOWED_HOSTS`, shows plain error pages and stops serving static files through `runserver`.",
      "choices": [
        {
          "id": "a",
          "text": "They are served as usual; `ALLOWED_HOSTS` is checked while `DEBUG` is `True`",
          "why": "It's the other way round: the localhost fallback exists only with `DEBUG` on."
        },
        {
          "id": "b",
          "text": "Only requests for `localhost` are served, as in development",
          "why": "That fallback applies only while `DEBUG` is `True`."
        },
        {
          "id": "c",
          "text": "They are served, and Django logs a security warning for each one",
          "why": "A disallowed host is rejected, not just logged."
        },
        {
          "id": "d",
          "text": "Every request gets 400 Bad Request, since no `Host` header can match an empty `ALLOWED_HOSTS`",
          "correct": true,
          "why": "Right: no `Host` header can match an empty list."
        }
      ],
      "topics": [
        "settings",
        "deployment"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/settings/#allowed-hosts"
    },
    {
      "id": "management-command",
      "prompt": "How do you run this command?\n\n```python\n# polls/management/commands/closepoll.py\nfrom django.core.management.base import BaseCommand\n\nclass Command(BaseCommand):\n    help = 'Closes the given polls'\n\n    def handle(self, *args, **options):\n        ...\n```",
      "answer": "`python manage.py closepoll`: the command takes its name from the module, the class must be called `Command`, and the `polls` app must be in `INSTALLED_APPS`.",
      "explanation": "Django registers a command for each module in an installed app's `management/commands/` directory whose name doesn't begin with an underscore. Write output with `self.stdout.write()` rather than `print()` so tests can capture it, raise `CommandError` to report a failure, and call commands from code with `call_command()`.",
      "choices": [
        {
          "id": "a",
          "text": "`python manage.py closepoll`",
          "correct": true,
          "why": "Right: named after the module."
        },
        {
          "id": "b",
          "text": "`python manage.py Command`, the name of the class",
          "why": "The name comes from the module, `closepoll.py`."
        },
        {
          "id": "c",
          "text": "`python manage.py polls.closepoll`, prefixed with the app's label",
          "why": "Commands have no app prefix."
        },
        {
          "id": "d",
          "text": "`python polls/management/commands/closepoll.py`, after listing it in a `COMMANDS` setting",
          "why": "There is no such setting; Django discovers commands in installed apps."
        }
      ],
      "topics": [
        "architecture"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/howto/custom-management-commands/#django.core.management.BaseCommand"
    },
    {
      "id": "session-nested-modified",
      "prompt": "The session already holds `{'cart': {'items': [3]}}`. With default settings, is this change saved at the end of the request?\n\n```python\ndef add_to_cart(request):\n    request.session['cart']['items'].append(7)\n    return HttpResponse('ok')\n```",
      "answer": "No. Django saves the session only when it is marked modified, which happens when a key of `request.session` itself is assigned or deleted. Changing a nested object doesn't count: set `request.session.modified = True`, or assign `request.session['cart']` again.",
      "explanation": "The session behaves like a dictionary, but it tracks changes only at the top level. `SESSION_SAVE_EVERY_REQUEST = True` makes Django save the session on every request instead. Session data is serialized as JSON by default, so store simple values, not model instances.",
      "choices": [
        {
          "id": "a",
          "text": "Yes: at the end of each request the session middleware compares the whole session with the data it loaded",
          "why": "Django doesn't compare contents; it saves when the session is marked modified."
        },
        {
          "id": "b",
          "text": "No: nested changes don't mark the session modified; set `request.session.modified = True`",
          "correct": true,
          "why": "Right: only top-level assignments and deletions count."
        },
        {
          "id": "c",
          "text": "Yes, because the view returns a response with status 200",
          "why": "The status code doesn't mark the session modified."
        },
        {
          "id": "d",
          "text": "No: the session is read-only during a request and is written by `logout()`",
          "why": "Views can write to the session; assigning a top-level key saves it."
        }
      ],
      "topics": [
        "sessions"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/sessions/#when-sessions-are-saved",
      "note": "The session is often assumed to save any change. It saves when a top-level key is assigned or deleted, or when `modified` is set."
    },
    {
      "id": "logout-flushes-session",
      "prompt": "What happens to the session data when a view calls `django.contrib.auth.logout(request)`?",
      "answer": "All of it is removed: `logout()` flushes the session, deleting its data and its key, so the next person on that browser can't see the previous user's data. Anything that should survive logout has to be put into `request.session` after calling `logout()`.",
      "explanation": "`login()` does the opposite: it keeps the data but cycles the session key (`cycle_key()`), which protects against session fixation. Both work with any session backend.",
      "choices": [
        {
          "id": "a",
          "text": "Only the user's ID is removed; everything else in the session stays",
          "why": "`logout()` removes all session data, not just the user's ID."
        },
        {
          "id": "b",
          "text": "Nothing until the session expires, because `logout()` just changes `request.user`",
          "why": "The session is flushed at once."
        },
        {
          "id": "c",
          "text": "The whole session is flushed: its data and its key are discarded, and a fresh session starts",
          "correct": true,
          "why": "Right: nothing of the old session survives."
        },
        {
          "id": "d",
          "text": "The data is kept, moved to a new session key, as `login()` does",
          "why": "Moving data to a new key is `cycle_key()`, used by `login()`; `logout()` flushes."
        }
      ],
      "topics": [
        "sessions",
        "auth"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/auth/default/#how-to-log-a-user-out"
    },
    {
      "id": "default-autocommit",
      "prompt": "A view, with no `atomic()` and `ATOMIC_REQUESTS` off, calls `a.save()` and `b.save()` and then raises an exception. What is in the database?",
      "answer": "Both rows. Django runs in autocommit mode by default: each query is committed as soon as it runs, unless a transaction is active. Wrap the steps in `transaction.atomic()`, or turn on `ATOMIC_REQUESTS`, to have them rolled back together.",
      "explanation": "`ATOMIC_REQUESTS = True` wraps each view in a transaction that rolls back if the view raises; it's off by default because a transaction per request has a cost. Django still uses transactions or savepoints internally for ORM operations that need several queries, such as `delete()` with cascades.",
      "choices": [
        {
          "id": "a",
          "text": "Neither, because Django wraps each view in a transaction and rolls back on an exception",
          "why": "That is `ATOMIC_REQUESTS = True`, which is off by default."
        },
        {
          "id": "b",
          "text": "Only `a`: a failed request rolls back the query that ran last before the error",
          "why": "There is nothing to roll back in autocommit mode."
        },
        {
          "id": "c",
          "text": "Neither, unless the view calls `transaction.commit()` at the end",
          "why": "Autocommit is on; nothing needs committing by hand."
        },
        {
          "id": "d",
          "text": "Both rows, because each `save()` was committed at the moment it ran",
          "correct": true,
          "why": "Right: autocommit is Django's default."
        }
      ],
      "topics": [
        "transactions"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/transactions/#django-s-default-transaction-behavior",
      "note": "Many assume Django wraps each request in a transaction by default. It doesn't: that is the opt-in `ATOMIC_REQUESTS` setting."
    },
    {
      "id": "n-plus-one-select-related",
      "prompt": "There are 10 entries, each in a different blog. How many queries does this run, and what brings it down to one?\n\n```python\nfor entry in Entry.objects.all()[:10]:\n    print(entry.headline, entry.blog.name)\n```",
      "answer": "11: one for the entries, then one per entry when `entry.blog` is first accessed. `Entry.objects.select_related('blog')[:10]` fetches each blog in the same query with a JOIN.",
      "explanation": "This is the \"N+1 queries\" problem. Accessing a forward `ForeignKey` loads the related object lazily, one query per instance, and caches it on that instance. `select_related()` follows foreign keys and one-to-one relations in SQL; `prefetch_related()` would use a second query instead.",
      "choices": [
        {
          "id": "a",
          "text": "11; `select_related('blog')` brings it down to 1",
          "correct": true,
          "why": "Right: one query with a JOIN."
        },
        {
          "id": "b",
          "text": "1, because Django loads `blog` along with the entries whenever it is a `ForeignKey`",
          "why": "Related objects aren't loaded unless you ask with `select_related()`."
        },
        {
          "id": "c",
          "text": "2: after the first access Django batches the other blog lookups into a single query",
          "why": "That's what `prefetch_related('blog')` does; plain access queries once per entry."
        },
        {
          "id": "d",
          "text": "11; `prefetch_related('blog')` makes it 1",
          "why": "`prefetch_related()` runs a second query for the blogs, so it makes 2."
        }
      ],
      "topics": [
        "orm",
        "performance"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#select-related"
    },
    {
      "id": "prefetch-related-queries",
      "prompt": "There are 5 blogs. How many queries does this run?\n\n```python\nblogs = Blog.objects.prefetch_related('entry_set')\nfor blog in blogs:\n    print(blog.name, [e.headline for e in blog.entry_set.all()])\n```",
      "answer": "2: one for the blogs and one for all their entries (`WHERE blog_id IN (…)`). Django matches them up in Python, and `blog.entry_set.all()` reads the prefetched results.",
      "explanation": "`prefetch_related()` runs one extra query per relation when the QuerySet is evaluated, and stores the results on each instance. A call that implies a different query, such as `blog.entry_set.filter(...)`, ignores the prefetched results and queries again for each blog; use a `Prefetch('entry_set', queryset=…)` object for that.",
      "choices": [
        {
          "id": "a",
          "text": "6: one for the blogs, then `entry_set.all()` runs a query again for each blog",
          "why": "`all()` reads the prefetched cache; `filter()` would query again."
        },
        {
          "id": "b",
          "text": "2",
          "correct": true,
          "why": "Right: one query for blogs, one for their entries."
        },
        {
          "id": "c",
          "text": "1, because `prefetch_related()` uses a JOIN, just as `select_related()` does",
          "why": "`prefetch_related()` runs a separate query and joins in Python."
        },
        {
          "id": "d",
          "text": "3: one for blogs, one for entries, and one more to join them in the database",
          "why": "The joining happens in Python, with no third query."
        }
      ],
      "topics": [
        "orm",
        "performance"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-related"
    }
  ]
};

export default set;

/** Its text fields lexed at build time (see src/markdown/prelexed.ts): the set never needs the lexer. */
export const prelexed: readonly PrelexedField[] = [0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,0,1,0,1,1,0,1,1,1,0,1,1,1,0,0,1,0,0,1,1,0,0,0,1,0,1,0,1,0,0,0,0,0,0,0,1,0,1,0,0,1,1,1,1,1,0,1,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,1,1,0,0,0,1,1,1,1,1,1,1,0,1,0,0,1,1,0,1,1,1,1,1,0,1,1,1,1,0,0,1,1,1,0,0,0,0,0,0,1,0,1,1,1,0,1,1,1,0,0,0,1,0,0,1,0,0,0,0,0,0,0,0,1,1,0,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,1,1,1,1,0,0,0,1,0,0,1,1,1,1,1,0,1,1,1,0,1,1,1,1,1,1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,1,1,1,1,0,1,0,1,0,0,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,0,1,1,0,1,1,1,1,1,0,1,0,1,1,1,1,1,0,1,1,1,0,1,0,1,1,1,1,1,0,0,1,1,0,1,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,0,1,1,1,1,0,1,0,1,0,1,1,1,1,1,1,0,0,0,1,0,0,1,0,1,1,1,0,1,0,0,0,1,1,1,1,1,1,0,1,1,1,0,0,1,1,1,1,1,1,1,1,0,1,1,1,1,1,{"b":[[1,0,36,-17,35],[0,2],[2,177,"python",10,163]]},1,1,1,1,1,1,1,0,1,1,1,{"b":[[1,0,23],[0,2],[2,127,"python",10,113]]},1,1,1,1,1,1,0,1,1,1,1,{"b":[[1,0,34],[0,2],[2,129,"python",10,115]]},1,1,0,1,0,1,0,1,1,1,{"b":[[1,0,31],[0,2],[2,143,"python",10,129]]},1,1,1,1,0,1,1,1,1,0,{"b":[[1,0,-14,52],[0,2],[2,322,"python",10,308]]},1,1,1,0,0,1,0,1,0,0,0,{"b":[[1,0,38,-10,2,-17,35],[0,2],[2,165,"python",10,151]]},1,1,1,0,0,1,1,0,0,1,1,0,1,1,0,1,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,{"b":[[1,0,57,-11,1],[0,2],[2,118,"python",10,104]]},1,1,1,0,0,1,1,1,1,1,1,1,1,0,1,1,1,0,1,0,1,1,{"b":[[1,0,8,-9,25],[0,2],[2,210,"python",10,196]]},1,1,1,1,1,1,0,1,1,1,0,{"b":[[1,0,20,-12,9],[0,2],[1,0,-11,1],[0,2],[2,114,"django",10,100],[0,2],[1,0,-12,1],[0,2],[2,168,"django",10,154]]},1,1,1,1,1,1,1,0,1,0,{"b":[[1,0,18,-34,44,-28,1],[0,2],[2,165,"python",10,151]]},1,1,1,1,0,1,1,1,1,1,0,{"b":[[1,0,15,-12,8],[0,2],[2,252,"python",10,238]]},1,1,1,0,1,0,1,1,0,0,{"b":[[1,0,8,-22,5,-24,8],[0,2],[2,284,"python",10,270]]},1,1,0,1,1,1,0,1,1,0,1,1,1,1,0,1,1,1,0,1,0,{"b":[[1,0,53],[0,2],[2,107,"python",10,93]]},{"b":[{"type":"list","raw":"21. `only('headline')` loads just the primary key and `headline`; the first access to the deferred `body_text` on each instance runs one more query, per entry.","ordered":true,"start":21,"loose":false,"items":[{"type":"list_item","raw":"21. `only('headline')` loads just the primary key and `headline`; the first access to the deferred `body_text` on each instance runs one more query, per entry.","text":"`only('headline')` loads just the primary key and `headline`; the first access to the deferred `body_text` on each instance runs one more query, per entry.","loose":false,"task":false,"tokens":[{"type":"text","raw":"`only('headline')` loads just the primary key and `headline`; the first access to the deferred `body_text` on each instance runs one more query, per entry.","text":"`only('headline')` loads just the primary key and `headline`; the first access to the deferred `body_text` on each instance runs one more query, per entry.","tokens":[{"type":"codespan","raw":"`only('headline')`","text":"only('headline')"},{"type":"text","raw":" loads just the primary key and ","text":" loads just the primary key and "},{"type":"codespan","raw":"`headline`","text":"headline"},{"type":"text","raw":"; the first access to the deferred ","text":"; the first access to the deferred "},{"type":"codespan","raw":"`body_text`","text":"body_text"},{"type":"text","raw":" on each instance runs one more query, per entry.","text":" on each instance runs one more query, per entry."}]}]}]}]},1,1,1,0,1,0,1,0,1,0,{"b":[[1,0,66],[0,2],[2,94,"python",10,80]]},1,1,1,1,1,1,1,1,1,1,{"b":[[1,0,38],[0,2],[2,129,"python",10,115]]},1,1,1,1,1,0,0,1,0,1,0,1,0,0,1,1,0,1,0,0,0,0,0,{"b":[[1,0,15,-25,12,-10,17],[0,2],[2,121,"html",8,109]]},1,1,1,0,1,1,1,1,1,1,1,1,1,1,0,1,1,0,1,0,1,0,1,1,1,1,1,0,1,0,1,0,1,0,1,1,1,1,1,0,1,0,0,0,0,1,1,0,1,1,1,1,1,1,1,0,0,1,1,{"b":[[1,0,28],[0,2],[2,224,"python",10,210]]},1,1,1,0,1,1,1,0,1,0,{"b":[[1,0,26,-26,72],[0,2],[2,116,"python",10,102]]},1,1,1,0,0,1,0,0,0,1,0,1,1,1,0,1,1,0,0,0,1,1,1,1,1,1,0,1,1,0,1,0,1,0,{"b":[[1,0,111],[0,2],[2,95,"python",10,81]]},1,1,1,0,1,1,0,1,1,1,{"b":[[1,0,50],[0,2],[2,148,"python",10,134]]},1,1,1,1,0,0,1,1,0,0];
