"""No models: the access policy is made of Wagtail's own objects (groups, restrictions, workflow).

The module exists so that Django sends this app's ``post_migrate`` signal (see ``apps.py``).
"""
