"""Log formatting: the cause of an error on the record's first line (``LOGGING`` in the settings)."""

import logging


class CauseFormatter(logging.Formatter):
    """A ``logging.Formatter`` that ends the first line of a record with an exception with ``— cause: Class: message``.

    The traceback follows on the next lines as usual, so that one ``grep ERROR`` gives one line per failed request
    with what failed (e.g. ``OperationalError: connection timeout expired``), and the traceback is there to read.
    """

    def formatMessage(self, record: logging.LogRecord) -> str:
        line = super().formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            cause = " ".join(str(error).split())  # database errors span several lines
            line += f" — cause: {type(error).__name__}: {cause}" if cause else f" — cause: {type(error).__name__}"
        return line
