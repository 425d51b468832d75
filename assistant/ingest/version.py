"""The parser's version, apart from the parser: checking whether a corpus file is unchanged
since it was parsed (`assistant.ingest.corpus`) must not cost loading the parser's patterns,
a third of a second of every cold `search`.

Example:
    >>> PARSER_VERSION.isdigit()
    True
"""

# Part of every Article.content_hash: bump it whenever parsing changes what comes out, so
# that incremental indexing re-parses and re-embeds.
PARSER_VERSION = "107"
