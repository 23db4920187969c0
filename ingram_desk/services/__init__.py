"""Use cases the tabs and the CLI drive: P&A, ordering with its journal, tracking, catalogue (asyncio, no Qt)."""
