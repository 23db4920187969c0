"""Team mode: several desks share one PostgreSQL database (journal, PO registry, drafts, address
book, watch list, rate budget); the catalogue stays local on each desk."""
