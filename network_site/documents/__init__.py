"""The site's documents: the document model with the text of its file, text extraction, the Archive collection.

- ``models``: ``ArchiveDocument`` (``WAGTAILDOCS_DOCUMENT_MODEL``), a Wagtail document with its extracted text;
- ``extraction``: a file's bytes → its parsed form and plain text (Markdown, text, Word, PDF);
- ``signals``: the text filled in whenever a document's file is new or changed;
- ``archive``: the "Archive" collection of meeting reports' original files;
- ``forms``: the admin's upload forms for documents and images, which refuse damaged or oversized files.
"""
