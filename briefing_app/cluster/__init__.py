"""Batch briefings on a Dask distributed cluster (`briefing-app --headless ... --cluster ADDRESS`).

`tasks` is what runs on a worker (one engine per worker process, kept by a worker plugin);
`client` is the client side (connect, send each article's bytes, write results as they come).
Nothing here is imported without `--cluster`, so Dask stays an optional extra.
"""
