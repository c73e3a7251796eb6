"""The use cases of lagdesk: plain functions over a database or a caller's Session that
return typed records. One package per area of the user's work (``network``,
``stakeholders``, ``meetings``, ``plan``, ``indicators``, ``reporting``) and ``support`` for
what every area shares. No widgets here: Qt is reached only through ``lagdesk.i18n``.

Each area's ``__init__`` is its map: it names the modules and what each offers. Other areas
import from those modules by name, never their underscore names (the architecture test
checks it). The ``__init__`` files import nothing themselves, so touching one module of an
area does not load the whole area: the pages are built, and their modules loaded, only when
a user first opens them, and a CLI command loads only what it needs."""
