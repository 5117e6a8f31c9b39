// Generated from data/django-questions.json by scripts/gen.mjs: do not edit by hand.
// Already validated (and defaults applied) at build time, so pages do not pay for it at run time.
import type { QuestionSet } from './schema.js';

const set: QuestionSet = {
  "id": "django-interview",
  "title": "Django interview questions",
  "description": "Thirty Django interview questions, checked against the official Django 5.2 documentation, for quizzes and flashcards.",
  "version": "1.0.0",
  "questions": [
    {
      "id": "what-is-django",
      "prompt": "In the MTV (model-template-view) pattern that Django's docs use to describe it, what is a Django 'view' responsible for?",
      "answer": "Django is a high-level, batteries-included Python web framework. In its own MTV terms, a view is the Python callable for a URL that decides which data to present; the template decides how that data looks.",
      "explanation": "Django's FAQ explains that it reads MVC differently: the view selects the data a user gets, and usually hands it to a template for presentation. What MVC calls the controller is, in Django's account, mostly the framework itself: the machinery that routes each request to a view using the URLconf. The model layer holds the data definitions and access.",
      "choices": [
        {
          "id": "a",
          "text": "Deciding how the data looks on screen, like the View in classic MVC",
          "why": "Presentation is the template's job in Django; the view picks the data."
        },
        {
          "id": "b",
          "text": "Defining database tables, fields and relationships",
          "why": "That is the model layer, not the view."
        },
        {
          "id": "c",
          "text": "Choosing which data to present for a URL, usually passing it to a template",
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
      "note": "Django is often described as MVC. Its own docs prefer MTV: Django's 'view' does roughly what many MVC frameworks call the controller's job of picking data, the template is the presentation layer, and the framework's URL routing plays the controller role."
    },
    {
      "id": "queryset-evaluation",
      "prompt": "Given qs = Entry.objects.filter(published=True), which of these make Django actually run a database query?",
      "answer": "QuerySets are lazy: building, filtering and ordering them runs no SQL. The query runs when the QuerySet is evaluated, for example by iterating it or calling list(), len() or bool() on it.",
      "explanation": "Django's ORM lets you describe queries in Python, and it only sends SQL once you need the results. Chaining filter(), exclude() or order_by() just returns a new, still-unevaluated QuerySet. Iteration, list(), len(), repr(), bool() (including 'if qs:') and step slicing force evaluation. If you only need a count or an existence check, count() and exists() are cheaper than len() or bool().",
      "choices": [
        {
          "id": "a",
          "text": "list(qs)",
          "correct": true,
          "why": "Converting to a list evaluates the QuerySet and fetches every row."
        },
        {
          "id": "b",
          "text": "qs2 = qs.exclude(draft=True).order_by('-created')",
          "why": "Chaining only builds a new lazy QuerySet; no SQL runs yet."
        },
        {
          "id": "c",
          "text": "len(qs)",
          "correct": true,
          "why": "len() evaluates the QuerySet and loads all rows (use count() if you only need the number)."
        },
        {
          "id": "d",
          "text": "if qs: ...",
          "correct": true,
          "why": "Testing a QuerySet in a boolean context runs the query (exists() is cheaper)."
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
      "answer": "A Python class that subclasses django.db.models.Model and describes one kind of stored data. Generally each model maps to one database table, and each field attribute maps to a column.",
      "explanation": "The model is the single authoritative description of your data: its fields and the behaviour attached to it. From it Django derives the table schema (through migrations) and an automatic database-access API, such as Model.objects.filter(). Methods on the model keep row-level business logic next to the data.",
      "choices": [
        {
          "id": "a",
          "text": "A database table you create by hand that Django inspects at startup",
          "why": "You define the model in Python; migrations create the table from it."
        },
        {
          "id": "b",
          "text": "A class subclassing django.db.models.Model; usually one table, one column per field",
          "correct": true,
          "why": "Right: each model generally maps to a single table and its fields to columns."
        },
        {
          "id": "c",
          "text": "A form definition used to validate user input",
          "why": "That is a Form (or ModelForm), not a model."
        },
        {
          "id": "d",
          "text": "A JSON schema file from which Django generates SQL",
          "why": "Models are Python classes, not schema files."
        }
      ],
      "topics": [
        "models",
        "orm"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/models/"
    },
    {
      "id": "template-language",
      "prompt": "Which statement about the Django template language (DTL) is accurate?",
      "answer": "The DTL gives you tags and filters for things like loops and conditionals, but it is deliberately not Python in HTML: it will not evaluate arbitrary Python expressions.",
      "explanation": "Django's docs say the template system is meant to express presentation, not program logic. Tags such as {% if %} and {% for %} look like programming constructs but are not run as the matching Python code, and only the registered tags, filters and syntax work (you can add custom ones). Templates are plain text, so they can produce HTML, XML, CSV or any other text format.",
      "choices": [
        {
          "id": "a",
          "text": "It embeds Python, so any expression such as {{ price * 1.2 }} is evaluated",
          "why": "The DTL does not execute arbitrary Python expressions; use a filter, custom tag or the view."
        },
        {
          "id": "b",
          "text": "It can only generate HTML documents",
          "why": "A template is a text file and can generate any text-based format."
        },
        {
          "id": "c",
          "text": "Templates are compiled into view functions when the server starts",
          "why": "Templates are rendered with a context; they are not turned into views."
        },
        {
          "id": "d",
          "text": "It provides tags and filters for logic, but deliberately won't run arbitrary Python",
          "correct": true,
          "why": "Right: the design keeps presentation separate from program logic."
        }
      ],
      "topics": [
        "templates"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/templates/language/",
      "note": "Descriptions of the DTL as allowing 'Python-like expressions' are misleading: by design it is not Python embedded in HTML and it refuses arbitrary Python expressions."
    },
    {
      "id": "project-vs-app",
      "prompt": "What is the difference between a Django project and a Django app?",
      "answer": "A project is the whole web application, defined mainly by its settings module. An app is a Python package that provides a set of features (models, views, templates...) and can be reused in several projects.",
      "explanation": "startproject creates a package containing settings.py, urls.py, wsgi.py and asgi.py. Apps are plugged into a project through INSTALLED_APPS, and optionally through URLconfs, MIDDLEWARE or templates. One project usually contains many apps, and one app can be shared between projects.",
      "choices": [
        {
          "id": "a",
          "text": "A project is the whole site, mainly its settings; an app is a reusable package of features",
          "correct": true,
          "why": "Right: apps are wired into a project, mostly through INSTALLED_APPS."
        },
        {
          "id": "b",
          "text": "An app is the whole site; a project is a component inside it",
          "why": "It's the other way round."
        },
        {
          "id": "c",
          "text": "A project can contain only one app",
          "why": "A project usually contains many apps."
        },
        {
          "id": "d",
          "text": "Apps are found automatically and never need to be listed in INSTALLED_APPS",
          "why": "Apps are activated by listing them (or their AppConfig) in INSTALLED_APPS."
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
      "prompt": "With MIDDLEWARE = [A, B, C], in what order does the middleware see the request and then the response?",
      "answer": "Requests pass through A, then B, then C before reaching the view. The response comes back in reverse order: C, then B, then A.",
      "explanation": "Django's docs compare middleware to an onion: each entry wraps the layers below it, with the view at the core. Each middleware can act on the request before calling get_response() and on the response after it returns, so order in MIDDLEWARE matters. For example, AuthenticationMiddleware needs SessionMiddleware to run before it. A middleware that returns a response early stops the inner layers and the view from running at all.",
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
          "text": "Order doesn't matter; Django sorts middleware automatically",
          "why": "Order matters and is exactly the order of the MIDDLEWARE list."
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
      "answer": "It loads the root URLconf (normally the module named by ROOT_URLCONF), walks its urlpatterns in order, and calls the view of the first pattern that matches.",
      "explanation": "The root URLconf is usually the project's urls.py, which typically include()s each app's own urls.py; middleware can override it per request by setting request.urlconf. Matching is against the path only, not the domain or the query string. Matching stops at the first hit, so pattern order matters, and if nothing matches Django responds with a 404.",
      "choices": [
        {
          "id": "a",
          "text": "It picks the most specific (longest) matching pattern anywhere in the URLconf",
          "why": "There is no 'best match' ranking: the first matching pattern wins."
        },
        {
          "id": "b",
          "text": "It tries the patterns of the ROOT_URLCONF module in order and uses the first match",
          "correct": true,
          "why": "Right: order matters and matching stops at the first hit."
        },
        {
          "id": "c",
          "text": "It automatically scans every installed app's urls.py without configuration",
          "why": "App URLconfs are only used if the root URLconf include()s them."
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
      "answer": "Run makemigrations to write a migration file describing the change, then migrate to apply it to the database.",
      "explanation": "Migrations work like version control for your schema: makemigrations packages model changes into files (like commits) stored in each app's migrations folder, and migrate applies or unapplies them. The files are meant to be committed, so every environment runs the same migrations. sqlmigrate shows a migration's SQL and showmigrations lists what has been applied.",
      "choices": [
        {
          "id": "a",
          "text": "migrate, then makemigrations",
          "why": "migrate only applies migration files that already exist, so it has to come second."
        },
        {
          "id": "b",
          "text": "syncdb, then migrate",
          "why": "syncdb was removed long ago; makemigrations creates migration files."
        },
        {
          "id": "c",
          "text": "sqlmigrate, then showmigrations",
          "why": "These only display SQL and migration status; they change nothing."
        },
        {
          "id": "d",
          "text": "makemigrations, then migrate",
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
      "answer": "Django sends post_save at the end of Model.save(), m2m_changed when a many-to-many relation is modified, and request_finished when it finishes serving an HTTP request. There is no post_update signal.",
      "explanation": "Signals let senders notify any connected receivers that something happened. Receivers are connected with Signal.connect() or @receiver, usually in AppConfig.ready(). Built-in signals (apart from those in the async request cycle) are sent with send(), which calls receivers synchronously, one after another. Bulk operations such as QuerySet.update() don't call save(), so they send no pre_save or post_save signals.",
      "choices": [
        {
          "id": "a",
          "text": "post_update, sent after QuerySet.update() changes rows",
          "why": "No such signal exists, and update() sends no save signals at all."
        },
        {
          "id": "b",
          "text": "post_save, sent at the end of Model.save()",
          "correct": true,
          "why": "A built-in model signal from django.db.models.signals."
        },
        {
          "id": "c",
          "text": "m2m_changed, sent when a ManyToManyField relation is changed",
          "correct": true,
          "why": "Sent by the many-to-many field on add, remove and clear."
        },
        {
          "id": "d",
          "text": "request_finished, sent when Django finishes an HTTP request",
          "correct": true,
          "why": "A built-in request/response signal from django.core.signals."
        }
      ],
      "topics": [
        "signals"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/signals/",
      "note": "Signals are often praised for 'loose coupling'. Django's docs warn that they only give the appearance of it and can make code hard to follow and debug, so they recommend calling the handling code directly where possible."
    },
    {
      "id": "django-rest-framework",
      "prompt": "What is Django REST framework (DRF) in relation to Django?",
      "answer": "DRF is a separate, third-party package built on top of Django for building Web APIs. It is installed on its own and is not part of Django.",
      "explanation": "DRF adds serializers, viewsets, routers, API authentication classes and a browsable API, and it is maintained outside the Django project. Django itself offers simpler building blocks: JsonResponse for returning JSON, and a serialization framework that converts model instances to formats such as JSON or XML. Small APIs can be built with plain Django views; DRF helps when an API grows.",
      "choices": [
        {
          "id": "a",
          "text": "A contrib app that ships with Django as django.contrib.rest",
          "why": "There is no such contrib app; DRF is a separate package."
        },
        {
          "id": "b",
          "text": "It was merged into Django core in version 4.0",
          "why": "DRF has never been merged into Django."
        },
        {
          "id": "c",
          "text": "A third-party package built on Django and installed separately",
          "correct": true,
          "why": "Right: it depends on Django but isn't part of it."
        },
        {
          "id": "d",
          "text": "Something you must install before any Django view can return JSON",
          "why": "Plain Django views can return JSON with django.http.JsonResponse."
        }
      ],
      "topics": [
        "apis"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/serialization/",
      "note": "Interview material often presents DRF (and its ModelViewSet) as a Django feature. It is a third-party project; Django's own tools for JSON are JsonResponse and the serialization framework."
    },
    {
      "id": "session-storage",
      "prompt": "With Django's default session settings, where is session data stored, and what does the browser's cookie contain?",
      "answer": "By default the data lives in the database (via django.contrib.sessions), and the cookie holds only a session key that identifies the row.",
      "explanation": "SESSION_ENGINE defaults to the database backend. You can switch to cache, cached_db (write-through cache with the database behind it), file, or signed_cookies backends. With signed_cookies the data itself travels in the cookie: it is signed against tampering but not encrypted, so the client can read it, and it cannot be invalidated on the server at logout.",
      "choices": [
        {
          "id": "a",
          "text": "In the database; the cookie holds only the session key",
          "correct": true,
          "why": "Right: the default SESSION_ENGINE is the database backend."
        },
        {
          "id": "b",
          "text": "In the cookie itself, signed with SECRET_KEY",
          "why": "That is the opt-in signed_cookies backend, not the default."
        },
        {
          "id": "c",
          "text": "In the memory of the worker process that served the first request",
          "why": "Sessions aren't kept in process memory by default; that would break with several workers."
        },
        {
          "id": "d",
          "text": "In the configured cache (Memcached or Redis) by default",
          "why": "Cache-based sessions must be chosen explicitly through SESSION_ENGINE."
        }
      ],
      "topics": [
        "middleware",
        "settings"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/sessions/#configuring-the-session-engine",
      "note": "The session framework is often described as always storing data on the server. With the signed_cookies backend, the data is stored in the client's cookie (signed, not encrypted)."
    },
    {
      "id": "built-in-security-protections",
      "prompt": "Which of these protections does Django provide out of the box?",
      "answer": "Django protects against SQL injection (parameterized ORM queries), XSS (template auto-escaping) and clickjacking (XFrameOptionsMiddleware). It does not throttle or lock out repeated failed logins.",
      "explanation": "QuerySets build SQL with parameters that the database driver escapes, and templates escape variables unless you mark them safe. XFrameOptionsMiddleware, in the default MIDDLEWARE, sets the X-Frame-Options header; CSRF protection and salted password hashing are built in too. Django's auth docs explicitly list login-attempt throttling as something left to third-party packages.",
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
          "why": "It sets the X-Frame-Options header and is enabled in new projects."
        }
      ],
      "topics": [
        "security"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/security/",
      "note": "Claims that Django protects against brute-force login attacks out of the box are wrong: its auth docs say login throttling isn't provided and point to third-party packages."
    },
    {
      "id": "csrf-protection",
      "prompt": "How do {% csrf_token %} and CsrfViewMiddleware work together to protect a POST form?",
      "answer": "The {% csrf_token %} template tag puts a hidden token field into the form. CsrfViewMiddleware then checks that token against the CSRF cookie on unsafe requests (POST, PUT, DELETE...) and rejects mismatches with 403.",
      "explanation": "The middleware sets a CSRF cookie based on a secret, and the template tag writes a masked version of that secret into the form's csrfmiddlewaretoken field. On requests other than GET, HEAD, OPTIONS or TRACE, the middleware compares the two and also checks the Origin header (or, over HTTPS, the Referer). For AJAX, send the token in the X-CSRFToken header. Safe methods aren't checked, so GET requests must not change data.",
      "choices": [
        {
          "id": "a",
          "text": "CsrfViewMiddleware rewrites outgoing HTML and injects the token into every form",
          "why": "The middleware doesn't edit HTML; you add the token with the template tag."
        },
        {
          "id": "b",
          "text": "The tag adds a hidden token to the form; the middleware validates it on unsafe requests",
          "correct": true,
          "why": "Right: the template tag inserts it and the middleware checks it."
        },
        {
          "id": "c",
          "text": "The middleware checks the token on every request, including GET",
          "why": "Safe methods such as GET and HEAD are not checked."
        },
        {
          "id": "d",
          "text": "Tokens are needed only for AJAX; ordinary forms are protected automatically",
          "why": "Ordinary POST forms need {% csrf_token %} too."
        }
      ],
      "topics": [
        "security",
        "middleware",
        "templates"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/csrf/#how-it-works",
      "note": "CsrfViewMiddleware is often said to add the token to every outgoing form. It doesn't: the {% csrf_token %} tag (or csrf_input in Jinja2) puts it into the form, and the middleware sets the cookie and checks the token."
    },
    {
      "id": "auth-built-in-views",
      "prompt": "Which of these views does django.contrib.auth ship with?",
      "answer": "django.contrib.auth provides views for logging in and out and for changing and resetting passwords, such as LoginView and PasswordResetView. It has no sign-up view and no login-throttling view.",
      "explanation": "You can include django.contrib.auth.urls to get login, logout, password change and password reset views, but you must write the templates yourself. For sign-up, Django provides a UserCreationForm that you wire into your own view. The framework also includes users, groups, permissions, pluggable backends and password hashing. For new projects the docs recommend setting up a custom user model from the start.",
      "choices": [
        {
          "id": "a",
          "text": "SignupView, a ready-made user registration view",
          "why": "There is no built-in registration view; you build one, e.g. with UserCreationForm."
        },
        {
          "id": "b",
          "text": "PasswordResetView",
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
          "text": "LoginView",
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
      "note": "The source says Django's auth system includes 'views for login and registration'. It ships login, logout and password views, but no registration view; only a UserCreationForm to build one."
    },
    {
      "id": "cache-backends",
      "prompt": "Which of these cache backends ship with Django 5.2?",
      "answer": "Built-in backends include Redis, Memcached, database, filesystem, local-memory (the default when CACHES isn't configured) and a dummy cache for development. There is no MongoDB backend.",
      "explanation": "You choose a backend in the CACHES setting. Caching can then be applied to the whole site with the cache middleware, per view with cache_page, per template fragment with {% cache %}, or through the low-level cache API. Local-memory caching is per process, so several workers don't share it. Redis or Memcached suit shared production caches.",
      "choices": [
        {
          "id": "a",
          "text": "RedisCache",
          "correct": true,
          "why": "django.core.cache.backends.redis.RedisCache, built in since Django 4.0."
        },
        {
          "id": "b",
          "text": "MongoDBCache",
          "why": "Django ships no MongoDB cache backend; that would be third-party."
        },
        {
          "id": "c",
          "text": "DatabaseCache",
          "correct": true,
          "why": "Stores cache entries in a table created with createcachetable."
        },
        {
          "id": "d",
          "text": "LocMemCache",
          "correct": true,
          "why": "Local-memory caching, used by default when no cache is configured."
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
      "prompt": "Despite the common claim that it locks the admin to trusted IPs, what does the ALLOWED_HOSTS setting actually do?",
      "answer": "It lists the host/domain names this site will serve. Django checks each request's Host header against it to block HTTP Host header attacks. It has nothing to do with who can reach the admin.",
      "explanation": "If the Host header (or X-Forwarded-Host, when USE_X_FORWARDED_HOST is on) doesn't match an entry, request.get_host() raises SuspiciousOperation and the request is rejected. To harden the admin, serve it over HTTPS, give is_staff and superuser status only to people who need it, use strong passwords and fine-grained permissions, and restrict access at the web server or network level if needed.",
      "choices": [
        {
          "id": "a",
          "text": "It limits admin logins to the listed client IP addresses",
          "why": "It checks the requested host name, not the client's IP address."
        },
        {
          "id": "b",
          "text": "It sets which origins may make cross-origin (CORS) requests",
          "why": "Django core has no CORS setting; that needs a third-party package."
        },
        {
          "id": "c",
          "text": "It lists the database servers Django may connect to",
          "why": "Database hosts are configured in DATABASES."
        },
        {
          "id": "d",
          "text": "It lists host names the site serves; requests with other Host headers are rejected",
          "correct": true,
          "why": "Right: it defends against HTTP Host header attacks."
        }
      ],
      "topics": [
        "settings",
        "security",
        "admin"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/settings/#allowed-hosts",
      "note": "Advice to 'restrict admin access using ALLOWED_HOSTS' is wrong: ALLOWED_HOSTS validates the Host header against host-header attacks and doesn't restrict who can use the admin."
    },
    {
      "id": "select-related-vs-prefetch-related",
      "prompt": "What is the key difference between select_related() and prefetch_related()?",
      "answer": "select_related() follows single-valued relations (ForeignKey, OneToOne) with a SQL JOIN in the same query. prefetch_related() runs a separate query per relation and joins the results in Python, so it also works for many-to-many and reverse foreign keys.",
      "explanation": "Both fix the 'N+1 queries' problem, where a loop touches a relation on every object. select_related() can only follow relations that return one object, because a JOIN on a multi-valued relation would multiply the rows. prefetch_related() handles those and can be fine-tuned with Prefetch objects. Use select_related() for forward FK/OneToOne and prefetch_related() for collections.",
      "choices": [
        {
          "id": "a",
          "text": "select_related() JOINs single-valued relations; prefetch_related() queries separately, joins in Python",
          "correct": true,
          "why": "Right: that's why prefetch_related() also handles many-to-many."
        },
        {
          "id": "b",
          "text": "select_related() handles many-to-many; prefetch_related() only handles ForeignKey",
          "why": "It's the reverse: select_related() is limited to FK and one-to-one."
        },
        {
          "id": "c",
          "text": "prefetch_related() caches results across requests; select_related() doesn't",
          "why": "Neither caches across requests; both only fill that QuerySet's result cache."
        },
        {
          "id": "d",
          "text": "They are aliases; prefetch_related() is just the newer name",
          "why": "They use different strategies and support different relation types."
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
      "answer": "Add its dotted path to the 'context_processors' list in the OPTIONS of a backend in the TEMPLATES setting. It is a function that takes the request and returns a dict merged into the template context.",
      "explanation": "Context processors only run when a template is rendered with a request, i.e. with a RequestContext. render(), TemplateResponse and generic views do this for you, but rendering with a plain Context skips them. They run on every such render, so keep them cheap. Django always enables the CSRF processor, whatever the list says.",
      "choices": [
        {
          "id": "a",
          "text": "In a top-level CONTEXT_PROCESSORS setting",
          "why": "No such standalone setting exists; the list lives inside TEMPLATES."
        },
        {
          "id": "b",
          "text": "In MIDDLEWARE, because it has to run on every request",
          "why": "Middleware and context processors are separate mechanisms."
        },
        {
          "id": "c",
          "text": "In the 'context_processors' list in OPTIONS of the TEMPLATES setting",
          "correct": true,
          "why": "Right: it is an option of the template engine."
        },
        {
          "id": "d",
          "text": "Nowhere: functions in an app's context_processors.py are auto-discovered",
          "why": "Django doesn't auto-discover them; they must be listed."
        }
      ],
      "topics": [
        "templates",
        "settings"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/templates/api/#writing-your-own-context-processors",
      "note": "There is no standalone 'context_processors' setting (the old TEMPLATE_CONTEXT_PROCESSORS setting is gone). The list is an option of the template backend in TEMPLATES, and it only applies when rendering with a request."
    },
    {
      "id": "generic-editing-views",
      "prompt": "Which of these generic class-based views come with Django itself?",
      "answer": "Django's generic editing views include CreateView, UpdateView and DeleteView (plus FormView). ModelViewSet is not Django's: it comes from Django REST framework.",
      "explanation": "CreateView and UpdateView display a model form, redisplay it with errors, and save the object. DeleteView shows a confirmation and deletes on POST. Together with ListView and DetailView they cover typical CRUD pages, but you still list their URLs in your URLconf yourself. In DRF, it's a router, not the viewset itself, that generates URL patterns for a ModelViewSet.",
      "choices": [
        {
          "id": "a",
          "text": "CreateView",
          "correct": true,
          "why": "A built-in generic editing view in django.views.generic."
        },
        {
          "id": "b",
          "text": "UpdateView",
          "correct": true,
          "why": "A built-in generic editing view in django.views.generic."
        },
        {
          "id": "c",
          "text": "DeleteView",
          "correct": true,
          "why": "A built-in generic editing view in django.views.generic."
        },
        {
          "id": "d",
          "text": "ModelViewSet",
          "why": "This belongs to Django REST framework, a third-party package."
        }
      ],
      "topics": [
        "views"
      ],
      "difficulty": "easy",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/class-based-views/generic-editing/",
      "note": "ModelViewSet is sometimes presented as a Django class. It's part of the third-party Django REST framework, and the URL patterns for it come from a DRF router, not from the viewset itself."
    },
    {
      "id": "static-files-production",
      "prompt": "How are static files meant to be served when a Django site is in production?",
      "answer": "Run collectstatic to copy all static files into STATIC_ROOT, then serve that directory with a web server or a CDN rather than with Django.",
      "explanation": "In development, django.contrib.staticfiles makes runserver serve static files automatically, but only while DEBUG is True. The docs call that method grossly inefficient and probably insecure. In templates, {% static %} builds the URLs from STATIC_URL. In production, collectstatic gathers files from every app's static folder and STATICFILES_DIRS into STATIC_ROOT, where a dedicated server can deliver them.",
      "choices": [
        {
          "id": "a",
          "text": "runserver keeps serving them automatically even with DEBUG = False",
          "why": "Automatic serving is a development convenience tied to DEBUG = True."
        },
        {
          "id": "b",
          "text": "Run collectstatic into STATIC_ROOT and serve that folder from a web server or CDN",
          "correct": true,
          "why": "Right: Django collects the files; something else serves them."
        },
        {
          "id": "c",
          "text": "Leave DEBUG = True in production so staticfiles can serve them",
          "why": "DEBUG must be off in production; it leaks sensitive information."
        },
        {
          "id": "d",
          "text": "Add each app's static folder to the MIDDLEWARE setting",
          "why": "MIDDLEWARE lists middleware classes, not folders."
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
      "answer": "Gunicorn ('Green Unicorn') is a third-party, pure-Python WSGI HTTP server. You install it separately and point it at your project's WSGI module, e.g. gunicorn myproject.wsgi.",
      "explanation": "Django's deployment docs show how to run a project under WSGI servers such as Gunicorn, uWSGI or Apache with mod_wsgi. For ASGI there are servers such as Daphne, Hypercorn and Uvicorn. Gunicorn isn't shipped with Django. runserver is for development only and isn't meant for production.",
      "choices": [
        {
          "id": "a",
          "text": "Django's built-in production server, started with manage.py runserver",
          "why": "runserver is Django's development server, and it isn't Gunicorn."
        },
        {
          "id": "b",
          "text": "A contrib app that adds asynchronous views to Django",
          "why": "Gunicorn is a WSGI server, not a Django app."
        },
        {
          "id": "c",
          "text": "The ASGI server bundled with Django since 3.0",
          "why": "Django bundles no production server; Gunicorn is separate."
        },
        {
          "id": "d",
          "text": "A third-party WSGI server you install separately and point at your project's wsgi module",
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
      "prompt": "How do you make sure a Celery task queued inside transaction.atomic() runs only after the new rows are committed?",
      "answer": "Queue the task from transaction.on_commit(), e.g. transaction.on_commit(lambda: send_receipt.delay(order.pk)). Django then calls it only after the transaction commits, and drops it if the transaction rolls back.",
      "explanation": "A background worker uses its own database connection, so it can't see rows that haven't been committed yet, and it may also act on data that later gets rolled back. on_commit() defers the callback until the outermost atomic block commits. If there's no active transaction it runs at once. Celery itself is a separate task-queue project, not part of Django.",
      "choices": [
        {
          "id": "a",
          "text": "Wrap the enqueue call in transaction.on_commit()",
          "correct": true,
          "why": "Right: the callback runs only after a successful commit."
        },
        {
          "id": "b",
          "text": "Queue the task from a post_save signal receiver instead",
          "why": "post_save fires inside the same open transaction, so the race remains."
        },
        {
          "id": "c",
          "text": "Set ATOMIC_REQUESTS = True for the database",
          "why": "That wraps the whole view in a transaction; the task can still start before commit."
        },
        {
          "id": "d",
          "text": "Load the order with select_for_update() before queueing",
          "why": "Row locking doesn't delay the task until the data is committed."
        }
      ],
      "topics": [
        "orm"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/db/transactions/#performing-actions-after-commit",
      "note": "Celery is often called 'Django's Celery'. It is a separate, third-party task queue; Django's part is transaction.on_commit(), used to queue tasks safely."
    },
    {
      "id": "request-factory",
      "prompt": "When you unit-test a view with RequestFactory, what do you have to handle yourself?",
      "answer": "RequestFactory builds a request you pass straight to the view, without URL routing or middleware. Anything middleware would normally add, such as request.user or request.session, you must set yourself.",
      "explanation": "RequestFactory mirrors the test client's request methods (get(), post() and so on), but it only produces the request object. You call the view function, or MyView.as_view(), with it and inspect the returned response. That makes the view easy to test as a black box, but no session, authentication or message middleware has run.",
      "choices": [
        {
          "id": "a",
          "text": "Start the development server, since RequestFactory sends real HTTP requests",
          "why": "It makes no network requests; it just builds HttpRequest objects."
        },
        {
          "id": "b",
          "text": "Nothing: it runs the full middleware stack, just like the test client",
          "why": "Middleware does not run for RequestFactory requests."
        },
        {
          "id": "c",
          "text": "Attributes middleware would add, such as request.user or a session",
          "correct": true,
          "why": "Right: since middleware is skipped, the test must supply them."
        },
        {
          "id": "d",
          "text": "Rewrite function-based views as classes, since it only supports CBVs",
          "why": "It works with any view callable, function or class-based."
        }
      ],
      "topics": [
        "testing"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/testing/advanced/#the-request-factory",
      "note": "'Without making actual HTTP calls' isn't what sets RequestFactory apart: Django's test Client doesn't open network connections either. The difference is that RequestFactory skips URL resolution and middleware and hands you a bare request."
    },
    {
      "id": "form-cleaned-data",
      "prompt": "After binding a Form to request.POST, how do you get the validated, converted input?",
      "answer": "Call form.is_valid(); if it returns True, read the values from form.cleaned_data, which holds validated data converted to Python types.",
      "explanation": "A Form class declares fields in Python, and Django uses it to render the HTML inputs, validate submitted data and report errors per field. is_valid() runs every field's cleaning and validation plus the form's clean(). The raw submitted values stay in form.data, so use cleaned_data, where an IntegerField gives you an int and a DateField a date.",
      "choices": [
        {
          "id": "a",
          "text": "Read request.POST directly; Form classes only render HTML",
          "why": "Forms also validate and convert data; raw POST values skip that."
        },
        {
          "id": "b",
          "text": "Call form.is_valid() and, if True, read form.cleaned_data",
          "correct": true,
          "why": "Right: cleaned_data only exists after successful validation."
        },
        {
          "id": "c",
          "text": "Read form.data, which is replaced by cleaned values after validation",
          "why": "form.data keeps the raw submitted values."
        },
        {
          "id": "d",
          "text": "Call form.save(); every Form writes its data to the database",
          "why": "Only ModelForm has save(); a plain Form doesn't."
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
      "prompt": "How do you hook a class-based view called AboutView into a URLconf?",
      "answer": "Use AboutView.as_view(), e.g. path('about/', AboutView.as_view()). as_view() returns a function the URL resolver can call.",
      "explanation": "The URL resolver expects a callable, not a class. For each request, the function made by as_view() creates a fresh instance, calls setup() and then dispatch(). dispatch() sends the request to get(), post() and so on, and returns 405 Method Not Allowed for methods the class doesn't define. Keyword arguments given to as_view() override class attributes.",
      "choices": [
        {
          "id": "a",
          "text": "path('about/', AboutView.as_view())",
          "correct": true,
          "why": "Right: as_view() turns the class into a view function."
        },
        {
          "id": "b",
          "text": "path('about/', AboutView)",
          "why": "The class isn't a view function; calling it with a request fails, so use as_view()."
        },
        {
          "id": "c",
          "text": "path('about/', AboutView().dispatch)",
          "why": "That shares one instance across requests and skips as_view()'s setup."
        },
        {
          "id": "d",
          "text": "path('about/', AboutView.get)",
          "why": "That bypasses dispatch() and handles only GET, without an instance."
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
      "prompt": "Given path('articles/<int:pk>/', views.detail, name='article-detail'), how do you build article 7's URL in Python code?",
      "answer": "Use reverse('article-detail', args=[7]) or reverse('article-detail', kwargs={'pk': 7}). In templates, the equivalent is {% url 'article-detail' 7 %}.",
      "explanation": "Reversing keeps the URLconf as the single place where URL design lives, so changing a route doesn't mean hunting for hard-coded strings. reverse() looks up the named pattern and fills in the arguments. reverse_lazy() does the same thing lazily, for use before the URLconf is loaded, for example in class attributes or decorator arguments. In Django 5.2, reverse() also accepts query and fragment arguments.",
      "choices": [
        {
          "id": "a",
          "text": "resolve('article-detail', 7)",
          "why": "resolve() goes the other way: from a path to the matching view."
        },
        {
          "id": "b",
          "text": "settings.URLS['article-detail'].format(7)",
          "why": "There is no such setting; named routes are looked up through the URLconf."
        },
        {
          "id": "c",
          "text": "Hard-code '/articles/7/'; reversing is only for templates",
          "why": "reverse() exists precisely to avoid hard-coded URLs in Python code."
        },
        {
          "id": "d",
          "text": "reverse('article-detail', args=[7])",
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
      "answer": "django.http.JsonResponse, an HttpResponse subclass that serializes its data to JSON and sets Content-Type to application/json.",
      "explanation": "JsonResponse encodes with DjangoJSONEncoder, which also handles dates, decimals and UUIDs. By default the top-level data must be a dict; pass safe=False to send a list or other JSON-serializable value. For JSON from class-based views, you can write a small mixin that returns JsonResponse. Django's docs show one as an example, but it isn't something Django ships.",
      "choices": [
        {
          "id": "a",
          "text": "django.views.generic.JSONResponseMixin",
          "why": "Django ships no such class; the docs only show it as an example mixin to write yourself."
        },
        {
          "id": "b",
          "text": "django.http.HttpResponseJSON",
          "why": "This class doesn't exist."
        },
        {
          "id": "c",
          "text": "django.http.JsonResponse",
          "correct": true,
          "why": "Right: the built-in JSON response class."
        },
        {
          "id": "d",
          "text": "django.core.serializers.JsonView",
          "why": "There is no JsonView; django.core.serializers converts models to data formats."
        }
      ],
      "topics": [
        "apis",
        "views"
      ],
      "difficulty": "medium",
      "docs": "https://docs.djangoproject.com/en/5.2/ref/request-response/#jsonresponse-objects",
      "note": "JSONResponseMixin isn't a Django class. It's a sample mixin in the 'Using mixins with class-based views' docs. What Django actually ships is django.http.JsonResponse."
    },
    {
      "id": "django-testcase",
      "prompt": "Which of these are true of django.test.TestCase?",
      "answer": "It wraps each test in an atomic block that is rolled back afterwards, and it gives every test a fresh test client as self.client. Tests run against a separate test database that Django creates, never your real one.",
      "explanation": "Django's testing tools build on Python's standard unittest module, and manage.py test discovers and runs tests (pytest can also be used through a plugin). TestCase adds transaction-based isolation, setUpTestData() for class-level fixtures, fixture loading and extra assertions. Use TransactionTestCase to test real commit behaviour, and SimpleTestCase when no database is needed.",
      "choices": [
        {
          "id": "a",
          "text": "It runs against the database in DATABASES directly, without a test copy",
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
          "text": "Each test gets a fresh Django test client as self.client",
          "correct": true,
          "why": "The client is recreated for each test, so cookies don't leak between tests."
        },
        {
          "id": "d",
          "text": "It can't be run by manage.py test and needs pytest instead",
          "why": "manage.py test runs these tests with Django's test runner."
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
      "answer": "As a salted, one-way PBKDF2-SHA256 hash, stored as algorithm$iterations$salt$hash. The raw password is never stored.",
      "explanation": "The first hasher in PASSWORD_HASHERS hashes new passwords, and the others can still verify older hashes. When a user logs in with a hash made by an older algorithm or a lower work factor, Django upgrades it automatically. Argon2, bcrypt and scrypt hashers are available if you list them first. Because the hash is one-way, lost passwords must be reset, never recovered.",
      "choices": [
        {
          "id": "a",
          "text": "Encrypted with SECRET_KEY so it can be decrypted for password reminders",
          "why": "Passwords are hashed one-way, not encrypted, and can't be decrypted."
        },
        {
          "id": "b",
          "text": "As a salted PBKDF2-SHA256 hash in the form algorithm$iterations$salt$hash",
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
          "text": "In plain text, protected by database permissions",
          "why": "Django never stores raw passwords."
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
      "prompt": "What does django.utils.deprecation.MiddlewareMixin actually do?",
      "answer": "It's a base class that lets a middleware written with process_request() and process_response() hooks work under the MIDDLEWARE setting. It supplies __init__(get_response) and a __call__() that runs those hooks around the rest of the chain.",
      "explanation": "The mixin was added to help port pre-Django 1.10 middleware to the new get_response style, and it supports both sync and async requests. Its __call__() runs process_request(), then get_response(), then process_response(). It doesn't combine middleware or attach them to particular views. To use middleware on a single view, django.utils.decorators.decorator_from_middleware() turns a middleware class into a view decorator.",
      "choices": [
        {
          "id": "a",
          "text": "Lets you attach middleware to chosen views by mixing it into a class-based view",
          "why": "Per-view use is done with decorator_from_middleware(), not this mixin."
        },
        {
          "id": "b",
          "text": "Combines several middleware classes into a single MIDDLEWARE entry",
          "why": "Each middleware is still listed separately in MIDDLEWARE."
        },
        {
          "id": "c",
          "text": "Marks a middleware as async-only so synchronous requests skip it",
          "why": "The mixin supports both sync and async requests."
        },
        {
          "id": "d",
          "text": "A base class letting middleware with process_request()/process_response() hooks work in MIDDLEWARE",
          "correct": true,
          "why": "Right: it adapts hook-style middleware to the get_response protocol."
        }
      ],
      "topics": [
        "middleware"
      ],
      "difficulty": "hard",
      "docs": "https://docs.djangoproject.com/en/5.2/topics/http/middleware/#upgrading-pre-django-1-10-style-middleware",
      "note": "'Middleware mixins' are sometimes described as reusable middleware pieces you can apply to specific views. Django's MiddlewareMixin is a compatibility base class for hook-style middleware; per-view use needs decorator_from_middleware()."
    }
  ]
};

export default set;
