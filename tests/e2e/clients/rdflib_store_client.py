"""Queries a SPARQL endpoint with rdflib's SPARQLStore and writes each result as CSV.

    /usr/bin/python3 rdflib_store_client.py ENDPOINT OUT_DIR QUERY.rq...

writes OUT_DIR/NAME.csv for each QUERY NAME.rq. Exit status 0 when every query answered, 1 otherwise.
"""
import sys

from rdflib import BNode, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

import result_csv


def value(term):
    if term is None:
        return ""
    if isinstance(term, BNode):
        return "_:" + str(term)
    if isinstance(term, (URIRef, Literal)):
        return str(term)
    raise TypeError("unexpected term %r" % (term,))


def main(endpoint, out_dir, query_files):
    store = SPARQLStore(query_endpoint=endpoint, returnFormat="json", method="POST")
    failures = 0
    for query_file in query_files:
        name = result_csv.query_name(query_file)
        try:
            result = store.query(result_csv.read_query(query_file))
            variables = [str(v) for v in result.vars]
            rows = [[value(row[v]) for v in result.vars] for row in result]
            result_csv.write("%s/%s.csv" % (out_dir, name), variables, rows)
            print("rdflib SPARQLStore: %s: %d rows" % (name, len(rows)), file=sys.stderr)
        except Exception as e:  # report every failing query, then fail
            print("rdflib SPARQLStore: %s: %s: %s" % (query_file, type(e).__name__, e), file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
