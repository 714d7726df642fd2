"""One record per happening (issue 13): near-duplicate articles, stories and happenings.

- `sketch`: MinHash signatures and LSH bands for near-duplicate articles;
- `text`: weighted term vectors of articles;
- `cluster`: which story an article joins (average link to candidate stories);
- `happenings`: when two events report one happening;
- `link`: the `Linker` the store runs in each article's transaction;
- `read`: stories and happenings as records for the CLI, the API and the exports.
"""
