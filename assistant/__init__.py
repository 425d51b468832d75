"""Question answering with cited passages over published interviews.

Data flows one way: files -> `reading` -> `parsing` (Article, Turn) -> `chunking` (Chunk)
-> `embedding` + `store` / `lexical` -> `retrieval` (Hit) -> `answering` (Answer) -> `ui`/`cli`.
`assistant.api.Assistant` is the one Python API the CLI, the UI and the evaluation call.
"""
