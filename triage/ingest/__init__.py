"""Reading messages from files and sources, deduplicating, threading and storing them."""
