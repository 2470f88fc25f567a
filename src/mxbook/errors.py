"""The one exception type for mistakes an author or reader can make and fix."""


class BookError(Exception):
    """Something in the book or its set-up is wrong.

    The message says what is wrong, where (file, section, cell) and what to do;
    the command line prints it without a traceback.
    """
