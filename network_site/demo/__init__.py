"""Demo content of the intranet: French source content with English translations.

``content`` holds the texts as data, ``loader`` builds them (``manage.py load_demo``).
"""
