"""Writes SPARQL SELECT results as SPARQL 1.1 CSV (RFC 4180), the format `entente query --format csv` prints.

Values are written as the CSV results format asks: an IRI as the IRI, a literal as its lexical form (no datatype,
no language tag), a blank node as _:label, an unbound variable as an empty field.
"""
import csv
import os


def write(path, variables, rows):
    """Writes one result table: a header of variable names, then one line per row of already formatted values."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(row)


def query_name(query_file):
    """The name a result file takes from its query file: articles.rq gives articles."""
    return os.path.splitext(os.path.basename(query_file))[0]


def read_query(query_file):
    with open(query_file, encoding="utf-8") as f:
        return f.read()
