"""Reports: built from the database only, rendered as HTML pages and PDFs."""
