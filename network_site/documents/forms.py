"""The admin's upload forms for images and documents: a damaged, unreadable or oversized file is a form error.

Wagtail's forms check a file's extension, its size and an image's pixel count,
but a truncated JPEG passes its checks until Pillow decodes it (an ``OSError``,
a 500), and a document is stored whatever its content. These are the forms'
bases (``WAGTAILIMAGES_IMAGE_FORM_BASE``, ``WAGTAILDOCS_DOCUMENT_FORM_BASE``),
used by the add, edit and multiple-upload views alike; a refused file is never
stored.

- Images (``CheckedImageField``): the pixel count declared in the file's header
  is checked against ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` *before* the image is
  decoded (a decompression bomb is refused without being unpacked), then
  Wagtail's checks run and any error of the image library while decoding is the
  form error "not a valid image".
- Documents (``DocumentForm``): the formats kept in a zip (Word, OpenDocument,
  PowerPoint, Excel) must be a readable zip whose members unpack to at most
  ``WAGTAILDOCS_MAX_UNPACKED_SIZE`` bytes; the formats whose text is read
  (``extraction.SUFFIXES``) must be read by ``extraction.extract_text``, whose
  one-line reason is the form error (damaged, encrypted, not text). The text
  read is kept as the document's text.

Size limits are settings from the environment (README, docs/deployment.md).
"""

import io
import warnings
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .extraction import SUFFIXES, ExtractionError, extract_text, suffix_of

ZIP_SUFFIXES = (".docx", ".odt", ".pptx", ".xlsx")  # document formats stored as zip archives


class CheckedImageField(WagtailImageField):
    """Wagtail's image field that refuses, as a ``ValidationError``, what the image library cannot decode."""

    def to_python(self, data):
        if data:
            self.check_declared_pixels(data)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # Pillow raises many kinds of errors on damaged input (OSError, SyntaxError…)
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error

    def check_declared_pixels(self, data):
        """Refuse a file whose header declares more than ``max_image_pixels`` pixels, without decoding it."""
        if not hasattr(data, "seek"):
            return
        data.seek(0)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                with PILImage.open(data) as image:
                    width, height = image.size
        except PILImage.DecompressionBombError:
            width = height = None
        except Exception:  # noqa: BLE001 - not a format Pillow reads (SVG…), or damaged: Wagtail's checks decide
            return
        finally:
            data.seek(0)
        if width is None or (self.max_image_pixels and width * height > self.max_image_pixels):
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {
                    "num_pixels": width * height if width else _("unknown number"),
                    "max_pixels_count": self.max_image_pixels,
                },
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``), with ``CheckedImageField`` for the file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget, help_text=field.help_text
            )


def check_zip(data: bytes):
    """Raise ``ValidationError`` if ``data`` is not a readable zip or unpacks to more than the setting allows."""
    limit = settings.WAGTAILDOCS_MAX_UNPACKED_SIZE
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
            if unpacked > limit:
                raise ValidationError(
                    _("This file unpacks to %(size)s MB, more than the %(limit)s MB allowed.")
                    % {"size": unpacked // 1_000_000, "limit": limit // 1_000_000},
                    code="file_too_large_unpacked",
                )
            if archive.testzip() is not None:
                raise zipfile.BadZipFile("a damaged member")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise ValidationError(
            _("This file is damaged or not of the type its name says."), code="damaged_file"
        ) from error


class DocumentForm(BaseDocumentForm):
    """The admin's document form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): a file that cannot be read is refused."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        file.seek(0)
        data = file.read()
        file.seek(0)
        suffix = suffix_of(file.name)
        if suffix in ZIP_SUFFIXES:
            check_zip(data)
        if suffix in SUFFIXES:
            try:
                self.instance.text = extract_text(data, file.name)
            except ExtractionError as error:
                raise ValidationError(
                    _("This file cannot be read: %(reason)s.") % {"reason": error}, code="unreadable_file"
                ) from error
        return file
