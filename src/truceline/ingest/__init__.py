"""Getting reports in: files, HTML pages and JSON Lines as `Document` values (an edge)."""
