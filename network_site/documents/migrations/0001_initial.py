# The document model moves from the search app to this one (docs/architecture.md: documents are a lower
# layer than search). The table and its rows stay; only its name and its content type follow the model.

import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models

OLD_TABLE, NEW_TABLE = "search_archivedocument", "documents_archivedocument"


def move_table(apps, schema_editor):
    schema_editor.alter_db_table(apps.get_model("documents", "ArchiveDocument"), OLD_TABLE, NEW_TABLE)
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="documents", model="archivedocument").exists():
        ContentType.objects.filter(app_label="search", model="archivedocument").update(app_label="documents")


def move_table_back(apps, schema_editor):
    schema_editor.alter_db_table(apps.get_model("documents", "ArchiveDocument"), NEW_TABLE, OLD_TABLE)
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="documents", model="archivedocument").update(app_label="search")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("search", "0001_initial"),
        # After the migrations that point at the old table (events 0002 adds its foreign key to it).
        ("events", "0003_report_review_notes_legal_texts"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ArchiveDocument",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("title", models.CharField(max_length=255, verbose_name="title")),
                        ("file", models.FileField(upload_to="documents", verbose_name="file")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                        ("file_size", models.PositiveBigIntegerField(editable=False, null=True)),
                        ("file_hash", models.CharField(blank=True, editable=False, max_length=40)),
                        ("text", models.TextField(blank=True, editable=False, verbose_name="extracted text")),
                        (
                            "collection",
                            models.ForeignKey(
                                default=wagtail.models.media.get_root_collection_id,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="wagtailcore.collection",
                                verbose_name="collection",
                            ),
                        ),
                        (
                            "tags",
                            taggit.managers.TaggableManager(
                                blank=True,
                                help_text=None,
                                through="taggit.TaggedItem",
                                to="taggit.Tag",
                                verbose_name="tags",
                            ),
                        ),
                        (
                            "uploaded_by_user",
                            models.ForeignKey(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="uploaded by user",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "document",
                        "verbose_name_plural": "documents",
                        "abstract": False,
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(move_table, move_table_back),
    ]
