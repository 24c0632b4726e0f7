"""Calendar tokens stored as their SHA-256 (``key_hash``) instead of in plain (``key``).

Existing tokens are converted, not invalidated: each stored key is replaced by its hash, so the private links
members already gave their calendar apps keep working. Going back cannot recover the keys: the old tokens are
deleted then (members make a new link).
"""

import hashlib

from django.db import migrations, models


def hash_keys(apps, schema_editor):
    CalendarToken = apps.get_model("events", "CalendarToken")
    for token in CalendarToken.objects.all():
        token.key_hash = hashlib.sha256(token.key.encode()).hexdigest()
        token.save(update_fields=["key_hash"])


def drop_tokens(apps, schema_editor):
    apps.get_model("events", "CalendarToken").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_report_decisions_actions_participants_source"),
    ]

    operations = [
        migrations.AddField(
            model_name="calendartoken",
            name="key_hash",
            field=models.CharField(max_length=64, null=True),
        ),
        migrations.RunPython(hash_keys, migrations.RunPython.noop),
        migrations.RemoveField(model_name="calendartoken", name="key"),
        # Backwards, before the plain key column comes back: the hashes cannot be turned back into keys.
        migrations.RunPython(migrations.RunPython.noop, drop_tokens),
        migrations.AlterField(
            model_name="calendartoken",
            name="key_hash",
            field=models.CharField(max_length=64, unique=True),
        ),
    ]
