"""Who may see what: roles, the site's access policy, checked files, accounts and the security headers.

See docs/access.md. Modules:

- ``roles``: the four roles as Wagtail groups and their permissions, the review workflow;
- ``policy``: which sections are public, need a login or a group; ``apply_policy()`` sets it all;
- ``visibility``: whether a request may open a page, a document or an image (shared by views and hooks);
- ``wagtail_hooks``: the checks added to Wagtail's serving of pages and documents;
- ``files``: the checked view for images (``/media/…``); ``sendfile_nginx``: X-Accel-Redirect for production;
- ``responses``: what a refused request gets (the login page, or 403);
- ``accounts``: front-end login, logout and password reset (``/fr/account/…``), the lockout page;
- ``csp``: the content security policy middleware (stricter for the site than for the Wagtail admin);
- ``management/commands/apply_access_policy.py``: ``manage.py apply_access_policy``.
"""
