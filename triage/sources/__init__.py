"""Live sources: fetchers that turn a feed, an API, a mailbox or a folder into parsed messages."""
