"""The search query log: which queries members type, and which found nothing (a Django app of its own)."""
