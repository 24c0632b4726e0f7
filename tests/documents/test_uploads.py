"""Damaged, unreadable and oversized uploads are form errors in the admin, never a 500, and nothing is stored.

The files are real: a JPEG made with Pillow and cut in half, a PNG whose header declares huge dimensions
(a decompression bomb), a PDF and a Word file that are damaged, a Word file that unpacks to too much.
"""

import io
import json
import struct
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from events.importer.outline import Heading, Paragraph
from tests.events.importer.report_files import make_docx, make_encrypted_pdf, make_pdf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

Document = get_document_model()
Image = get_image_model()
OUTLINE = [Heading(1, "Jumelage Alençon-Koutiala"), Paragraph("Un puits à Koutiala.", "Un puits à Koutiala.")]


def jpeg() -> bytes:
    buffer = io.BytesIO()
    PILImage.effect_noise((400, 300), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A small real PNG whose header (IHDR, with its checksum) is rewritten to declare ``width`` × ``height``."""
    buffer = io.BytesIO()
    PILImage.new("L", (8, 8)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(data[24:29])
    data[12:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(header))
    return bytes(data)


def zip_bomb_docx(unpacked_bytes: int) -> bytes:
    """A real Word file with one more member of ``unpacked_bytes`` zeros (a few kilobytes once compressed)."""
    buffer = io.BytesIO(make_docx(OUTLINE))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/padding.bin", bytes(unpacked_bytes))
    return buffer.getvalue()


@pytest.fixture
def staff_client(client, accounts):
    client.force_login(accounts["editor"])
    return client


def stored_files(media_root) -> list[str]:
    return sorted(str(path.relative_to(media_root)) for path in media_root.rglob("*") if path.is_file())


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def post_image(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


def post_multiple(client, namespace, name, data):
    return client.post(
        reverse(f"{namespace}:add_multiple"),
        {"title": name, "files[]": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


def post_document(client, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
    )


def form_errors(response) -> set[str]:
    """The codes of the form's errors (the admin speaks the user's language, French by default)."""
    assert response.status_code == 200, response.status_code
    return {error.code for errors in response.context["form"].errors.as_data().values() for error in errors}


def multiple_upload_refused(response) -> bool:
    """The multiple-upload endpoint's refusal: 400 with Wagtail's answer (``network_site.documents.multiple_upload``)."""
    answer = json.loads(response.content)
    return response.status_code == 400 and answer["success"] is False and bool(answer["error_message"])


BAD_IMAGES = {
    "truncated JPEG": ("cut.jpg", lambda: jpeg()[: len(jpeg()) // 2], "invalid_image"),
    "PNG bomb (huge declared size)": ("bomb.png", lambda: png_declaring(100_000, 100_000), "file_too_many_pixels"),
    "PNG over the pixel limit": ("big.png", lambda: png_declaring(7_000, 7_000), "file_too_many_pixels"),
    "not an image": ("fake.png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(100), "invalid_image"),
}


@pytest.mark.parametrize("case", BAD_IMAGES, ids=list(BAD_IMAGES))
def test_a_bad_image_is_a_form_error_and_nothing_is_stored(staff_client, media, case):
    name, make, code = BAD_IMAGES[case]
    assert code in form_errors(post_image(staff_client, name, make()))
    assert multiple_upload_refused(post_multiple(staff_client, "wagtailimages", name, make()))

    assert not Image.objects.exists()
    assert stored_files(media) == []


def test_a_good_image_is_still_stored(staff_client, media):
    assert post_image(staff_client, "photo.jpg", jpeg()).status_code == 302
    response = post_multiple(staff_client, "wagtailimages", "photo2.jpg", jpeg())
    assert response.status_code == 200 and json.loads(response.content)["success"] is True
    assert Image.objects.count() == 2


def test_a_readable_document_is_stored_by_the_multiple_upload(staff_client, media):
    response = post_multiple(staff_client, "wagtaildocs", "cr.docx", make_docx(OUTLINE))
    assert response.status_code == 200 and json.loads(response.content)["success"] is True
    assert "Un puits à Koutiala." in Document.objects.get().text


@pytest.mark.parametrize("namespace", ["wagtailimages", "wagtaildocs"])
def test_the_multiple_upload_page_shows_a_refusal_next_to_the_file(staff_client, namespace):
    html = staff_client.get(reverse(f"{namespace}:add_multiple")).content.decode()
    assert "documents/js/multiple-upload-refusals.js" in html


def test_an_image_over_the_upload_size_is_refused(staff_client, media, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    assert "file_too_large" in form_errors(post_image(staff_client, "photo.jpg", jpeg()))
    assert not Image.objects.exists()


def damaged_docx() -> bytes:
    data = make_docx(OUTLINE)
    return data[: len(data) // 2]


BAD_DOCUMENTS = {
    "damaged PDF": ("cr.pdf", lambda: make_pdf(OUTLINE)[:200], "unreadable_file"),
    "PDF that needs a password": ("cr.pdf", lambda: make_encrypted_pdf(OUTLINE), "unreadable_file"),
    "damaged Word file": ("cr.docx", damaged_docx, "damaged_file"),
    "Word file that unpacks to too much": ("cr.docx", lambda: zip_bomb_docx(3_000_000), "file_too_large_unpacked"),
    "damaged spreadsheet": ("budget.xlsx", lambda: b"PK\x03\x04" + bytes(60), "damaged_file"),
    "binary as text": ("notes.txt", lambda: bytes(range(256)) * 4, "unreadable_file"),
}


@pytest.mark.parametrize("case", BAD_DOCUMENTS, ids=list(BAD_DOCUMENTS))
def test_a_bad_document_is_a_form_error_and_nothing_is_stored(staff_client, media, settings, case):
    settings.WAGTAILDOCS_MAX_UNPACKED_SIZE = 1_000_000
    name, make, code = BAD_DOCUMENTS[case]
    assert code in form_errors(post_document(staff_client, name, make()))
    assert multiple_upload_refused(post_multiple(staff_client, "wagtaildocs", name, make()))

    assert not Document.objects.exists()
    assert stored_files(media) == []


def test_a_readable_document_is_stored_with_its_text(staff_client, media):
    assert post_document(staff_client, "cr.docx", make_docx(OUTLINE)).status_code == 302
    assert "Un puits à Koutiala." in Document.objects.get().text


def test_a_document_over_the_upload_size_is_refused(staff_client, media, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    assert "file_too_large" in form_errors(post_document(staff_client, "cr.pdf", make_pdf(OUTLINE) + bytes(2000)))
    assert not Document.objects.exists()
