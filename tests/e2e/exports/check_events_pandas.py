#!/usr/bin/python3
"""Reads Entente's events table (export --format events) with pandas, as a researcher would, and summarises it.

Usage: /usr/bin/python3 check_events_pandas.py EVENTS.tsv

Prints one JSON object: the number of rows, the column names, the pandas dtype of every column, how many event dates
do not parse as YYYY-MM-DD, the modality counts, and every row as a dict of its cells after undoing the export's
backslash escapes (\\t, \\n, \\r, \\\\). CAMEO codes are read as text: their leading zeros matter ("010").
Use Debian's python3 (/usr/bin/python3), which has python3-pandas.
"""
import json
import re
import sys

import pandas as pd

ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape(value):
    if not isinstance(value, str):
        return value
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1)), value)


def main():
    path = sys.argv[1]
    table = pd.read_csv(path, sep="\t", dtype={"CAMEO Code": str}, encoding="utf-8")
    dates = pd.to_datetime(table["Event Date"], format="%Y-%m-%d", errors="coerce")
    text = table.apply(lambda column: column.map(unescape) if column.dtype == object else column)
    rows = []
    for record in text.to_dict(orient="records"):
        rows.append({k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in record.items()})
    print(json.dumps({
        "rows": len(table),
        "columns": list(table.columns),
        "dtypes": {c: str(t) for c, t in table.dtypes.items()},
        "unparsed_dates": int(dates.isna().sum()),
        "first_date": str(dates.min().date()),
        "last_date": str(dates.max().date()),
        "modalities": {k: int(v) for k, v in table["Modality"].value_counts().items()},
        "intensity_sum": round(float(table["Intensity"].sum()), 6),
        "records": rows,
    }, ensure_ascii=False, default=lambda v: v.item() if hasattr(v, "item") else str(v)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
